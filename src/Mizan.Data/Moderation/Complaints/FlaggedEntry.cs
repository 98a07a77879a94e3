namespace Mizan.Data.Moderation.Complaints;

/// <summary>A bank entry flagged for review after a reversal.</summary>
public sealed record FlaggedEntry(string Bank, string Entry, string Signal, string Reason);
