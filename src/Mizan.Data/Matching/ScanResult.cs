namespace Mizan.Data.Matching;

/// <summary>
/// One scanned item as the API and <c>mizan scan</c> print it: the item's id, the hashes used, its matches and
/// notes, or an error instead of matches when the item could not be read.
/// </summary>
public sealed record ScanResult(
    string? Id,
    string? Sha256,
    string? Md5,
    string? Pdq,
    int? PdqQuality,
    string? Url,
    IReadOnlyList<ScanMatch>? Matches,
    IReadOnlyList<string>? Notes,
    string? Error = null,
    string? ErrorCode = null)
{
    /// <summary>The printed form of a successful scan.</summary>
    public static ScanResult From(string? id, ScanOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return new ScanResult(
            id, outcome.Sha256, outcome.Md5, outcome.Pdq, outcome.PdqQuality, outcome.Url, outcome.Matches,
            outcome.Notes.Count == 0 ? null : outcome.Notes);
    }

    /// <summary>The printed form of an item that could not be read.</summary>
    public static ScanResult Failed(string? id, string errorCode, string message) =>
        new(id, null, null, null, null, null, null, null, message, errorCode);
}
