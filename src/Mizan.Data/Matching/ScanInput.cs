using Mizan.Core.Signals;

namespace Mizan.Data.Matching;

/// <summary>
/// What to match: hashes the client computed itself (canonical hex), a text, a URL, and/or the signals of a file
/// Mizan hashed.
/// </summary>
public sealed class ScanInput
{
    /// <summary>A PDQ hash given as hex.</summary>
    public string? Pdq { get; init; }

    /// <summary>An MD5 given as hex.</summary>
    public string? Md5 { get; init; }

    /// <summary>A SHA-256 given as hex.</summary>
    public string? Sha256 { get; init; }

    /// <summary>A text to match against known texts.</summary>
    public string? Text { get; init; }

    /// <summary>A URL to match against known URLs.</summary>
    public string? Url { get; init; }

    /// <summary>Signals of an uploaded or named file.</summary>
    public FileSignals? File { get; init; }

    /// <summary>Also match the seven rotations and mirrors of an image (needs the image, not just its hash).</summary>
    public bool Dihedral { get; init; }
}
