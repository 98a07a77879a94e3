namespace Mizan.Data.Banks;

/// <summary>One stored signal of a bank entry as the API, CLI and export show it.</summary>
public sealed record EntryView(
    long RowId,
    string Id,
    string Signal,
    string Value,
    int? Quality,
    IReadOnlyList<string> Labels,
    string? Source,
    string AddedBy,
    DateTime AddedAt,
    bool Retracted,
    string? RetractedReason,
    DateTime? RetractedAt,
    string? Text,
    string? Scope);
