using System.Runtime.InteropServices;
using BenchmarkDotNet.Attributes;
using Mizan.Core.Hashing;
using Mizan.Core.Imaging;
using SkiaSharp;

namespace Mizan.Benchmarks.Hashing;

/// <summary>
/// PDQ of a 1024×768 JPEG at full resolution, end to end and split into decoding and hashing. The picture is the
/// reference's bridge photo (shared/data/pdq/images/pdq/data/bridge-mods/aaa-orig.jpg, found through
/// MIZAN_SHARED_DATA or next to the repository) resized to 1024×768, or a drawn picture when that is absent.
/// Min and median are shown besides the mean because shared build machines are noisy.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
public class PdqHashingBenchmarks
{
    private const int Width = 1024;
    private const int Height = 768;

    private byte[] _jpeg = [];
    private float[] _luma = [];
    private byte[] _pixels = [];
    private GCHandle _jpegHandle;
    private GCHandle _pixelsHandle;
    private string _source = "";

    [GlobalSetup]
    public void Setup()
    {
        using SKBitmap picture = LoadBridge() ?? Draw();
        _jpeg = Encode(picture);
        _luma = ImageDecoder.DecodeLuma(_jpeg).Luma;
        _pixels = new byte[Width * Height * 4];
        _jpegHandle = GCHandle.Alloc(_jpeg, GCHandleType.Pinned);
        _pixelsHandle = GCHandle.Alloc(_pixels, GCHandleType.Pinned);
        Console.WriteLine($"// PDQ benchmark input: {_source}, {_jpeg.Length} bytes, {PdqImageHasher.Hash(_jpeg)}");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _jpegHandle.Free();
        _pixelsHandle.Free();
    }

    /// <summary>Decode, luma and hash: what a caller pays per image.</summary>
    [Benchmark(Baseline = true)]
    public PdqResult Hash() => PdqImageHasher.Hash(_jpeg);

    /// <summary>The same with all eight rotations and mirrors (one DCT, eight thresholds).</summary>
    [Benchmark]
    public PdqDihedralResult HashDihedral() => PdqImageHasher.HashDihedral(_jpeg);

    /// <summary>Skia's JPEG decoder alone, into a reused BGRA buffer.</summary>
    [Benchmark]
    public SKCodecResult DecodeSkiaOnly()
    {
        using var data = SKData.Create(_jpegHandle.AddrOfPinnedObject(), _jpeg.Length);
        using var codec = SKCodec.Create(data);
        var info = new SKImageInfo(Width, Height, SKColorType.Bgra8888, SKAlphaType.Unpremul);
        return codec.GetPixels(info, _pixelsHandle.AddrOfPinnedObject());
    }

    /// <summary>Decoding to a new float luma array (the public <see cref="ImageDecoder.DecodeLuma"/>).</summary>
    [Benchmark]
    public LumaImage DecodeLuma() => ImageDecoder.DecodeLuma(_jpeg);

    /// <summary>Hashing luma that is already decoded: filter, decimation, quality, DCT, threshold.</summary>
    [Benchmark]
    public PdqResult HashFromLuma() => PdqHasher.ComputeFromLuma(_luma, Width, Height);

    private SKBitmap? LoadBridge()
    {
        string? data = SharedDataRoot();
        string path = data is null ? "" : Path.Combine(data, "pdq", "images", "pdq", "data", "bridge-mods", "aaa-orig.jpg");
        if (!File.Exists(path))
        {
            return null;
        }

        using SKBitmap original = SKBitmap.Decode(path);
        _source = "aaa-orig.jpg resized to 1024×768";
        return original.Resize(
            new SKImageInfo(Width, Height, SKColorType.Bgra8888, SKAlphaType.Opaque),
            new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear));
    }

    private SKBitmap Draw()
    {
        // Gradients, soft shapes and grain: enough texture for the JPEG to be typical of a photo.
        _source = "a drawn 1024×768 picture (shared data not found)";
        var bitmap = new SKBitmap(new SKImageInfo(Width, Height, SKColorType.Bgra8888, SKAlphaType.Opaque));
        using var canvas = new SKCanvas(bitmap);
        using (var shader = SKShader.CreateLinearGradient(
            new SKPoint(0, 0), new SKPoint(Width, Height), [SKColors.SkyBlue, SKColors.Khaki, SKColors.DarkOliveGreen], SKShaderTileMode.Clamp))
        using (var sky = new SKPaint { Shader = shader })
        {
            canvas.DrawRect(0, 0, Width, Height, sky);
        }

        var random = new Random(2024);
        using var paint = new SKPaint { IsAntialias = true };
        for (int i = 0; i < 150; i++)
        {
            paint.Color = new SKColor((byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(60, 220));
            canvas.DrawCircle(random.Next(Width), random.Next(Height), random.Next(5, 120), paint);
        }

        canvas.Flush();
        Span<byte> pixels = bitmap.GetPixelSpan();
        for (int i = 0; i < pixels.Length; i += 4)
        {
            int grain = random.Next(-12, 13);
            for (int c = 0; c < 3; c++)
            {
                pixels[i + c] = (byte)Math.Clamp(pixels[i + c] + grain, 0, 255);
            }
        }

        return bitmap;
    }

    private static byte[] Encode(SKBitmap bitmap)
    {
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Jpeg, 90);
        return data.ToArray();
    }

    /// <summary>MIZAN_SHARED_DATA, or ../shared/data next to the folder holding Mizan.slnx.</summary>
    private static string? SharedDataRoot()
    {
        string? fromEnvironment = Environment.GetEnvironmentVariable("MIZAN_SHARED_DATA");
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return fromEnvironment;
        }

        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Mizan.slnx")))
            {
                return Path.GetFullPath(Path.Combine(directory.FullName, "..", "shared", "data"));
            }
        }

        return null;
    }
}
