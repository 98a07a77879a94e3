namespace Mizan.Data.Moderation.Cases;

/// <summary>One page of the queue; <see cref="Next"/> fetches the following page.</summary>
public sealed record CasePage(IReadOnlyList<CaseSummary> Cases, string? Next);
