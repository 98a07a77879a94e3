using Mizan.Data.Entities;

namespace Mizan.Data.Moderation.Complaints;

/// <summary>A complaint as the API shows it, with the bank entries its reversal flagged for review.</summary>
public sealed record ComplaintView(
    long Id, long DecisionId, string Complainant, string Grounds, DateTime ReceivedAt, DateTime DueAt, string Status,
    string? Outcome, string? Reasons, string? DecidedBy, DateTime? DecidedAt, IReadOnlyList<FlaggedEntry> FlaggedEntries)
{
    /// <summary>The view of a stored complaint.</summary>
    public static ComplaintView From(Complaint c, IReadOnlyList<FlaggedEntry> flagged)
    {
        ArgumentNullException.ThrowIfNull(c);
        return new ComplaintView(c.Id, c.DecisionId, c.ComplainantRole, c.Grounds, c.ReceivedAt, c.DueAt, c.Status, c.Outcome, c.Reasons, c.ReviewerName, c.DecidedAt, flagged);
    }
}
