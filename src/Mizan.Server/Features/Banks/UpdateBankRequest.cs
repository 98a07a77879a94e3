namespace Mizan.Server.Features.Banks;

/// <summary>The settings to change; absent (null) fields keep their value. The reason goes to the audit log.</summary>
internal sealed record UpdateBankRequest(
    string? Description, bool? AutoAction, bool? Enabled, double? TextMinSimilarity, double? TextMinContainment, string? Reason);
