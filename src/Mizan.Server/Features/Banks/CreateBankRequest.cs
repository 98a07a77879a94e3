namespace Mizan.Server.Features.Banks;

/// <summary>A new bank.</summary>
/// <param name="Name">1-64 letters, digits, '.', '_' or '-'.</param>
/// <param name="Description">What the bank holds.</param>
/// <param name="AutoAction">Whether matches may trigger automatic action.</param>
/// <param name="TextMinSimilarity">Text matches need this Jaccard similarity (0-1) unless containment suffices; default from Matching:TextMinSimilarity.</param>
/// <param name="TextMinContainment">Text matches need this share (0-1) of the known item in the query unless similarity suffices; default from Matching:TextMinContainment.</param>
internal sealed record CreateBankRequest(string Name, string? Description, bool AutoAction, double? TextMinSimilarity, double? TextMinContainment);
