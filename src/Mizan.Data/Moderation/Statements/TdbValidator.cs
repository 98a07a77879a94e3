using System.Globalization;
using System.Text.RegularExpressions;

namespace Mizan.Data.Moderation.Statements;

/// <summary>
/// Checks a statement against the Transparency Database's field rules as LEGAL.md lists them: required fields,
/// allowed values, conditional fields, length limits, date bounds, the puid pattern, and no personal data in
/// free text (e-mail addresses, phone numbers, IP addresses, @handles, links, and the record's own known personal
/// values such as the uploader's reference).
/// </summary>
public static partial class TdbValidator
{
    /// <summary>Every rule the statement breaks, as "field: problem"; empty when it is valid.</summary>
    public static IReadOnlyList<string> Validate(TdbStatement s, IReadOnlyCollection<string>? personalValues = null)
    {
        ArgumentNullException.ThrowIfNull(s);
        var errors = new List<string>();
        if (s.DecisionVisibility is not { Count: > 0 } && s.DecisionMonetary is null && s.DecisionProvision is null && s.DecisionAccount is null)
        {
            errors.Add("decision_*: at least one of decision_visibility, decision_monetary, decision_provision, decision_account is required");
        }

        AllIn(errors, "decision_visibility", s.DecisionVisibility, TransparencyValues.DecisionVisibility);
        OtherText(errors, "decision_visibility_other", s.DecisionVisibility?.Contains("DECISION_VISIBILITY_OTHER") == true, s.DecisionVisibilityOther);
        OneIn(errors, "decision_monetary", s.DecisionMonetary, TransparencyValues.DecisionMonetary, required: false);
        OtherText(errors, "decision_monetary_other", s.DecisionMonetary == "DECISION_MONETARY_OTHER", s.DecisionMonetaryOther);
        OneIn(errors, "decision_provision", s.DecisionProvision, TransparencyValues.DecisionProvision, required: false);
        OneIn(errors, "decision_account", s.DecisionAccount, TransparencyValues.DecisionAccount, required: false);
        OneIn(errors, "account_type", s.AccountType, TransparencyValues.AccountTypes, required: false);
        OneIn(errors, "decision_ground", s.DecisionGround, TransparencyValues.DecisionGrounds, required: true);
        MaxLength(errors, "decision_ground_reference_url", s.DecisionGroundReferenceUrl, 500);
        if (s.DecisionGroundReferenceUrl is { } url && !Uri.TryCreate(url, UriKind.Absolute, out _))
        {
            errors.Add("decision_ground_reference_url: not a URL");
        }

        bool illegal = s.DecisionGround == "DECISION_GROUND_ILLEGAL_CONTENT";
        bool incompatible = s.DecisionGround == "DECISION_GROUND_INCOMPATIBLE_CONTENT";
        Conditional(errors, "illegal_content_legal_ground", illegal, s.IllegalContentLegalGround, 500);
        Conditional(errors, "illegal_content_explanation", illegal, s.IllegalContentExplanation, 2000);
        Conditional(errors, "incompatible_content_ground", incompatible, s.IncompatibleContentGround, 500);
        Conditional(errors, "incompatible_content_explanation", incompatible, s.IncompatibleContentExplanation, 2000);
        if (s.IncompatibleContentIllegal is { } alsoIllegal && (!incompatible || alsoIllegal is not ("Yes" or "No")))
        {
            errors.Add("incompatible_content_illegal: Yes or No, and only with DECISION_GROUND_INCOMPATIBLE_CONTENT");
        }

        if (s.ContentType is not { Count: > 0 })
        {
            errors.Add("content_type: required");
        }

        AllIn(errors, "content_type", s.ContentType, TransparencyValues.ContentTypes);
        OtherText(errors, "content_type_other", s.ContentType?.Contains("CONTENT_TYPE_OTHER") == true, s.ContentTypeOther);
        OneIn(errors, "category", s.Category, TransparencyValues.Categories, required: true);
        AllIn(errors, "category_addition", s.CategoryAddition, TransparencyValues.Categories);
        if (s.CategorySpecification?.Any(k => !TransparencyValues.IsKeyword(k)) == true)
        {
            errors.Add("category_specification: KEYWORD_* values only");
        }

        MaxLength(errors, "category_specification_other", s.CategorySpecificationOther, 500);
        AllIn(errors, "territorial_scope", s.TerritorialScope, TransparencyValues.TerritorialScope);
        if (s.ContentLanguage is { } language && !LanguagePattern().IsMatch(language))
        {
            errors.Add("content_language: ISO 639-1 in upper case");
        }

        Date(errors, "content_date", s.ContentDate, required: true, min: new DateOnly(2000, 1, 1), max: null);
        Date(errors, "application_date", s.ApplicationDate, required: true, min: new DateOnly(2020, 1, 1), max: null);
        Date(errors, "end_date_visibility_restriction", s.EndDateVisibilityRestriction, required: false, min: null, max: new DateOnly(2038, 1, 1));
        if (string.IsNullOrWhiteSpace(s.DecisionFacts))
        {
            errors.Add("decision_facts: required");
        }

        MaxLength(errors, "decision_facts", s.DecisionFacts, 5000);
        OneIn(errors, "source_type", s.SourceType, TransparencyValues.SourceTypes, required: true);
        MaxLength(errors, "source_identity", s.SourceIdentity, 500);
        if (s.SourceType == "SOURCE_VOLUNTARY" && s.SourceIdentity is not null)
        {
            errors.Add("source_identity: excluded when source_type is SOURCE_VOLUNTARY");
        }

        if (s.AutomatedDetection is not ("Yes" or "No"))
        {
            errors.Add("automated_detection: required, Yes or No");
        }

        OneIn(errors, "automated_decision", s.AutomatedDecision, TransparencyValues.AutomatedDecisions, required: true);
        if (s.Puid is null || s.Puid.Length is 0 or > 500 || !PuidPattern().IsMatch(s.Puid))
        {
            errors.Add("puid: required, at most 500 characters of [A-Za-z0-9_-]");
        }

        foreach (var (field, text) in FreeText(s))
        {
            if (PersonalData(text, personalValues) is { } found)
            {
                errors.Add($"{field}: contains personal data ({found})");
            }
        }

        return errors;
    }

    /// <summary>What kind of personal data <paramref name="text"/> contains, or null.</summary>
    public static string? PersonalData(string? text, IReadOnlyCollection<string>? personalValues = null)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (EmailPattern().IsMatch(text))
        {
            return "an e-mail address";
        }

        if (PhonePattern().IsMatch(text))
        {
            return "a phone number";
        }

        if (IpPattern().IsMatch(text))
        {
            return "an IP address";
        }

        if (HandlePattern().IsMatch(text))
        {
            return "an account handle";
        }

        if (LinkPattern().IsMatch(text))
        {
            return "a link";
        }

        foreach (string value in personalValues ?? [])
        {
            if (value.Length >= 3 && text.Contains(value, StringComparison.OrdinalIgnoreCase))
            {
                return "a personal reference of this record";
            }
        }

        return null;
    }

    private static IEnumerable<(string Field, string? Text)> FreeText(TdbStatement s) =>
    [
        ("decision_visibility_other", s.DecisionVisibilityOther), ("decision_monetary_other", s.DecisionMonetaryOther),
        ("illegal_content_legal_ground", s.IllegalContentLegalGround), ("illegal_content_explanation", s.IllegalContentExplanation),
        ("incompatible_content_ground", s.IncompatibleContentGround), ("incompatible_content_explanation", s.IncompatibleContentExplanation),
        ("content_type_other", s.ContentTypeOther), ("category_specification_other", s.CategorySpecificationOther),
        ("decision_facts", s.DecisionFacts), ("source_identity", s.SourceIdentity),
    ];

    private static void OneIn(List<string> errors, string field, string? value, IReadOnlyList<string> allowed, bool required)
    {
        if (value is null)
        {
            if (required)
            {
                errors.Add(field + ": required");
            }
        }
        else if (!allowed.Contains(value, StringComparer.Ordinal))
        {
            errors.Add($"{field}: '{value}' is not an allowed value");
        }
    }

    private static void AllIn(List<string> errors, string field, List<string>? values, IReadOnlyList<string> allowed)
    {
        foreach (string value in values ?? [])
        {
            if (!allowed.Contains(value, StringComparer.Ordinal))
            {
                errors.Add($"{field}: '{value}' is not an allowed value");
            }
        }
    }

    private static void OtherText(List<string> errors, string field, bool required, string? value)
    {
        if (required && string.IsNullOrWhiteSpace(value))
        {
            errors.Add(field + ": required with the OTHER value");
        }

        MaxLength(errors, field, value, 500);
    }

    private static void Conditional(List<string> errors, string field, bool required, string? value, int max)
    {
        if (required && string.IsNullOrWhiteSpace(value))
        {
            errors.Add(field + ": required for this decision_ground");
        }
        else if (!required && value is not null)
        {
            errors.Add(field + ": only allowed with the other decision_ground");
        }

        MaxLength(errors, field, value, max);
    }

    private static void MaxLength(List<string> errors, string field, string? value, int max)
    {
        if (value is { Length: var n } && n > max)
        {
            errors.Add($"{field}: at most {max} characters (got {n})");
        }
    }

    private static void Date(List<string> errors, string field, string? value, bool required, DateOnly? min, DateOnly? max)
    {
        if (value is null)
        {
            if (required)
            {
                errors.Add(field + ": required");
            }

            return;
        }

        if (!DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            errors.Add(field + ": YYYY-MM-DD");
        }
        else if (date < min || date > max)
        {
            errors.Add($"{field}: {value} is out of range");
        }
    }

    [GeneratedRegex("^[A-Za-z0-9_-]+$")]
    private static partial Regex PuidPattern();

    [GeneratedRegex("^[A-Z]{2}$")]
    private static partial Regex LanguagePattern();

    [GeneratedRegex(@"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"(?<!\d)\+?\d(?:[ ().-]?\d){8,}(?!\d)")]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"\b\d{1,3}(\.\d{1,3}){3}\b")]
    private static partial Regex IpPattern();

    [GeneratedRegex(@"(^|[\s(])@[A-Za-z0-9_.]{2,}")]
    private static partial Regex HandlePattern();

    [GeneratedRegex(@"(https?://|www\.)\S+", RegexOptions.IgnoreCase)]
    private static partial Regex LinkPattern();
}
