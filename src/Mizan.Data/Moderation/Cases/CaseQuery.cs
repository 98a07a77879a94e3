namespace Mizan.Data.Moderation.Cases;

/// <summary>Filters of the case queue; null means any.</summary>
public sealed record CaseQuery(string? Status, string? Language, string? Source, string? Label, string? Bank, string? Cursor, int Limit);
