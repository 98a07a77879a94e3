using System.Text.RegularExpressions;

namespace Mizan.Data.Moderation.Statements;

/// <summary>The allowed values of the DSA Transparency Database statement fields (LEGAL.md, "DSA Transparency Database").</summary>
public static partial class TransparencyValues
{
    public static IReadOnlyList<string> DecisionVisibility { get; } =
    [
        "DECISION_VISIBILITY_CONTENT_REMOVED", "DECISION_VISIBILITY_CONTENT_DISABLED", "DECISION_VISIBILITY_CONTENT_DEMOTED",
        "DECISION_VISIBILITY_CONTENT_AGE_RESTRICTED", "DECISION_VISIBILITY_CONTENT_INTERACTION_RESTRICTED",
        "DECISION_VISIBILITY_CONTENT_LABELLED", "DECISION_VISIBILITY_OTHER",
    ];

    public static IReadOnlyList<string> DecisionMonetary { get; } =
        ["DECISION_MONETARY_SUSPENSION", "DECISION_MONETARY_TERMINATION", "DECISION_MONETARY_OTHER"];

    public static IReadOnlyList<string> DecisionProvision { get; } =
    [
        "DECISION_PROVISION_PARTIAL_SUSPENSION", "DECISION_PROVISION_TOTAL_SUSPENSION",
        "DECISION_PROVISION_PARTIAL_TERMINATION", "DECISION_PROVISION_TOTAL_TERMINATION",
    ];

    public static IReadOnlyList<string> DecisionAccount { get; } = ["DECISION_ACCOUNT_SUSPENDED", "DECISION_ACCOUNT_TERMINATED"];

    public static IReadOnlyList<string> AccountTypes { get; } = ["ACCOUNT_TYPE_BUSINESS", "ACCOUNT_TYPE_PRIVATE"];

    public static IReadOnlyList<string> DecisionGrounds { get; } = ["DECISION_GROUND_ILLEGAL_CONTENT", "DECISION_GROUND_INCOMPATIBLE_CONTENT"];

    public static IReadOnlyList<string> ContentTypes { get; } =
    [
        "CONTENT_TYPE_APP", "CONTENT_TYPE_AUDIO", "CONTENT_TYPE_IMAGE", "CONTENT_TYPE_PRODUCT", "CONTENT_TYPE_SYNTHETIC_MEDIA",
        "CONTENT_TYPE_TEXT", "CONTENT_TYPE_VIDEO", "CONTENT_TYPE_OTHER",
    ];

    public static IReadOnlyList<string> Categories { get; } =
    [
        "STATEMENT_CATEGORY_ANIMAL_WELFARE", "STATEMENT_CATEGORY_CONSUMER_INFORMATION", "STATEMENT_CATEGORY_CYBER_VIOLENCE",
        "STATEMENT_CATEGORY_CYBER_VIOLENCE_AGAINST_WOMEN", "STATEMENT_CATEGORY_DATA_PROTECTION_AND_PRIVACY_VIOLATIONS",
        "STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH", "STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS",
        "STATEMENT_CATEGORY_NEGATIVE_EFFECTS_ON_CIVIC_DISCOURSE_OR_ELECTIONS", "STATEMENT_CATEGORY_NOT_SPECIFIED_NOTICE",
        "STATEMENT_CATEGORY_OTHER_VIOLATION_TC", "STATEMENT_CATEGORY_PROTECTION_OF_MINORS",
        "STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY", "STATEMENT_CATEGORY_SCAMS_AND_FRAUD", "STATEMENT_CATEGORY_SELF_HARM",
        "STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS", "STATEMENT_CATEGORY_VIOLENCE",
    ];

    /// <summary>EU27 and EEA as ISO-2 (Greece is GR).</summary>
    public static IReadOnlyList<string> TerritorialScope { get; } =
    [
        "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IS", "IT", "LI", "LT",
        "LU", "LV", "MT", "NL", "NO", "PL", "PT", "RO", "SE", "SI", "SK",
    ];

    public static IReadOnlyList<string> SourceTypes { get; } =
        ["SOURCE_ARTICLE_16", "SOURCE_TRUSTED_FLAGGER", "SOURCE_TYPE_OTHER_NOTIFICATION", "SOURCE_VOLUNTARY"];

    public static IReadOnlyList<string> AutomatedDecisions { get; } =
        ["AUTOMATED_DECISION_FULLY", "AUTOMATED_DECISION_PARTIALLY", "AUTOMATED_DECISION_NOT_AUTOMATED"];

    /// <summary>
    /// Whether a value has the form of a TDB category keyword. The TDB lists 70+ <c>KEYWORD_*</c> values that
    /// change between releases [R]; the form is checked here, the list is not hard-coded.
    /// </summary>
    public static bool IsKeyword(string value) => KeywordPattern().IsMatch(value);

    [GeneratedRegex("^KEYWORD_[A-Z0-9_]{1,100}$")]
    private static partial Regex KeywordPattern();
}
