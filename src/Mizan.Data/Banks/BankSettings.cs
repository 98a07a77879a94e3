namespace Mizan.Data.Banks;

/// <summary>A bank's settings as the audit log records them.</summary>
public sealed record BankSettings(
    string Name, string Description, bool AutoAction, bool Enabled, double? TextMinSimilarity, double? TextMinContainment);
