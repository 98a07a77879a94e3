using Mizan.Core.Hashing;

namespace Mizan.Core.Signals;

/// <summary>The signals computed from one file: its exact hashes and, for an image, its PDQ hashes.</summary>
/// <param name="Hashes">SHA-256, MD5 and length.</param>
/// <param name="Pdq">The eight dihedral PDQ hashes and quality, when the file is an image.</param>
public sealed record FileSignals(FileHashes Hashes, PdqDihedralResult? Pdq)
{
    /// <summary>Whether the file was decoded as an image.</summary>
    public bool IsImage => Pdq is not null;
}
