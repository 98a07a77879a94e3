using System.Text;
using Mizan.Core.Hashing;
using Mizan.Core.Imaging;
using Mizan.Core.Tests.TestData;
using SkiaSharp;

namespace Mizan.Core.Tests.Imaging;

public sealed class ImageDecoderTests
{
    /// <summary>A grey level for which the colour formula does not give the level back (it gives 99.00001).</summary>
    private const byte LevelChangedByFormula = 99;

    public static TheoryData<string> ImageSignatures => ["jpeg", "png", "gif87a", "gif89a", "webp", "bmp", "ico", "cur"];

    public static TheoryData<string> NonImages => ["empty", "text", "text starting with BM", "random", "pdf", "zip", "heic", "avif", "two bytes of jpeg"];

    public static TheoryData<string, string> BadInputs => new()
    {
        { "empty", ErrorCodes.UnsupportedImage },
        { "text", ErrorCodes.UnsupportedImage },
        { "random", ErrorCodes.UnsupportedImage },
        { "heic", ErrorCodes.UnsupportedImage },
        { "jpeg cut in half", ErrorCodes.CorruptImage },
        { "jpeg header only", ErrorCodes.CorruptImage },
        { "png cut in half", ErrorCodes.CorruptImage },
        { "png signature only", ErrorCodes.CorruptImage },
        { "gif cut in half", ErrorCodes.CorruptImage },
        { "png declaring 30000x30000", ErrorCodes.ImageTooLarge },
    };

    public static TheoryData<string> DecodedPngs => SharedData.Keys(PdqVectors.DecodedTsv, "path");

    [Theory]
    [MemberData(nameof(DecodedPngs))]
    public void DecodeLuma_DecodedReferencePng_IsGreyExactlyWhenTheReferenceSawOneChannel(string path)
    {
        // The reference saw one channel for grey files and for colour files whose pixels are all grey
        // (modes/1.png.png is stored as RGB with R = G = B).
        var row = SharedData.Row(PdqVectors.DecodedTsv, "path", path);

        LumaImage image = ImageDecoder.DecodeLuma(PdqVectors.Read(path));

        Assert.Equal(row["channels"] == "1", image.IsGreyscale);
        Assert.Equal(int.Parse(row["width"], System.Globalization.CultureInfo.InvariantCulture), image.Width);
        Assert.Equal(int.Parse(row["height"], System.Globalization.CultureInfo.InvariantCulture), image.Height);
    }

    [Theory]
    [MemberData(nameof(ImageSignatures))]
    public void LooksLikeImage_ImageSignature_ReturnsTrue(string format)
    {
        byte[] header = format switch
        {
            "jpeg" => TestImages.Jpeg(16, 16),
            "png" => TestImages.RgbPng(2, 2, (_, _) => (1, 2, 3)),
            "gif87a" => [.. "GIF87a"u8, 1, 0, 1, 0, 0, 0, 0],
            "gif89a" => TestImages.Gif(2, 2, new byte[12], [0, 1, 2, 3]),
            "webp" => WebP(),
            "bmp" => TestImages.Bmp(2, 2, (_, _) => (1, 2, 3)),
            "ico" => TestImages.IcoWithPng(2, 2, TestImages.RgbPng(2, 2, (_, _) => (1, 2, 3))),
            "cur" => [0, 0, 2, 0, 1, 0, 16, 16, 0, 0, 1, 0, 1, 0],
            _ => throw new ArgumentOutOfRangeException(nameof(format)),
        };

        Assert.True(ImageDecoder.LooksLikeImage(header.AsSpan(0, Math.Min(header.Length, ImageDecoder.SniffLength))));
    }

    [Theory]
    [MemberData(nameof(NonImages))]
    public void LooksLikeImage_OtherData_ReturnsFalse(string kind) =>
        Assert.False(ImageDecoder.LooksLikeImage(NonImage(kind)));

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void DecodeLuma_BadInput_ThrowsWithErrorCode(string kind, string errorCode)
    {
        byte[] bytes = BadInput(kind);

        var error = Assert.Throws<MizanException>(() => ImageDecoder.DecodeLuma(bytes));

        Assert.Equal(errorCode, error.ErrorCode);
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
    }

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void PdqImageHasherHash_BadInput_ThrowsWithErrorCode(string kind, string errorCode)
    {
        // The streaming path of the hasher must fail the same way, never hash a partly decoded image.
        byte[] bytes = BadInput(kind);

        Assert.Equal(errorCode, Assert.Throws<MizanException>(() => PdqImageHasher.Hash(bytes)).ErrorCode);
        Assert.Equal(errorCode, Assert.Throws<MizanException>(() => PdqImageHasher.HashDihedral(bytes)).ErrorCode);
    }

    [Fact]
    public void DecodeLuma_DecompressionBomb_RefusedBeforeAllocatingPixels()
    {
        byte[] bomb = TestImages.PngBomb(30_000, 30_000);
        ImageDecoder.DecodeLuma(TestImages.RgbPng(8, 8, (_, _) => (1, 2, 3))); // warm up
        long before = GC.GetAllocatedBytesForCurrentThread();

        var error = Assert.Throws<MizanException>(() => ImageDecoder.DecodeLuma(bomb));

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(ErrorCodes.ImageTooLarge, error.ErrorCode);
        Assert.Contains("30000×30000", error.Message, StringComparison.Ordinal);
        Assert.True(allocated < 256 * 1024, $"Allocated {allocated} bytes while refusing the image.");
    }

    [Theory]
    [InlineData(9_999, true)]
    [InlineData(10_000, false)]
    public void DecodeLuma_MaxPixels_AppliesToWidthTimesHeight(long maxPixels, bool refused)
    {
        byte[] png = TestImages.RgbPng(100, 100, (x, y) => ((byte)x, (byte)y, 0));
        var options = new ImageDecodeOptions { MaxPixels = maxPixels };

        if (refused)
        {
            Assert.Equal(ErrorCodes.ImageTooLarge, Assert.Throws<MizanException>(() => ImageDecoder.DecodeLuma(png, options)).ErrorCode);
        }
        else
        {
            Assert.Equal(100, ImageDecoder.DecodeLuma(png, options).Width);
        }
    }

    [Fact]
    public void DecodeLuma_ColourPng_UsesReferenceFormula()
    {
        (byte, byte, byte)[] colours = [(0, 0, 0), (255, 255, 255), (255, 0, 0), (0, 255, 0), (0, 0, 255), (12, 200, 77), (254, 1, 128)];
        byte[] png = TestImages.RgbPng(colours.Length, 1, (x, _) => colours[x]);

        LumaImage image = ImageDecoder.DecodeLuma(png);

        Assert.False(image.IsGreyscale);
        for (int x = 0; x < colours.Length; x++)
        {
            var (r, g, b) = colours[x];
            Assert.Equal(Formula(r, g, b), image.Luma[x]);
        }
    }

    [Fact]
    public void DecodeLuma_GreyPng_UsesGreyLevelNotFormula()
    {
        Assert.NotEqual((float)LevelChangedByFormula, Formula(LevelChangedByFormula, LevelChangedByFormula, LevelChangedByFormula));
        byte[] levels = [0, 1, LevelChangedByFormula, 128, 255];
        byte[] png = TestImages.Png(levels.Length, 1, TestImages.PngGrey, 8, levels);

        LumaImage image = ImageDecoder.DecodeLuma(png);

        Assert.True(image.IsGreyscale);
        Assert.Equal(levels.Select(v => (float)v), image.Luma);
    }

    [Fact]
    public void DecodeLuma_GreyAlphaPng_UsesGreyLevelIgnoringAlpha()
    {
        // Skia reports grey+alpha as BGRA; the decoder reads the PNG header to know it is grey.
        byte[] samples = [LevelChangedByFormula, 255, 50, 0, 200, 128, 7, 1];
        byte[] png = TestImages.Png(4, 1, TestImages.PngGreyAlpha, 8, samples);

        LumaImage image = ImageDecoder.DecodeLuma(png);

        Assert.True(image.IsGreyscale);
        Assert.Equal(new float[] { LevelChangedByFormula, 50, 200, 7 }, image.Luma);
    }

    [Fact]
    public void DecodeLuma_SixteenBitGreyPng_KeepsHighByte()
    {
        // 0x12FF → 0x12 (not rounded up to 0x13), 0xAB00 → 0xAB, 0xFFFF → 0xFF, 0x00FF → 0 (the low byte is dropped).
        byte[] samples = [0x12, 0xFF, 0xAB, 0x00, 0xFF, 0xFF, 0x00, 0xFF];
        byte[] png = TestImages.Png(4, 1, TestImages.PngGrey, 16, samples);

        LumaImage image = ImageDecoder.DecodeLuma(png);

        Assert.Equal(new float[] { 0x12, 0xAB, 0xFF, 0 }, image.Luma);
    }

    [Fact]
    public void DecodeLuma_SixteenBitRgbPng_KeepsHighByteOfEachChannel()
    {
        byte[] samples = [0x12, 0xFF, 0xAB, 0x00, 0x40, 0x80];
        byte[] png = TestImages.Png(1, 1, TestImages.PngRgb, 16, samples);

        LumaImage image = ImageDecoder.DecodeLuma(png);

        Assert.Equal(Formula(0x12, 0xAB, 0x40), Assert.Single(image.Luma));
    }

    [Fact]
    public void DecodeLuma_TransparentPixels_UseStoredColourWithoutCompositing()
    {
        // The reference drops alpha: a fully transparent pixel still counts with its stored RGB.
        byte[] samples = [200, 100, 50, 0, 10, 20, 30, 128, 1, 2, 3, 255];
        byte[] png = TestImages.Png(3, 1, TestImages.PngRgba, 8, samples);

        LumaImage image = ImageDecoder.DecodeLuma(png);

        Assert.Equal(new[] { Formula(200, 100, 50), Formula(10, 20, 30), Formula(1, 2, 3) }, image.Luma);
    }

    [Fact]
    public void DecodeLuma_ColourFileWithOnlyGreyPixels_UsesGreyLevels()
    {
        // As ImageMagick does for the reference: a colour file whose pixels are all grey is hashed as grey.
        byte[] png = TestImages.RgbPng(300, 300, (x, y) => { byte v = (byte)(x + y); return (v, v, v); });

        LumaImage image = ImageDecoder.DecodeLuma(png);

        Assert.True(image.IsGreyscale);
        Assert.Equal((float)((17 + 250) & 0xFF), image.Luma[(250 * 300) + 17]);
    }

    [Fact]
    public void DecodeLuma_GreyRowsThenColour_EveryRowUsesFormula()
    {
        // Letterboxing: grey rows first (held back across several strips), then colour.
        const int Size = 300;
        byte[] png = TestImages.RgbPng(Size, Size, (_, y) => y < Size - 1 ? (LevelChangedByFormula, LevelChangedByFormula, LevelChangedByFormula) : ((byte)10, (byte)20, (byte)30));

        LumaImage image = ImageDecoder.DecodeLuma(png);

        Assert.False(image.IsGreyscale);
        float grey = Formula(LevelChangedByFormula, LevelChangedByFormula, LevelChangedByFormula);
        Assert.All(image.Luma.AsSpan(0, (Size - 1) * Size).ToArray(), v => Assert.Equal(grey, v));
        Assert.Equal(Formula(10, 20, 30), image.Luma[^1]);
    }

    [Fact]
    public void DecodeLuma_InterlacedPng_SameAsNonInterlaced()
    {
        const int Width = 37;
        const int Height = 29;
        byte[] samples = new byte[Width * Height * 3];
        new Random(3).NextBytes(samples);

        LumaImage plain = ImageDecoder.DecodeLuma(TestImages.Png(Width, Height, TestImages.PngRgb, 8, samples));
        LumaImage interlaced = ImageDecoder.DecodeLuma(TestImages.Png(Width, Height, TestImages.PngRgb, 8, samples, interlaced: true));

        Assert.Equal(Formula(samples[0], samples[1], samples[2]), plain.Luma[0]);
        Assert.Equal(plain.Luma, interlaced.Luma);
    }

    [Fact]
    public void DecodeLuma_Jpeg_DecodesWithSize()
    {
        LumaImage image = ImageDecoder.DecodeLuma(TestImages.Jpeg(97, 61));

        Assert.Equal(97, image.Width);
        Assert.Equal(61, image.Height);
        Assert.Equal(97 * 61, image.Luma.Length);
        Assert.False(image.IsGreyscale);
    }

    [Fact]
    public void DecodeLuma_JpegWithExifRotation_IgnoresOrientation()
    {
        // Like the reference and python-threatexchange: pixels as stored, EXIF orientation 6 (rotate 90°) ignored.
        byte[] plain = TestImages.Jpeg(40, 20);
        byte[] app1 =
        [
            0xFF, 0xE1, 0, 34, .. "Exif"u8, 0, 0,
            .. "MM"u8, 0, 42, 0, 0, 0, 8,        // big-endian TIFF header, IFD0 at offset 8
            0, 1,                                 // one entry
            0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, 6, 0, 0, // Orientation (SHORT) = 6
            0, 0, 0, 0,                           // no next IFD
        ];
        byte[] rotated = [.. plain[..2], .. app1, .. plain[2..]];
        using (var codec = SKCodec.Create(new SKMemoryStream(rotated)))
        {
            Assert.Equal(SKEncodedOrigin.RightTop, codec.EncodedOrigin);
        }

        LumaImage image = ImageDecoder.DecodeLuma(rotated);

        Assert.Equal(40, image.Width);
        Assert.Equal(20, image.Height);
        Assert.Equal(ImageDecoder.DecodeLuma(plain).Luma, image.Luma);
    }

    [Fact]
    public void DecodeLuma_GreyJpeg_UsesGreyLevels()
    {
        using var bitmap = new SKBitmap(new SKImageInfo(32, 24, SKColorType.Gray8, SKAlphaType.Opaque));
        bitmap.GetPixelSpan().Fill(LevelChangedByFormula);
        byte[] jpeg = TestImages.Encode(bitmap, SKEncodedImageFormat.Jpeg, 100);

        LumaImage image = ImageDecoder.DecodeLuma(jpeg);

        Assert.True(image.IsGreyscale);
        Assert.All(image.Luma, v => Assert.Equal(LevelChangedByFormula, v));
    }

    [Fact]
    public void DecodeLuma_LosslessWebP_MatchesSourcePixels()
    {
        using var bitmap = TestImages.Picture(40, 30);
        byte[] webp = TestImages.Encode(bitmap, SKEncodedImageFormat.Webp, 100);

        LumaImage image = ImageDecoder.DecodeLuma(webp);

        for (int y = 0; y < 30; y += 7)
        {
            for (int x = 0; x < 40; x += 5)
            {
                SKColor c = bitmap.GetPixel(x, y);
                Assert.Equal(Formula(c.Red, c.Green, c.Blue), image.Luma[(y * 40) + x]);
            }
        }
    }

    [Fact]
    public void DecodeLuma_AnimatedGif_UsesFirstFrame()
    {
        byte[] palette = [0, 0, 0, 200, 100, 50, 10, 20, 30, 255, 255, 255];
        byte[] gif = TestImages.Gif(3, 2, palette, [1, 1, 1, 1, 1, 2], [3, 3, 3, 3, 3, 3]);

        LumaImage image = ImageDecoder.DecodeLuma(gif);

        float first = Formula(200, 100, 50);
        Assert.Equal(new[] { first, first, first, first, first, Formula(10, 20, 30) }, image.Luma);
    }

    [Fact]
    public void DecodeLuma_BottomUpBmp_ReturnsRowsTopFirst()
    {
        byte[] bmp = TestImages.Bmp(2, 3, (x, y) => ((byte)(10 * y), (byte)x, 0));

        LumaImage image = ImageDecoder.DecodeLuma(bmp);

        Assert.Equal(new[] { Formula(0, 0, 0), Formula(0, 1, 0), Formula(10, 0, 0), Formula(10, 1, 0), Formula(20, 0, 0), Formula(20, 1, 0) }, image.Luma);
    }

    [Fact]
    public void DecodeLuma_IcoWithPng_Decodes()
    {
        byte[] ico = TestImages.IcoWithPng(4, 4, TestImages.RgbPng(4, 4, (x, y) => ((byte)(x * 50), (byte)(y * 50), 9)));

        LumaImage image = ImageDecoder.DecodeLuma(ico);

        Assert.Equal(4, image.Width);
        Assert.Equal(Formula(150, 100, 9), image.Luma[(2 * 4) + 3]);
    }

    private static float Formula(byte r, byte g, byte b) => (0.299f * r) + (0.587f * g) + (0.114f * b);

    private static byte[] WebP()
    {
        using var bitmap = TestImages.Picture(8, 8);
        return TestImages.Encode(bitmap, SKEncodedImageFormat.Webp, 100);
    }

    private static byte[] NonImage(string kind) => kind switch
    {
        "empty" => [],
        "text" => Encoding.UTF8.GetBytes("This is a plain text file, not a picture.\n"),
        "text starting with BM" => Encoding.UTF8.GetBytes("BMW and other carmakers reported results on Monday.\n"),
        "random" => RandomBytes(4096),
        "pdf" => Encoding.ASCII.GetBytes("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n"),
        "zip" => [0x50, 0x4B, 0x03, 0x04, 20, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0],
        "heic" => [0, 0, 0, 24, .. "ftypheic"u8, 0, 0, 0, 0, .. "mif1heic"u8],
        "avif" => [0, 0, 0, 28, .. "ftypavif"u8, 0, 0, 0, 0, .. "avifmif1"u8],
        "two bytes of jpeg" => [0xFF, 0xD8],
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    private static byte[] BadInput(string kind)
    {
        switch (kind)
        {
            case "empty":
            case "text":
            case "random":
            case "heic":
                return NonImage(kind);
            case "jpeg cut in half":
                byte[] jpeg = TestImages.Jpeg(256, 256);
                return jpeg[..(jpeg.Length / 2)];
            case "jpeg header only":
                return TestImages.Jpeg(256, 256)[..20];
            case "png cut in half":
                byte[] png = TestImages.RgbPng(256, 256, (x, y) => ((byte)(x * y), (byte)(x ^ y), (byte)(x + (3 * y))));
                return png[..(png.Length / 2)];
            case "png signature only":
                return TestImages.RgbPng(4, 4, (_, _) => (1, 2, 3))[..8];
            case "gif cut in half":
                byte[] indices = new byte[64 * 64];
                for (int i = 0; i < indices.Length; i++)
                {
                    indices[i] = (byte)(i % 4);
                }

                byte[] gif = TestImages.Gif(64, 64, new byte[12], indices);
                return gif[..(gif.Length / 2)];
            case "png declaring 30000x30000":
                return TestImages.PngBomb(30_000, 30_000);
            default:
                throw new ArgumentOutOfRangeException(nameof(kind));
        }
    }

    private static byte[] RandomBytes(int length)
    {
        var bytes = new byte[length];
        new Random(7).NextBytes(bytes);
        bytes[0] = 0x42; // not the start of any signature
        return bytes;
    }
}
