namespace Mizan.Data.Entities;

/// <summary>What was decided about an item, with everything its statement of reasons (DSA Art. 17) needs.</summary>
public sealed class Decision
{
    public long Id { get; set; }

    public long ContentItemId { get; set; }

    public long? CaseId { get; set; }

    /// <summary>One of <see cref="Moderation.Decisions.DecisionActions"/>.</summary>
    public required string Action { get; set; }

    /// <summary>For restrict: ISO-2 countries, or EU.</summary>
    public List<string> Countries { get; set; } = [];

    /// <summary>For label: the label shown.</summary>
    public string? Label { get; set; }

    /// <summary>illegal or incompatible.</summary>
    public required string Ground { get; set; }

    /// <summary>The legal provision (illegal) or the terms clause (incompatible).</summary>
    public required string GroundReference { get; set; }

    public string? GroundReferenceUrl { get; set; }

    /// <summary>Why the content is illegal or incompatible on that ground.</summary>
    public required string Explanation { get; set; }

    /// <summary>The exemption considered (TCO Art. 1(3)).</summary>
    public required string ExemptionConsidered { get; set; }

    /// <summary>The purpose assessment behind it.</summary>
    public string? PurposeAssessment { get; set; }

    public string Category { get; set; } = "STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY";

    public List<string> CategorySpecification { get; set; } = [];

    /// <summary>voluntary, article_16, trusted_flagger or other_notification.</summary>
    public required string SourceType { get; set; }

    public long? NoticeId { get; set; }

    /// <summary>The removal order this decision executed (TCO Art. 3), if any.</summary>
    public long? RemovalOrderId { get; set; }

    /// <summary>The referral this decision answered, if any.</summary>
    public long? ReferralId { get; set; }

    public bool AutomatedDetection { get; set; }

    /// <summary>fully, partially or not_automated.</summary>
    public required string AutomatedDecision { get; set; }

    public int? DeciderKeyId { get; set; }

    public required string DeciderName { get; set; }

    public required string DeciderRole { get; set; }

    public DateTime DecidedAt { get; set; }

    /// <summary>A legal secrecy period (TCO Art. 11(3)): the user is told when it ends.</summary>
    public DateTime? SecrecyUntil { get; set; }

    /// <summary>When the user was (or will be) informed; the complaint window counts from here.</summary>
    public DateTime? UserInformedAt { get; set; }

    public DateTime? ReversedAt { get; set; }

    public long? ReversedByComplaintId { get; set; }
}
