namespace Mizan.Core.Hashing;

/// <summary>
/// The PDQ hashes of an image under all eight rotations and mirrorings, derived from one DCT, and the image's
/// quality (the same for every variant). The derived hashes are close to, but not always identical with, the
/// hash of the actually transformed image (0-8 bits apart on the reference test set).
/// </summary>
public sealed class PdqDihedralResult
{
    private readonly PdqHash[] _hashes;

    internal PdqDihedralResult(PdqHash[] hashes, int quality)
    {
        _hashes = hashes;
        Quality = quality;
    }

    /// <summary>0-100; see <see cref="PdqResult.Quality"/>.</summary>
    public int Quality { get; }

    /// <summary>The hash of the untransformed image.</summary>
    public PdqHash Original => _hashes[0];

    /// <summary>The eight hashes, indexed by <see cref="PdqTransform"/>.</summary>
    public ReadOnlySpan<PdqHash> Hashes => _hashes;

    /// <summary>The hash of the image under <paramref name="transform"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="transform"/> is not a defined value.</exception>
    public PdqHash this[PdqTransform transform]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThan((uint)transform, (uint)PdqTransform.FlipMinus1, nameof(transform));
            return _hashes[(int)transform];
        }
    }

    /// <summary>The hash and quality of <paramref name="transform"/> as a <see cref="PdqResult"/>.</summary>
    public PdqResult ToResult(PdqTransform transform = PdqTransform.Original) => new(this[transform], Quality);
}
