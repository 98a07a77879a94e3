using System.Buffers.Binary;

namespace Mizan.Core.Imaging;

public static partial class ImageDecoder
{
    /// <summary>How many leading bytes <see cref="LooksLikeImage"/> needs at most to decide.</summary>
    public const int SniffLength = 32;

    private static ReadOnlySpan<byte> PngSignature => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>Formats recognised by their leading bytes.</summary>
    internal enum ImageFormat
    {
        Unknown,
        Jpeg,
        Png,
        Gif,
        WebP,
        Bmp,
        Ico,

        /// <summary>HEIF/HEIC/AVIF: recognised only to say that it is not supported.</summary>
        Heif,
    }

    /// <summary>
    /// Whether <paramref name="header"/>, the first bytes of a file (<see cref="SniffLength"/> are enough), has the
    /// signature of an image format this decoder reads: JPEG, PNG, GIF, WebP, BMP or ICO/CUR. HEIF and AVIF are not
    /// included because the bundled Skia cannot decode them. A <see langword="true"/> answer does not promise that
    /// the rest of the file is valid.
    /// </summary>
    public static bool LooksLikeImage(ReadOnlySpan<byte> header)
    {
        ImageFormat format = Sniff(header);
        return format is not (ImageFormat.Unknown or ImageFormat.Heif);
    }

    internal static ImageFormat Sniff(ReadOnlySpan<byte> header)
    {
        if (header.Length >= 3 && header[0] == 0xFF && header[1] == 0xD8 && header[2] == 0xFF)
        {
            return ImageFormat.Jpeg;
        }

        if (header.StartsWith(PngSignature))
        {
            return ImageFormat.Png;
        }

        if (header.StartsWith("GIF87a"u8) || header.StartsWith("GIF89a"u8))
        {
            return ImageFormat.Gif;
        }

        if (header.Length >= 12 && header.StartsWith("RIFF"u8) && header.Slice(8, 4).SequenceEqual("WEBP"u8))
        {
            return ImageFormat.WebP;
        }

        if (IsBmp(header))
        {
            return ImageFormat.Bmp;
        }

        if (IsIco(header))
        {
            return ImageFormat.Ico;
        }

        if (IsHeif(header))
        {
            return ImageFormat.Heif;
        }

        return ImageFormat.Unknown;
    }

    /// <summary>"BM" alone is too weak (it starts ordinary text), so also require a known DIB header size.</summary>
    private static bool IsBmp(ReadOnlySpan<byte> header)
    {
        if (header.Length < 18 || header[0] != 'B' || header[1] != 'M')
        {
            return false;
        }

        uint dibSize = BinaryPrimitives.ReadUInt32LittleEndian(header[14..]);
        return dibSize is 12 or 16 or 40 or 52 or 56 or 64 or 108 or 124;
    }

    /// <summary>ICONDIR: reserved 0, type 1 (icon) or 2 (cursor), at least one image, whose entry's reserved byte is 0.</summary>
    private static bool IsIco(ReadOnlySpan<byte> header)
    {
        if (header.Length < 10 || header[0] != 0 || header[1] != 0 || header[2] is not (1 or 2) || header[3] != 0)
        {
            return false;
        }

        int count = BinaryPrimitives.ReadUInt16LittleEndian(header[4..]);
        return count > 0 && header[9] == 0;
    }

    /// <summary>An ISO-BMFF <c>ftyp</c> box whose major brand is a HEIF or AVIF brand.</summary>
    private static bool IsHeif(ReadOnlySpan<byte> header)
    {
        if (header.Length < 12 || !header.Slice(4, 4).SequenceEqual("ftyp"u8))
        {
            return false;
        }

        ReadOnlySpan<byte> brand = header.Slice(8, 4);
        return brand.SequenceEqual("heic"u8) || brand.SequenceEqual("heix"u8) || brand.SequenceEqual("hevc"u8)
            || brand.SequenceEqual("hevx"u8) || brand.SequenceEqual("heim"u8) || brand.SequenceEqual("heis"u8)
            || brand.SequenceEqual("mif1"u8) || brand.SequenceEqual("msf1"u8) || brand.SequenceEqual("avif"u8)
            || brand.SequenceEqual("avis"u8);
    }
}
