using SkiaSharp;

namespace Mizan.Cli;

/// <summary>
/// Benign stand-in pictures for the demo data set: seeded abstract compositions (bands, discs and bars), plainly
/// test data, so a newcomer can see matching work without any real content.
/// </summary>
internal static class DemoImages
{
    public static SKBitmap Compose(int width, int height, int seed)
    {
        var random = new Random(seed);
        var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        using var canvas = new SKCanvas(bitmap);
        using var paint = new SKPaint { IsAntialias = true };
        int bands = 4 + random.Next(5);
        for (int i = 0; i < bands; i++)
        {
            paint.Color = Colour(random);
            canvas.DrawRect(0, i * height / (float)bands, width, height / (float)bands + 1, paint);
        }

        for (int i = 0; i < 25; i++)
        {
            paint.Color = Colour(random).WithAlpha((byte)random.Next(120, 256));
            float x = random.Next(width), y = random.Next(height), size = random.Next(width / 25, width / 5);
            if (i % 3 == 0)
            {
                canvas.DrawRect(x, y, size * 2, size / 3, paint);
            }
            else
            {
                canvas.DrawCircle(x, y, size / 2, paint);
            }
        }

        return bitmap;
    }

    public static byte[] Encode(SKBitmap bitmap, SKEncodedImageFormat format, int quality)
    {
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(format, quality);
        return data.ToArray();
    }

    public static SKBitmap Rotate90(SKBitmap source)
    {
        var rotated = new SKBitmap(new SKImageInfo(source.Height, source.Width, SKColorType.Rgba8888, SKAlphaType.Opaque));
        using var canvas = new SKCanvas(rotated);
        canvas.Translate(source.Height, 0);
        canvas.RotateDegrees(90);
        canvas.DrawBitmap(source, 0, 0);
        return rotated;
    }

    private static SKColor Colour(Random random) => new((byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256));
}
