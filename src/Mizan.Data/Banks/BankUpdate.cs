namespace Mizan.Data.Banks;

/// <summary>A change of a bank's settings; a null member leaves that setting as it is.</summary>
public sealed record BankUpdate(
    string? Description = null,
    bool? AutoAction = null,
    bool? Enabled = null,
    double? TextMinSimilarity = null,
    double? TextMinContainment = null,
    string? Reason = null);
