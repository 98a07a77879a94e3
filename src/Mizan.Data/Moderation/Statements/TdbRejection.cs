namespace Mizan.Data.Moderation.Statements;

/// <summary>A decision whose statement could not be exported, and why.</summary>
public sealed record TdbRejection(long DecisionId, IReadOnlyList<string> Errors);
