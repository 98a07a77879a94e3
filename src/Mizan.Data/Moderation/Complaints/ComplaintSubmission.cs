namespace Mizan.Data.Moderation.Complaints;

/// <summary>A complaint against a decision, relayed by the platform for the affected user or the notifier.</summary>
public sealed class ComplaintSubmission
{
    public long? DecisionId { get; set; }

    /// <summary>content_provider (the affected user) or notifier.</summary>
    public string? Complainant { get; set; }

    /// <summary>The platform's reference of the complainant: the uploader's account reference, or the notifier's.</summary>
    public string? Ref { get; set; }

    /// <summary>Why the decision should change.</summary>
    public string? Grounds { get; set; }
}
