using Mizan.Data.Entities;

namespace Mizan.Data.Moderation.Cases;

/// <summary>A case as the queue lists it.</summary>
public sealed record CaseSummary(
    long Id, long ItemId, string Status, int Priority, string Source, string? Language, IReadOnlyList<string> Labels,
    IReadOnlyList<string> Banks, DateTime OpenedAt, string? ClaimedBy, DateTime? ClaimedAt, long? DecisionId)
{
    /// <summary>The summary of a stored case.</summary>
    public static CaseSummary From(ModerationCase c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return new CaseSummary(c.Id, c.ContentItemId, c.Status, c.Priority, c.Source, c.Language, c.Labels, c.Banks, c.OpenedAt, c.ClaimedBy, c.ClaimedAt, c.DecisionId);
    }
}
