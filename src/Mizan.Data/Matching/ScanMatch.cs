namespace Mizan.Data.Matching;

/// <summary>One bank entry that matched.</summary>
/// <param name="Bank">The bank's name.</param>
/// <param name="Entry">The entry id its client gave it.</param>
/// <param name="Signal">Which signal matched: pdq, md5, sha256, text or url.</param>
/// <param name="Distance">Hamming distance for PDQ; 0 for exact hashes and URLs; null for text.</param>
/// <param name="Transform">For dihedral PDQ matching, which rotation or mirror of the query matched.</param>
/// <param name="Labels">The entry's labels.</param>
/// <param name="AutoAction">Whether the bank allows automatic action.</param>
public sealed record ScanMatch(
    string Bank, string Entry, string Signal, int? Distance, string? Transform, IReadOnlyList<string> Labels, bool AutoAction)
{
    /// <summary>Text: Jaccard similarity of the normalised texts' shingles.</summary>
    public double? Similarity { get; init; }

    /// <summary>Text: the share of the known item found in the query.</summary>
    public double? Containment { get; init; }

    /// <summary>Text: the normalisation channel that matched (match, skeleton, spaceless, wordset).</summary>
    public string? Channel { get; init; }

    /// <summary>Text: the matched span of the query as [start, end) character offsets.</summary>
    public IReadOnlyList<int>? Span { get; init; }

    /// <summary>URL: how the entry matched (exact, domain, path_prefix).</summary>
    public string? Scope { get; init; }
}
