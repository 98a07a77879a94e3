namespace Mizan.Data.Entities;

/// <summary>A bank entry flagged for review because a decision it led to was reversed.</summary>
public sealed class BankEntryReview
{
    public long Id { get; set; }

    public long BankEntryId { get; set; }

    public long DecisionId { get; set; }

    public long ComplaintId { get; set; }

    public required string Reason { get; set; }

    public DateTime FlaggedAt { get; set; }

    public DateTime? ResolvedAt { get; set; }
}
