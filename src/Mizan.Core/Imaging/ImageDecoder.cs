using System.Buffers;
using SkiaSharp;

namespace Mizan.Core.Imaging;

/// <summary>
/// Decodes untrusted image bytes (JPEG, PNG, GIF, WebP, BMP, ICO) to the float luma PDQ hashes, with SkiaSharp's
/// <see cref="SKCodec"/>, matching what Meta's PDQ reference receives from its decoder.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>The header is read first and an image over <see cref="ImageDecodeOptions.MaxPixels"/> is refused before
/// any pixel memory is allocated.</item>
/// <item>No colour management (the destination has no colour space) and unpremultiplied alpha: the reference
/// drops alpha without compositing, so transparent pixels keep their stored RGB.</item>
/// <item>Grey sources give their grey level, not the colour formula; see <see cref="LumaConverter"/>. CMYK JPEGs
/// are converted to RGB by the decoder.</item>
/// <item>16-bit samples are reduced to their high byte, ⌊v / 256⌋, which is what Skia's PNG decoder does without
/// colour conversion; it is never more than one level from round(v · 255 / 65535). The C++ reference tool keeps
/// the low byte instead, which scrambles the picture (its hash for the test image I16.png is 130 bits from
/// Mizan's), and python-threatexchange's PIL path clips I;16 values to 255; neither is a faithful 8-bit version
/// of the picture, so Mizan does not follow them.</item>
/// <item>EXIF orientation is ignored, as by the reference and python-threatexchange. An animated image gives
/// its first frame.</item>
/// <item>Truncated or corrupt data is an error, never a partly grey image.</item>
/// </list>
/// </remarks>
public static partial class ImageDecoder
{
    /// <summary>Rows decoded and converted per step: about 64 KiB of BGRA, so a strip stays in cache.</summary>
    private const int StripBytes = 64 * 1024;

    /// <summary>PNG IHDR colour types that are grey: 0 (grey) and 4 (grey with alpha).</summary>
    private const byte PngGrey = 0;
    private const byte PngGreyAlpha = 4;

    /// <summary>Decodes <paramref name="encoded"/> to float luma.</summary>
    /// <param name="encoded">The whole encoded file.</param>
    /// <param name="options">Limits; <see langword="null"/> for the defaults.</param>
    /// <returns>The luma, one float per pixel.</returns>
    /// <exception cref="MizanException">
    /// <see cref="ErrorCodes.UnsupportedImage"/> when the bytes are not an image format that can be decoded,
    /// <see cref="ErrorCodes.CorruptImage"/> when the image is truncated or damaged,
    /// <see cref="ErrorCodes.ImageTooLarge"/> when it declares more than <see cref="ImageDecodeOptions.MaxPixels"/>.
    /// </exception>
    public static LumaImage DecodeLuma(ReadOnlySpan<byte> encoded, ImageDecodeOptions? options = null)
    {
        var sink = new ArraySink();
        bool grey = Decode(encoded, options ?? ImageDecodeOptions.Default, sink, maxPixelsInOneArray: Array.MaxLength);
        return new LumaImage(sink.Width, sink.Height, sink.Luma!, grey);
    }

    /// <summary>
    /// Decodes <paramref name="encoded"/> and streams its luma rows, top to bottom, into <paramref name="sink"/>.
    /// Returns whether the luma is grey levels.
    /// </summary>
    internal static unsafe bool Decode(ReadOnlySpan<byte> encoded, ImageDecodeOptions options, ILumaSink sink, long maxPixelsInOneArray)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(sink);
        if (encoded.IsEmpty)
        {
            throw new MizanException(
                ErrorCodes.UnsupportedImage, "The image is empty (0 bytes). Send the whole file: JPEG, PNG, GIF, WebP, BMP or ICO.");
        }

        ImageFormat format = Sniff(encoded);
        if (format == ImageFormat.Heif)
        {
            throw new MizanException(
                ErrorCodes.UnsupportedImage,
                "HEIF/HEIC and AVIF images cannot be decoded here. Convert the image to JPEG or PNG and try again.");
        }

        fixed (byte* start = encoded)
        {
            // Wraps the caller's bytes without copying; every Skia object is released before the pin ends.
            using var data = SKData.Create((IntPtr)start, encoded.Length);
            using var stream = new SKMemoryStream(data);
            using var codec = SKCodec.Create(stream, out SKCodecResult created);
            if (codec is null)
            {
                throw format == ImageFormat.Unknown
                    ? new MizanException(
                        ErrorCodes.UnsupportedImage,
                        "The data is not an image in a supported format (JPEG, PNG, GIF, WebP, BMP or ICO).")
                    : new MizanException(
                        ErrorCodes.CorruptImage,
                        $"The data starts like a {format} image but its header cannot be read ({created}); the file is "
                        + "probably truncated or damaged. Re-export or re-download it.");
            }

            SKImageInfo declared = codec.Info;
            int width = declared.Width;
            int height = declared.Height;
            if (width <= 0 || height <= 0)
            {
                throw new MizanException(ErrorCodes.CorruptImage, $"The image declares an invalid size of {width}×{height}.");
            }

            long pixels = (long)width * height;
            long limit = Math.Min(options.MaxPixels, maxPixelsInOneArray);
            if (pixels > limit || (long)width * 4 > Array.MaxLength)
            {
                throw new MizanException(
                    ErrorCodes.ImageTooLarge,
                    $"The image is {width}×{height} ({pixels:N0} pixels), over the limit of {limit:N0} pixels. "
                    + "Scale it down before submitting it.");
            }

            PixelLayout layout = declared.ColorType == SKColorType.Gray8
                ? PixelLayout.Gray8
                : IsGreyPng(encoded) ? PixelLayout.BgraGrey : PixelLayout.Bgra;
            var target = layout == PixelLayout.Gray8
                ? new SKImageInfo(width, height, SKColorType.Gray8, SKAlphaType.Opaque)
                : new SKImageInfo(width, height, SKColorType.Bgra8888, SKAlphaType.Unpremul);
            int rowBytes = target.RowBytes;
            int stripRows = (int)Math.Clamp(StripBytes / rowBytes, 1, height);

            sink.Start(width, height);
            using var converter = new LumaConverter(width, height, layout, sink, stripRows);
            if (codec.ScanlineOrder == SKCodecScanlineOrder.TopDown
                && codec.StartScanlineDecode(target) == SKCodecResult.Success)
            {
                DecodeByStrips(codec, converter, height, rowBytes, stripRows, format);
            }
            else
            {
                DecodeWhole(codec, converter, target, height, rowBytes, stripRows, format);
            }

            return converter.Complete();
        }
    }

    private static unsafe void DecodeByStrips(
        SKCodec codec, LumaConverter converter, int height, int rowBytes, int stripRows, ImageFormat format)
    {
        byte[] strip = ArrayPool<byte>.Shared.Rent(stripRows * rowBytes);
        try
        {
            fixed (byte* buffer = strip)
            {
                for (int y = 0; y < height; y += stripRows)
                {
                    int count = Math.Min(stripRows, height - y);
                    int decoded = codec.GetScanlines((IntPtr)buffer, count, rowBytes);
                    if (decoded != count)
                    {
                        throw Truncated(format, y + decoded, height);
                    }

                    converter.ConvertRows(strip.AsSpan(0, count * rowBytes), rowBytes, count);
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(strip);
        }
    }

    private static unsafe void DecodeWhole(
        SKCodec codec, LumaConverter converter, SKImageInfo target, int height, int rowBytes, int stripRows, ImageFormat format)
    {
        long size = (long)rowBytes * height;
        if (size > Array.MaxLength)
        {
            throw new MizanException(
                ErrorCodes.ImageTooLarge,
                $"The {format} image is {target.Width}×{height}, too large to decode in one piece. Scale it down first.");
        }

        byte[] pixels = ArrayPool<byte>.Shared.Rent((int)size);
        try
        {
            // Frames that do not cover the canvas leave the rest untouched: start from transparent black.
            pixels.AsSpan(0, (int)size).Clear();
            SKCodecResult result;
            fixed (byte* buffer = pixels)
            {
                // Frame 0 only: the first frame of an animation.
                result = codec.GetPixels(target, (IntPtr)buffer, rowBytes, new SKCodecOptions(0));
            }

            switch (result)
            {
                case SKCodecResult.Success:
                    break;
                case SKCodecResult.IncompleteInput:
                    throw Truncated(format, -1, height);
                case SKCodecResult.InvalidConversion:
                case SKCodecResult.Unimplemented:
                    throw new MizanException(
                        ErrorCodes.UnsupportedImage,
                        $"This kind of {format} image cannot be decoded ({result}). Convert it to PNG or JPEG and try again.");
                default:
                    throw new MizanException(
                        ErrorCodes.CorruptImage,
                        $"The {format} image is damaged and cannot be decoded ({result}). Re-export or re-download it.");
            }

            for (int y = 0; y < height; y += stripRows)
            {
                int count = Math.Min(stripRows, height - y);
                converter.ConvertRows(pixels.AsSpan(y * rowBytes, count * rowBytes), rowBytes, count);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(pixels);
        }
    }

    private static MizanException Truncated(ImageFormat format, int rowsDecoded, int height) => new(
        ErrorCodes.CorruptImage,
        (rowsDecoded >= 0
            ? $"The {format} image ends after {rowsDecoded} of its {height} rows"
            : $"The {format} image data ends before the image is complete")
        + "; the file is truncated or damaged. Re-export or re-download it.");

    /// <summary>
    /// Whether a PNG's IHDR declares a grey colour type. Skia reports grey-with-alpha PNGs as BGRA, so the
    /// colour type is read from the header itself (bytes 12-15 "IHDR", colour type at byte 25).
    /// </summary>
    private static bool IsGreyPng(ReadOnlySpan<byte> encoded) =>
        encoded.Length > 25
        && encoded.StartsWith(PngSignature)
        && encoded.Slice(12, 4).SequenceEqual("IHDR"u8)
        && encoded[25] is PngGrey or PngGreyAlpha;

    /// <summary>Collects the rows into one array.</summary>
    private sealed class ArraySink : ILumaSink
    {
        private int _rows;

        public int Width { get; private set; }

        public int Height { get; private set; }

        public float[]? Luma { get; private set; }

        public void Start(int width, int height)
        {
            Width = width;
            Height = height;
            Luma = new float[(long)width * height];
        }

        public void WriteRows(ReadOnlySpan<float> rows, int count)
        {
            rows[..(count * Width)].CopyTo(Luma.AsSpan(_rows * Width));
            _rows += count;
        }
    }
}
