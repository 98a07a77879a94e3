using System.Buffers.Binary;
using System.Text;
using SkiaSharp;

namespace Mizan.Tests.Shared;

/// <summary>
/// Synthetic test images drawn in code (benign shapes and gradients), so no binary fixtures are committed.
/// </summary>
internal static class TestImages
{
    /// <summary>A picture with enough structure for a high PDQ quality: a gradient and seeded random shapes.</summary>
    public static SKBitmap Draw(int width, int height, int seed)
    {
        var random = new Random(seed);
        var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        using var canvas = new SKCanvas(bitmap);
        using (var shader = SKShader.CreateLinearGradient(
            new SKPoint(0, 0), new SKPoint(width, height),
            [RandomColor(random), RandomColor(random), RandomColor(random)], SKShaderTileMode.Clamp))
        using (var paint = new SKPaint { Shader = shader })
        {
            canvas.DrawRect(0, 0, width, height, paint);
        }

        using var fill = new SKPaint { IsAntialias = true };
        for (int i = 0; i < 40; i++)
        {
            fill.Color = RandomColor(random);
            float x = random.Next(width), y = random.Next(height);
            float r = random.Next(Math.Max(4, width / 20), Math.Max(8, width / 4));
            if (random.Next(2) == 0)
            {
                canvas.DrawCircle(x, y, r, fill);
            }
            else
            {
                canvas.DrawRect(x - r, y - (r / 2), r * 1.5f, r, fill);
            }
        }

        return bitmap;
    }

    public static byte[] Jpeg(int width, int height, int seed, int quality = 90)
    {
        using var bitmap = Draw(width, height, seed);
        return Encode(bitmap, SKEncodedImageFormat.Jpeg, quality);
    }

    public static byte[] Png(int width, int height, int seed)
    {
        using var bitmap = Draw(width, height, seed);
        return Encode(bitmap, SKEncodedImageFormat.Png, 100);
    }

    /// <summary>Decodes an image and re-encodes it as JPEG at another quality (a typical re-upload).</summary>
    public static byte[] Reencode(byte[] image, int quality)
    {
        using var bitmap = SKBitmap.Decode(image);
        return Encode(bitmap, SKEncodedImageFormat.Jpeg, quality);
    }

    /// <summary>The image turned 90° counter-clockwise, as PNG.</summary>
    public static byte[] Rotate90CounterClockwise(byte[] image)
    {
        using var source = SKBitmap.Decode(image);
        using var rotated = new SKBitmap(new SKImageInfo(source.Height, source.Width, SKColorType.Rgba8888, SKAlphaType.Opaque));
        using (var canvas = new SKCanvas(rotated))
        {
            canvas.Translate(0, source.Width);
            canvas.RotateDegrees(-90);
            canvas.DrawBitmap(source, 0, 0);
        }

        return Encode(rotated, SKEncodedImageFormat.Png, 100);
    }

    /// <summary>A uniform grey image: PDQ quality 0.</summary>
    public static byte[] Flat(int width, int height)
    {
        using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        bitmap.Erase(new SKColor(128, 128, 128));
        return Encode(bitmap, SKEncodedImageFormat.Png, 100);
    }

    /// <summary>
    /// A decompression bomb: a valid PNG signature and header declaring <paramref name="width"/> ×
    /// <paramref name="height"/> pixels, followed by a tiny compressed body. A safe decoder refuses it from the
    /// header alone.
    /// </summary>
    public static byte[] PngBomb(int width, int height)
    {
        using var output = new MemoryStream();
        output.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        Span<byte> ihdr = stackalloc byte[13];
        BinaryPrimitives.WriteInt32BigEndian(ihdr, width);
        BinaryPrimitives.WriteInt32BigEndian(ihdr[4..], height);
        ihdr[8] = 8; // bit depth
        ihdr[9] = 2; // colour type RGB
        WriteChunk(output, "IHDR", ihdr);
        // A zlib stream of a few zero bytes: far too short for the declared size.
        WriteChunk(output, "IDAT", [0x78, 0x9C, 0x63, 0x00, 0x00, 0x00, 0x01, 0x00, 0x01]);
        WriteChunk(output, "IEND", []);
        return output.ToArray();
    }

    public static byte[] Truncate(byte[] data, double fraction) => data.AsSpan(0, (int)(data.Length * fraction)).ToArray();

    private static byte[] Encode(SKBitmap bitmap, SKEncodedImageFormat format, int quality)
    {
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(format, quality);
        return data.ToArray();
    }

    private static SKColor RandomColor(Random random) =>
        new((byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256));

    private static void WriteChunk(Stream output, string type, ReadOnlySpan<byte> data)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        output.Write(length);
        byte[] typeBytes = Encoding.ASCII.GetBytes(type);
        output.Write(typeBytes);
        output.Write(data);
        uint crc = Crc32(typeBytes, data);
        Span<byte> crcBytes = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crcBytes, crc);
        output.Write(crcBytes);
    }

    // CRC-32 (ISO-HDLC, polynomial 0xEDB88320) as PNG chunks require (PNG spec, section 5.5).
    private static uint Crc32(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b)
    {
        uint crc = 0xFFFFFFFF;
        foreach (byte x in a)
        {
            crc = Step(crc, x);
        }

        foreach (byte x in b)
        {
            crc = Step(crc, x);
        }

        return ~crc;

        static uint Step(uint crc, byte x)
        {
            crc ^= x;
            for (int k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320 : crc >> 1;
            }

            return crc;
        }
    }
}
