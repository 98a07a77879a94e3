namespace Mizan.Data.Entities;

/// <summary>A complaint against a decision (DSA Art. 20, TCO Art. 10).</summary>
public sealed class Complaint
{
    public long Id { get; set; }

    public long DecisionId { get; set; }

    public int OrganisationId { get; set; }

    /// <summary>content_provider or notifier.</summary>
    public required string ComplainantRole { get; set; }

    public required string ComplainantRef { get; set; }

    public required string Grounds { get; set; }

    public DateTime ReceivedAt { get; set; }

    public DateTime DueAt { get; set; }

    /// <summary>open or decided.</summary>
    public required string Status { get; set; }

    /// <summary>upheld or reversed.</summary>
    public string? Outcome { get; set; }

    public string? Reasons { get; set; }

    public int? ReviewerKeyId { get; set; }

    public string? ReviewerName { get; set; }

    public DateTime? DecidedAt { get; set; }
}
