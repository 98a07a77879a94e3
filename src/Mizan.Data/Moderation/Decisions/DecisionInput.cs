namespace Mizan.Data.Moderation.Decisions;

/// <summary>A reviewer's decision on a case.</summary>
public sealed class DecisionInput
{
    /// <summary>remove, restrict, label, keep or escalate.</summary>
    public string? Action { get; set; }

    /// <summary>For restrict: ISO 3166-1 alpha-2 codes, or EU.</summary>
    public List<string>? Countries { get; set; }

    /// <summary>For label: the label the platform shows.</summary>
    public string? Label { get; set; }

    /// <summary>illegal or incompatible (required for remove, restrict and label).</summary>
    public string? Ground { get; set; }

    /// <summary>The legal provision or the terms-of-service clause.</summary>
    public string? GroundReference { get; set; }

    public string? GroundReferenceUrl { get; set; }

    /// <summary>Why the content is illegal or incompatible on that ground (or why it stays).</summary>
    public string? Explanation { get; set; }

    /// <summary>The exemption considered (TCO Art. 1(3)): none, news_reporting, research, ...</summary>
    public string? ExemptionConsidered { get; set; }

    public string? PurposeAssessment { get; set; }

    /// <summary>A TDB statement category; default STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY.</summary>
    public string? Category { get; set; }

    /// <summary>TDB keywords; default KEYWORD_TERRORIST_CONTENT.</summary>
    public List<string>? CategorySpecification { get; set; }

    /// <summary>An authority's non-disclosure order (TCO Art. 11(3)): the user is told when it ends.</summary>
    public DateTimeOffset? SecrecyUntil { get; set; }
}
