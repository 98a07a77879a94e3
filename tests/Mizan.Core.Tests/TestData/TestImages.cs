using System.Buffers.Binary;
using System.IO.Compression;
using SkiaSharp;

namespace Mizan.Core.Tests.TestData;

/// <summary>
/// Small images built in code, so that no binary test files are committed: PNGs of any colour type and bit depth
/// (written by hand, so the header can also lie), GIFs with several frames, bottom-up BMPs, ICOs, and JPEG/WebP
/// through Skia's encoders.
/// </summary>
internal static class TestImages
{
    private static readonly uint[] s_crcTable = BuildCrcTable();

    /// <summary>PNG colour types (IHDR byte 9).</summary>
    public const byte PngGrey = 0;
    public const byte PngRgb = 2;
    public const byte PngGreyAlpha = 4;
    public const byte PngRgba = 6;

    /// <summary>
    /// A PNG with the given header and raw samples (big-endian for 16-bit), every row stored with filter 0.
    /// <paramref name="samples"/> holds height rows of width × channels × (bitDepth / 8) bytes.
    /// </summary>
    public static byte[] Png(int width, int height, byte colourType, byte bitDepth, ReadOnlySpan<byte> samples, bool interlaced = false)
    {
        int channels = colourType switch { PngGrey => 1, PngRgb => 3, PngGreyAlpha => 2, PngRgba => 4, _ => throw new ArgumentOutOfRangeException(nameof(colourType)) };
        int rowBytes = width * channels * bitDepth / 8;
        if (samples.Length != rowBytes * height)
        {
            throw new ArgumentException($"Expected {rowBytes * height} sample bytes.", nameof(samples));
        }

        if (interlaced)
        {
            return PngWithHeader(width, height, colourType, bitDepth, Compress(Adam7(width, height, samples, rowBytes / width)), interlaced: true);
        }

        var raw = new byte[(rowBytes + 1) * height];
        for (int y = 0; y < height; y++)
        {
            samples.Slice(y * rowBytes, rowBytes).CopyTo(raw.AsSpan((y * (rowBytes + 1)) + 1));
        }

        return PngWithHeader(width, height, colourType, bitDepth, Compress(raw));
    }

    /// <summary>An 8-bit RGB PNG from (R, G, B) triples, row-major.</summary>
    public static byte[] RgbPng(int width, int height, Func<int, int, (byte R, byte G, byte B)> pixel)
    {
        var samples = new byte[width * height * 3];
        for (int y = 0; y < height; y++)
        {
            for (int x = 0; x < width; x++)
            {
                var (r, g, b) = pixel(x, y);
                int o = ((y * width) + x) * 3;
                samples[o] = r;
                samples[o + 1] = g;
                samples[o + 2] = b;
            }
        }

        return Png(width, height, PngRgb, 8, samples);
    }

    /// <summary>
    /// A decompression bomb: an IHDR declaring <paramref name="width"/> × <paramref name="height"/> pixels, followed
    /// by a few bytes of image data.
    /// </summary>
    public static byte[] PngBomb(int width, int height) =>
        PngWithHeader(width, height, PngRgb, 8, Compress(new byte[64]));

    /// <summary>
    /// A GIF with a four-colour global palette and one full-canvas frame per entry of <paramref name="frames"/>
    /// (palette indices, row-major). The LZW stream sends a clear code after every two pixels so that the code
    /// size never grows: valid, just not compressed.
    /// </summary>
    public static byte[] Gif(int width, int height, ReadOnlySpan<byte> paletteRgb, params byte[][] frames)
    {
        if (paletteRgb.Length != 12)
        {
            throw new ArgumentException("Four RGB entries expected.", nameof(paletteRgb));
        }

        using var stream = new MemoryStream();
        stream.Write("GIF89a"u8);
        WriteUInt16(stream, width);
        WriteUInt16(stream, height);
        stream.WriteByte(0b1000_0001); // global colour table of 2^(1+1) entries
        stream.WriteByte(0);
        stream.WriteByte(0);
        stream.Write(paletteRgb);
        if (frames.Length > 1)
        {
            stream.Write([0x21, 0xFF, 11]);
            stream.Write("NETSCAPE2.0"u8);
            stream.Write([3, 1, 0, 0, 0]);
        }

        foreach (byte[] indices in frames)
        {
            stream.Write([0x21, 0xF9, 4, 0b0000_0100, 10, 0, 0, 0]); // keep frame, 100 ms
            stream.WriteByte(0x2C);
            WriteUInt16(stream, 0);
            WriteUInt16(stream, 0);
            WriteUInt16(stream, width);
            WriteUInt16(stream, height);
            stream.WriteByte(0);
            stream.WriteByte(2); // minimum code size: clear = 4, end = 5, 3-bit codes
            byte[] lzw = UncompressedLzw(indices);
            for (int offset = 0; offset < lzw.Length; offset += 255)
            {
                int length = Math.Min(255, lzw.Length - offset);
                stream.WriteByte((byte)length);
                stream.Write(lzw, offset, length);
            }

            stream.WriteByte(0);
        }

        stream.WriteByte(0x3B);
        return stream.ToArray();
    }

    /// <summary>A 24-bit BMP stored bottom-up (the usual layout), from (R, G, B) triples.</summary>
    public static byte[] Bmp(int width, int height, Func<int, int, (byte R, byte G, byte B)> pixel)
    {
        int rowBytes = ((width * 3) + 3) & ~3;
        int size = 54 + (rowBytes * height);
        var bytes = new byte[size];
        bytes[0] = (byte)'B';
        bytes[1] = (byte)'M';
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(2), size);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(10), 54);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(14), 40);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(18), width);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(22), height);
        BinaryPrimitives.WriteInt16LittleEndian(bytes.AsSpan(26), 1);
        BinaryPrimitives.WriteInt16LittleEndian(bytes.AsSpan(28), 24);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(34), rowBytes * height);
        for (int y = 0; y < height; y++)
        {
            int row = 54 + ((height - 1 - y) * rowBytes);
            for (int x = 0; x < width; x++)
            {
                var (r, g, b) = pixel(x, y);
                bytes[row + (3 * x)] = b;
                bytes[row + (3 * x) + 1] = g;
                bytes[row + (3 * x) + 2] = r;
            }
        }

        return bytes;
    }

    /// <summary>An ICO holding one PNG image, as modern icons do.</summary>
    public static byte[] IcoWithPng(int width, int height, byte[] png)
    {
        var bytes = new byte[6 + 16 + png.Length];
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(2), 1);
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(4), 1);
        bytes[6] = (byte)width;
        bytes[7] = (byte)height;
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(10), 1);
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(12), 32);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(14), png.Length);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(18), 22);
        png.CopyTo(bytes, 22);
        return bytes;
    }

    /// <summary>A colourful opaque test picture: gradients, circles and a little deterministic noise.</summary>
    public static SKBitmap Picture(int width, int height, int seed = 1)
    {
        var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Bgra8888, SKAlphaType.Opaque));
        using var canvas = new SKCanvas(bitmap);
        using (var shader = SKShader.CreateLinearGradient(
            new SKPoint(0, 0), new SKPoint(width, height), [SKColors.DarkBlue, SKColors.Orange, SKColors.ForestGreen], SKShaderTileMode.Clamp))
        using (var paint = new SKPaint { Shader = shader })
        {
            canvas.DrawRect(0, 0, width, height, paint);
        }

        var random = new Random(seed);
        using var brush = new SKPaint { IsAntialias = true };
        for (int i = 0; i < 24; i++)
        {
            brush.Color = new SKColor((byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(96, 256));
            canvas.DrawCircle(random.Next(width), random.Next(height), random.Next(4, Math.Max(5, Math.Min(width, height) / 4)), brush);
        }

        canvas.Flush();
        Span<byte> pixels = bitmap.GetPixelSpan();
        for (int i = 0; i < pixels.Length; i += 4)
        {
            for (int c = 0; c < 3; c++)
            {
                pixels[i + c] = (byte)Math.Clamp(pixels[i + c] + random.Next(-6, 7), 0, 255);
            }
        }

        return bitmap;
    }

    /// <summary>Encodes with Skia (JPEG, PNG or WebP).</summary>
    public static byte[] Encode(SKBitmap bitmap, SKEncodedImageFormat format, int quality = 90)
    {
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(format, quality);
        return data.ToArray();
    }

    /// <summary>A JPEG of <see cref="Picture"/>.</summary>
    public static byte[] Jpeg(int width, int height, int seed = 1)
    {
        using var bitmap = Picture(width, height, seed);
        return Encode(bitmap, SKEncodedImageFormat.Jpeg);
    }

    /// <summary>The seven Adam7 passes (PNG specification §8.2), each row with filter 0; empty passes are omitted.</summary>
    private static byte[] Adam7(int width, int height, ReadOnlySpan<byte> samples, int pixelBytes)
    {
        ReadOnlySpan<int> passes = [0, 0, 8, 8, 4, 0, 8, 8, 0, 4, 4, 8, 2, 0, 4, 4, 0, 2, 2, 4, 1, 0, 2, 2, 0, 1, 1, 2];
        var raw = new List<byte>();
        for (int p = 0; p < passes.Length; p += 4)
        {
            int x0 = passes[p], y0 = passes[p + 1], dx = passes[p + 2], dy = passes[p + 3];
            int passWidth = width > x0 ? (width - x0 + dx - 1) / dx : 0;
            if (passWidth == 0)
            {
                continue;
            }

            for (int y = y0; y < height; y += dy)
            {
                raw.Add(0);
                for (int x = x0; x < width; x += dx)
                {
                    raw.AddRange(samples.Slice(((y * width) + x) * pixelBytes, pixelBytes));
                }
            }
        }

        return [.. raw];
    }

    private static byte[] PngWithHeader(int width, int height, byte colourType, byte bitDepth, byte[] idat, bool interlaced = false)
    {
        using var stream = new MemoryStream();
        stream.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = bitDepth;
        header[9] = colourType;
        header[12] = interlaced ? (byte)1 : (byte)0;
        WriteChunk(stream, "IHDR"u8, header);
        WriteChunk(stream, "IDAT"u8, idat);
        WriteChunk(stream, "IEND"u8, []);
        return stream.ToArray();
    }

    private static byte[] Compress(byte[] raw)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(raw);
        }

        return output.ToArray();
    }

    private static void WriteChunk(Stream stream, ReadOnlySpan<byte> type, ReadOnlySpan<byte> data)
    {
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(number, data.Length);
        stream.Write(number);
        stream.Write(type);
        stream.Write(data);
        uint crc = Crc32(Crc32(0xFFFFFFFFu, type), data) ^ 0xFFFFFFFFu;
        BinaryPrimitives.WriteUInt32BigEndian(number, crc);
        stream.Write(number);
    }

    /// <summary>PNG's CRC-32 (ISO 3309, polynomial 0xEDB88320), without the final inversion.</summary>
    private static uint Crc32(uint crc, ReadOnlySpan<byte> data)
    {
        foreach (byte b in data)
        {
            crc = s_crcTable[(crc ^ b) & 0xFF] ^ (crc >> 8);
        }

        return crc;
    }

    private static uint[] BuildCrcTable()
    {
        var table = new uint[256];
        for (uint n = 0; n < 256; n++)
        {
            uint c = n;
            for (int k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }

            table[n] = c;
        }

        return table;
    }

    private static byte[] UncompressedLzw(ReadOnlySpan<byte> indices)
    {
        const int Clear = 4;
        const int End = 5;
        var codes = new List<int>();
        for (int i = 0; i < indices.Length; i++)
        {
            if (i % 2 == 0)
            {
                codes.Add(Clear);
            }

            codes.Add(indices[i]);
        }

        codes.Add(End);
        var bytes = new List<byte>();
        int buffer = 0;
        int bits = 0;
        foreach (int code in codes)
        {
            buffer |= code << bits;
            bits += 3;
            while (bits >= 8)
            {
                bytes.Add((byte)buffer);
                buffer >>= 8;
                bits -= 8;
            }
        }

        if (bits > 0)
        {
            bytes.Add((byte)buffer);
        }

        return [.. bytes];
    }

    private static void WriteUInt16(Stream stream, int value)
    {
        stream.WriteByte((byte)value);
        stream.WriteByte((byte)(value >> 8));
    }
}
