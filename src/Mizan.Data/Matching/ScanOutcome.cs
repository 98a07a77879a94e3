namespace Mizan.Data.Matching;

/// <summary>The result of scanning one item: the hashes used, the matches, and notes such as low quality.</summary>
public sealed record ScanOutcome(
    string? Sha256,
    string? Md5,
    string? Pdq,
    int? PdqQuality,
    IReadOnlyList<ScanMatch> Matches,
    IReadOnlyList<string> Notes)
{
    /// <summary>The canonical form of a scanned URL.</summary>
    public string? Url { get; init; }
}
