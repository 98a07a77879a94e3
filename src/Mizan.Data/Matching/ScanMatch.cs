namespace Mizan.Data.Matching;

/// <summary>One bank entry that matched.</summary>
/// <param name="Bank">The bank's name.</param>
/// <param name="Entry">The entry id its client gave it.</param>
/// <param name="Signal">Which signal matched: pdq, md5 or sha256.</param>
/// <param name="Distance">Hamming distance for PDQ; 0 for exact signals.</param>
/// <param name="Transform">For dihedral PDQ matching, which rotation or mirror of the query matched.</param>
/// <param name="Labels">The entry's labels.</param>
/// <param name="AutoAction">Whether the bank allows automatic action.</param>
public sealed record ScanMatch(
    string Bank, string Entry, string Signal, int Distance, string? Transform, IReadOnlyList<string> Labels, bool AutoAction);
