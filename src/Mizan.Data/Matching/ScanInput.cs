using Mizan.Core.Signals;

namespace Mizan.Data.Matching;

/// <summary>
/// What to match: hashes the client computed itself (canonical hex) and/or the signals of a file Mizan hashed.
/// </summary>
public sealed class ScanInput
{
    /// <summary>A PDQ hash given as hex.</summary>
    public string? Pdq { get; init; }

    /// <summary>An MD5 given as hex.</summary>
    public string? Md5 { get; init; }

    /// <summary>A SHA-256 given as hex.</summary>
    public string? Sha256 { get; init; }

    /// <summary>Signals of an uploaded or named file.</summary>
    public FileSignals? File { get; init; }

    /// <summary>Also match the seven rotations and mirrors of an image (needs the image, not just its hash).</summary>
    public bool Dihedral { get; init; }
}
