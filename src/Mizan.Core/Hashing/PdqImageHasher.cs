using System.Buffers;
using Mizan.Core.Imaging;

namespace Mizan.Core.Hashing;

/// <summary>
/// PDQ hashes of encoded image files: <see cref="ImageDecoder"/> then <see cref="PdqHasher"/>. At full resolution
/// the decoded rows stream straight into the filter, so no full-size luma buffer is allocated.
/// </summary>
public static class PdqImageHasher
{
    private const int Cells = PdqJaroszFilter.OutputSize * PdqJaroszFilter.OutputSize;

    /// <summary>Decodes and hashes an image at full resolution.</summary>
    /// <param name="encoded">The whole encoded file.</param>
    /// <param name="options">Decoder limits; <see langword="null"/> for the defaults.</param>
    /// <returns>The hash and quality (all zeros, quality 0, when a side is under <see cref="PdqHasher.MinimumDimension"/>).</returns>
    /// <exception cref="MizanException">The image is unsupported, corrupt or too large; see <see cref="ImageDecoder.DecodeLuma"/>.</exception>
    public static PdqResult Hash(ReadOnlySpan<byte> encoded, ImageDecodeOptions? options = null) =>
        Hash(encoded, options, PdqResizeMode.FullResolution);

    /// <summary>Decodes and hashes an image, optionally squashed to 512×512 first as the reference tool does.</summary>
    /// <param name="encoded">The whole encoded file.</param>
    /// <param name="options">Decoder limits; <see langword="null"/> for the defaults.</param>
    /// <param name="resize">Full resolution (what Mizan stores) or the reference tool's 512×512 squash.</param>
    /// <returns>The hash and quality.</returns>
    /// <exception cref="MizanException">The image is unsupported, corrupt or too large.</exception>
    public static PdqResult Hash(ReadOnlySpan<byte> encoded, ImageDecodeOptions? options, PdqResizeMode resize)
    {
        if (resize != PdqResizeMode.FullResolution)
        {
            LumaImage image = ImageDecoder.DecodeLuma(encoded, options);
            return PdqHasher.ComputeFromLuma(image.Luma, image.Width, image.Height, resize);
        }

        float[] cells = ArrayPool<float>.Shared.Rent(Cells);
        try
        {
            return DownsampleStreaming(encoded, options, dihedral: false, cells)
                ? PdqHasher.FromDownsampled(cells.AsSpan(0, Cells))
                : default;
        }
        finally
        {
            ArrayPool<float>.Shared.Return(cells);
        }
    }

    /// <summary>Decodes an image and hashes it at full resolution under all eight rotations and mirrorings.</summary>
    /// <param name="encoded">The whole encoded file.</param>
    /// <param name="options">Decoder limits; <see langword="null"/> for the defaults.</param>
    /// <returns>Eight hashes from one DCT, and the quality.</returns>
    /// <exception cref="MizanException">The image is unsupported, corrupt or too large.</exception>
    public static PdqDihedralResult HashDihedral(ReadOnlySpan<byte> encoded, ImageDecodeOptions? options = null) =>
        HashDihedral(encoded, options, PdqResizeMode.FullResolution);

    /// <summary>Decodes an image and hashes it under all eight rotations and mirrorings, optionally squashed first.</summary>
    /// <param name="encoded">The whole encoded file.</param>
    /// <param name="options">Decoder limits; <see langword="null"/> for the defaults.</param>
    /// <param name="resize">Full resolution (what Mizan stores) or the reference tool's 512×512 squash.</param>
    /// <returns>Eight hashes from one DCT, and the quality.</returns>
    /// <exception cref="MizanException">The image is unsupported, corrupt or too large.</exception>
    public static PdqDihedralResult HashDihedral(ReadOnlySpan<byte> encoded, ImageDecodeOptions? options, PdqResizeMode resize)
    {
        if (resize != PdqResizeMode.FullResolution)
        {
            LumaImage image = ImageDecoder.DecodeLuma(encoded, options);
            return PdqHasher.ComputeDihedralFromLuma(image.Luma, image.Width, image.Height, resize);
        }

        float[] cells = ArrayPool<float>.Shared.Rent(Cells);
        try
        {
            return DownsampleStreaming(encoded, options, dihedral: true, cells)
                ? PdqHasher.DihedralFromDownsampled(cells.AsSpan(0, Cells))
                : new PdqDihedralResult(new PdqHash[8], 0);
        }
        finally
        {
            ArrayPool<float>.Shared.Return(cells);
        }
    }

    private static bool DownsampleStreaming(ReadOnlySpan<byte> encoded, ImageDecodeOptions? options, bool dihedral, Span<float> cells)
    {
        using var sink = new PdqLumaSink(dihedral);

        // Only a 64×64 image is ever held whole, so the one-array limit does not apply.
        ImageDecoder.Decode(encoded, options ?? ImageDecodeOptions.Default, sink, maxPixelsInOneArray: long.MaxValue);
        return sink.TryComplete(cells);
    }
}
