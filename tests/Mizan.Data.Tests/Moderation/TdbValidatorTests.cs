using Mizan.Data.Moderation.Statements;

namespace Mizan.Data.Tests.Moderation;

public sealed class TdbValidatorTests
{
    private static TdbStatement Valid() => new()
    {
        DecisionVisibility = ["DECISION_VISIBILITY_CONTENT_REMOVED"],
        DecisionGround = "DECISION_GROUND_INCOMPATIBLE_CONTENT",
        IncompatibleContentGround = "Terms of service section 4",
        IncompatibleContentExplanation = "The image is a copy of verified propaganda.",
        ContentType = ["CONTENT_TYPE_IMAGE"],
        Category = "STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY",
        CategorySpecification = ["KEYWORD_TERRORIST_CONTENT"],
        TerritorialScope = ["DE", "GR"],
        ContentLanguage = "AR",
        ContentDate = "2026-11-01",
        ApplicationDate = "2026-11-28",
        DecisionFacts = "The content was identified by the platform's own checks.",
        SourceType = "SOURCE_VOLUNTARY",
        AutomatedDetection = "Yes",
        AutomatedDecision = "AUTOMATED_DECISION_NOT_AUTOMATED",
        Puid = "mzn-0190abcd",
    };

    [Fact]
    public void Validate_CompleteStatement_HasNoErrors() => Assert.Empty(TdbValidator.Validate(Valid()));

    public static TheoryData<string, string> Breaks() => new()
    {
        { "no decision", "decision_*" },
        { "bad visibility", "decision_visibility" },
        { "other without text", "decision_visibility_other" },
        { "no ground", "decision_ground" },
        { "illegal without legal ground", "illegal_content_legal_ground" },
        { "incompatible fields with illegal", "incompatible_content_ground" },
        { "no content type", "content_type" },
        { "bad category", "category" },
        { "bad keyword", "category_specification" },
        { "UK in scope", "territorial_scope" },
        { "lower-case language", "content_language" },
        { "content date before 2000", "content_date" },
        { "application date format", "application_date" },
        { "facts too long", "decision_facts" },
        { "no facts", "decision_facts" },
        { "bad source", "source_type" },
        { "voluntary with identity", "source_identity" },
        { "detection maybe", "automated_detection" },
        { "bad automated decision", "automated_decision" },
        { "puid with space", "puid" },
        { "puid too long", "puid" },
        { "explanation too long", "incompatible_content_explanation" },
        { "email in facts", "decision_facts: contains personal data (an e-mail address)" },
        { "phone in explanation", "incompatible_content_explanation: contains personal data (a phone number)" },
        { "handle in explanation", "incompatible_content_explanation: contains personal data (an account handle)" },
        { "link in facts", "decision_facts: contains personal data (a link)" },
        { "ip in facts", "decision_facts: contains personal data (an IP address)" },
        { "known uploader ref", "incompatible_content_explanation: contains personal data (a personal reference of this record)" },
    };

    [Theory]
    [MemberData(nameof(Breaks))]
    public void Validate_BrokenRule_IsReported(string change, string expected)
    {
        var s = Valid();
        switch (change)
        {
            case "no decision": s.DecisionVisibility = null; break;
            case "bad visibility": s.DecisionVisibility = ["DECISION_VISIBILITY_HIDDEN"]; break;
            case "other without text": s.DecisionVisibility = ["DECISION_VISIBILITY_OTHER"]; break;
            case "no ground": s.DecisionGround = null; break;
            case "illegal without legal ground": s.DecisionGround = "DECISION_GROUND_ILLEGAL_CONTENT"; s.IllegalContentExplanation = "x"; break;
            case "incompatible fields with illegal": s.DecisionGround = "DECISION_GROUND_ILLEGAL_CONTENT"; s.IllegalContentLegalGround = "x"; s.IllegalContentExplanation = "x"; break;
            case "no content type": s.ContentType = []; break;
            case "bad category": s.Category = "STATEMENT_CATEGORY_TERRORISM"; break;
            case "bad keyword": s.CategorySpecification = ["terrorist"]; break;
            case "UK in scope": s.TerritorialScope = ["DE", "UK"]; break;
            case "lower-case language": s.ContentLanguage = "ar"; break;
            case "content date before 2000": s.ContentDate = "1999-12-31"; break;
            case "application date format": s.ApplicationDate = "28/11/2026"; break;
            case "facts too long": s.DecisionFacts = new string('a', 5001); break;
            case "no facts": s.DecisionFacts = " "; break;
            case "bad source": s.SourceType = "SOURCE_USER"; break;
            case "voluntary with identity": s.SourceIdentity = "Referral unit"; break;
            case "detection maybe": s.AutomatedDetection = "Maybe"; break;
            case "bad automated decision": s.AutomatedDecision = "AUTOMATED_DECISION_SOMETIMES"; break;
            case "puid with space": s.Puid = "a b"; break;
            case "puid too long": s.Puid = new string('a', 501); break;
            case "explanation too long": s.IncompatibleContentExplanation = new string('a', 2001); break;
            case "email in facts": s.DecisionFacts = "Reported by someone@example.org."; break;
            case "phone in explanation": s.IncompatibleContentExplanation = "Call +44 20 7946 0958 for details."; break;
            case "handle in explanation": s.IncompatibleContentExplanation = "Posted by @someuser in a thread."; break;
            case "link in facts": s.DecisionFacts = "See https://platform.example/u/123."; break;
            case "ip in facts": s.DecisionFacts = "Uploaded from 192.0.2.44."; break;
            case "known uploader ref": s.IncompatibleContentExplanation = "Account acct-1001 posted it."; break;
        }

        var errors = TdbValidator.Validate(s, ["acct-1001"]);

        Assert.Contains(errors, e => e.StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_DatesAndLegalCitations_AreNotPersonalData()
    {
        var s = Valid();
        s.IncompatibleContentExplanation = "Decided on 2026-11-28 under Regulation (EU) 2021/784 Art. 2(7)(a).";

        Assert.Empty(TdbValidator.Validate(s));
    }
}
