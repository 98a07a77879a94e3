namespace Mizan.Data.Banks;

/// <summary>A bank as the API and CLI show it.</summary>
public sealed record BankSummary(
    string Name,
    string Description,
    bool AutoAction,
    bool Enabled,
    DateTime CreatedAt,
    string CreatedBy,
    int Entries,
    int Retracted,
    double TextMinSimilarity,
    double TextMinContainment);
