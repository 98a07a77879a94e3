using System.Buffers;

namespace Mizan.Core.Hashing;

/// <summary>
/// PDQ, the 256-bit perceptual image hash of Meta's ThreatExchange (<c>pdq/cpp/hashing/pdqhashing.cpp</c>), from
/// float luma. Bit-exact with the C++ reference: float32 wherever it uses float, the same summation order, no
/// fused multiply-add (see <c>shared/docs/PDQ.md</c>). To hash encoded image files use <see cref="PdqImageHasher"/>.
/// </summary>
/// <remarks>
/// Pipeline: luma → two-pass Jarosz box filter → decimation to 64×64 → quality → 16×16 partial DCT → threshold
/// at the median → 256 bits. Thread-safe; buffers come from <see cref="ArrayPool{T}"/>.
/// </remarks>
public static partial class PdqHasher
{
    /// <summary>
    /// <c>MIN_HASHABLE_DIM</c>: an image narrower or shorter than this hashes to all zeros with quality 0.
    /// </summary>
    public const int MinimumDimension = 5;

    /// <summary>
    /// Hashes with a lower quality are too unreliable to match on (python-threatexchange
    /// <c>PdqSignal.QUALITY_THRESHOLD</c>; the PDQ README recommends discarding quality ≤ 49).
    /// </summary>
    public const int QualityThreshold = 50;

    /// <summary>
    /// The reference's suggested match threshold: two hashes at Hamming distance ≤ 31 are similar
    /// (pdq/README.md, python-threatexchange <c>PDQ_CONFIDENT_MATCH_THRESHOLD</c>).
    /// </summary>
    public const int MatchDistanceThreshold = 31;

    /// <summary>Side of the square that the tool's <see cref="PdqResizeMode.Squash512"/> mode resizes to.</summary>
    internal const int ToolSize = 512;

    private const int Cells = PdqJaroszFilter.OutputSize * PdqJaroszFilter.OutputSize;

    /// <summary>Hashes a luma image at full resolution.</summary>
    /// <param name="luma">
    /// Row-major luma, <paramref name="height"/> rows of <paramref name="width"/> values, computed as the
    /// reference does: <c>0.299f·R + 0.587f·G + 0.114f·B</c> in float32 (left to right) for colour pixels, the
    /// grey value itself for grey ones. <see cref="Imaging.ImageDecoder.DecodeLuma"/> produces it.
    /// </param>
    /// <param name="width">Number of columns.</param>
    /// <param name="height">Number of rows.</param>
    /// <returns>The hash and quality; all zeros and quality 0 when a side is below <see cref="MinimumDimension"/>.</returns>
    /// <remarks>
    /// An input of exactly 64×64 skips filtering and decimation, as the reference's
    /// <c>pdqFloat256FromFloatLuma</c> does for video frames already scaled by ffmpeg.
    /// </remarks>
    public static PdqResult ComputeFromLuma(ReadOnlySpan<float> luma, int width, int height) =>
        ComputeFromLuma(luma, width, height, PdqResizeMode.FullResolution);

    /// <summary>Hashes a luma image, optionally squashed to 512×512 first as the reference tool does.</summary>
    /// <param name="luma">Row-major luma, as for <see cref="ComputeFromLuma(ReadOnlySpan{float}, int, int)"/>.</param>
    /// <param name="width">Number of columns.</param>
    /// <param name="height">Number of rows.</param>
    /// <param name="resize">Whether to hash every pixel or emulate the reference tool's 512×512 squash.</param>
    /// <returns>The hash and quality; all zeros and quality 0 when the image to hash has a side under 5.</returns>
    public static PdqResult ComputeFromLuma(ReadOnlySpan<float> luma, int width, int height, PdqResizeMode resize)
    {
        Validate(luma, width, height, resize);
        float[] cells = ArrayPool<float>.Shared.Rent(Cells);
        try
        {
            if (!TryDownsample(luma, width, height, resize, dihedral: false, cells))
            {
                return default;
            }

            return FromDownsampled(cells);
        }
        finally
        {
            ArrayPool<float>.Shared.Return(cells);
        }
    }

    /// <summary>Hashes a luma image at full resolution under all eight rotations and mirrorings.</summary>
    /// <param name="luma">Row-major luma, as for <see cref="ComputeFromLuma(ReadOnlySpan{float}, int, int)"/>.</param>
    /// <param name="width">Number of columns.</param>
    /// <param name="height">Number of rows.</param>
    /// <returns>Eight hashes from one DCT (<c>pdqDihedralHash256esFromFloatLuma</c>); all zeros, quality 0, when too small.</returns>
    /// <remarks>
    /// Unlike <see cref="ComputeFromLuma(ReadOnlySpan{float}, int, int)"/> a 64×64 input is filtered too, as in
    /// the reference; the filter is then nearly but not exactly the identity, so
    /// <see cref="PdqDihedralResult.Original"/> can rarely differ by a bit for such input.
    /// </remarks>
    public static PdqDihedralResult ComputeDihedralFromLuma(ReadOnlySpan<float> luma, int width, int height) =>
        ComputeDihedralFromLuma(luma, width, height, PdqResizeMode.FullResolution);

    /// <summary>Hashes a luma image under all eight rotations and mirrorings, optionally squashed first.</summary>
    /// <param name="luma">Row-major luma, as for <see cref="ComputeFromLuma(ReadOnlySpan{float}, int, int)"/>.</param>
    /// <param name="width">Number of columns.</param>
    /// <param name="height">Number of rows.</param>
    /// <param name="resize">Whether to hash every pixel or emulate the reference tool's 512×512 squash.</param>
    /// <returns>Eight hashes from one DCT; all zeros, quality 0, when too small.</returns>
    public static PdqDihedralResult ComputeDihedralFromLuma(ReadOnlySpan<float> luma, int width, int height, PdqResizeMode resize)
    {
        Validate(luma, width, height, resize);
        float[] cells = ArrayPool<float>.Shared.Rent(Cells);
        try
        {
            if (!TryDownsample(luma, width, height, resize, dihedral: true, cells))
            {
                return new PdqDihedralResult(new PdqHash[8], 0);
            }

            return DihedralFromDownsampled(cells);
        }
        finally
        {
            ArrayPool<float>.Shared.Return(cells);
        }
    }

    /// <summary>
    /// Filters and decimates <paramref name="luma"/> to the 64×64 array the quality and the DCT are computed
    /// from. Returns <see langword="false"/> (and leaves <paramref name="cells"/> alone) when the image is too
    /// small to hash.
    /// </summary>
    internal static bool TryDownsample(
        ReadOnlySpan<float> luma, int width, int height, PdqResizeMode resize, bool dihedral, Span<float> cells)
    {
        if (resize == PdqResizeMode.Squash512 && (width > ToolSize || height > ToolSize))
        {
            float[] squashed = ArrayPool<float>.Shared.Rent(ToolSize * ToolSize);
            try
            {
                Squash(luma, width, height, squashed);
                return TryDownsample(squashed.AsSpan(0, ToolSize * ToolSize), ToolSize, ToolSize, PdqResizeMode.FullResolution, dihedral, cells);
            }
            finally
            {
                ArrayPool<float>.Shared.Return(squashed);
            }
        }

        if (width < MinimumDimension || height < MinimumDimension)
        {
            return false;
        }

        if (!dihedral && width == PdqJaroszFilter.OutputSize && height == PdqJaroszFilter.OutputSize)
        {
            luma[..Cells].CopyTo(cells);
            return true;
        }

        using var filter = new PdqJaroszFilter(height, width);
        filter.WriteRows(luma, height);
        filter.Complete(cells);
        return true;
    }

    /// <summary>
    /// The reference tool's resize to exactly 512×512 by nearest neighbour (CImg <c>resize(512, 512)</c>):
    /// output column x takes source column ⌊x·W/512⌋ in double, rows likewise; a side under 512 is repeated.
    /// </summary>
    internal static void Squash(ReadOnlySpan<float> luma, int width, int height, Span<float> destination)
    {
        Span<int> columns = stackalloc int[ToolSize];
        for (int x = 0; x < ToolSize; x++)
        {
            columns[x] = (int)((double)x * width / ToolSize);
        }

        for (int y = 0; y < ToolSize; y++)
        {
            ReadOnlySpan<float> source = luma.Slice((int)((double)y * height / ToolSize) * width, width);
            Span<float> target = destination.Slice(y * ToolSize, ToolSize);
            for (int x = 0; x < ToolSize; x++)
            {
                target[x] = source[columns[x]];
            }
        }
    }

    /// <summary>Quality, DCT and threshold of a 64×64 downsample.</summary>
    internal static PdqResult FromDownsampled(ReadOnlySpan<float> cells)
    {
        int quality = ComputeQuality(cells);
        Span<float> dct = stackalloc float[DctSize * DctSize];
        ComputeDct(cells, dct);
        return new PdqResult(Threshold(dct), quality);
    }

    /// <summary>Quality, DCT and the eight thresholded variants of a 64×64 downsample.</summary>
    internal static PdqDihedralResult DihedralFromDownsampled(ReadOnlySpan<float> cells)
    {
        int quality = ComputeQuality(cells);
        Span<float> dct = stackalloc float[DctSize * DctSize];
        ComputeDct(cells, dct);
        return new PdqDihedralResult(DihedralThresholds(dct), quality);
    }

    /// <summary>
    /// The reference's gradient-count quality on the 64×64 array: for every vertical, then every horizontal,
    /// neighbour pair, |trunc((a − b) · 100 / 255)| in float32, summed as an integer; then min(100, sum / 90).
    /// </summary>
    internal static int ComputeQuality(ReadOnlySpan<float> cells)
    {
        const int n = PdqJaroszFilter.OutputSize;
        int gradientSum = 0;
        for (int i = 0; i < n - 1; i++)
        {
            for (int j = 0; j < n; j++)
            {
                float u = cells[(i * n) + j];
                float v = cells[((i + 1) * n) + j];
                int d = (int)((u - v) * 100 / 255);
                gradientSum += Math.Abs(d);
            }
        }

        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n - 1; j++)
            {
                float u = cells[(i * n) + j];
                float v = cells[(i * n) + j + 1];
                int d = (int)((u - v) * 100 / 255);
                gradientSum += Math.Abs(d);
            }
        }

        return Math.Min(100, gradientSum / 90);
    }

    private static void Validate(ReadOnlySpan<float> luma, int width, int height, PdqResizeMode resize)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(width);
        ArgumentOutOfRangeException.ThrowIfNegative(height);
        if (luma.Length != (long)width * height)
        {
            throw new ArgumentException(
                $"Expected {(long)width * height} luma values for {width}×{height}; got {luma.Length}.", nameof(luma));
        }

        if (resize is not (PdqResizeMode.FullResolution or PdqResizeMode.Squash512))
        {
            throw new ArgumentOutOfRangeException(nameof(resize), resize, "Unknown resize mode.");
        }
    }
}
