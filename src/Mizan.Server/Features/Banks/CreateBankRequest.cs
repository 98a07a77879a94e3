namespace Mizan.Server.Features.Banks;

/// <summary>A new bank.</summary>
/// <param name="Name">1-64 letters, digits, '.', '_' or '-'.</param>
/// <param name="Description">What the bank holds.</param>
/// <param name="AutoAction">Whether matches may trigger automatic action.</param>
internal sealed record CreateBankRequest(string Name, string? Description, bool AutoAction);
