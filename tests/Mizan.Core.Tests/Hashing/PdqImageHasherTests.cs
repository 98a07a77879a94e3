using System.Globalization;
using Mizan.Core.Hashing;
using Mizan.Core.Imaging;
using Mizan.Core.Tests.TestData;
using SkiaSharp;
using static Mizan.Core.Tests.TestData.PdqVectors;

namespace Mizan.Core.Tests.Hashing;

/// <summary>
/// PDQ of encoded files against the C++ reference. The original files go through Skia's decoders rather than the
/// reference's ImageMagick, so a few bits may differ: the reference README asks new implementations for distance
/// ≤ 10 at quality ≥ 80, which is the tolerance here (qualities within 5). I16.png is exempt (16-bit samples).
/// </summary>
public sealed class PdqImageHasherTests
{
    private const int Tolerance = 10;
    private const int QualityTolerance = 5;

    public static TheoryData<string> DecodedPngs => SharedData.Keys(DecodedTsv, "path");

    public static TheoryData<string> Originals => SharedData.Keys(FullTsv, "path");

    public static TheoryData<string> DihedralImages => SharedData.Keys(DihedralTsv, "path", r => r["mode"] == "full");

    [Theory]
    [MemberData(nameof(Originals))]
    public void Hash_OriginalImage_WithinTenBitsOfReference(string path)
    {
        var expected = SharedData.Row(FullTsv, "path", path);
        if (path == SixteenBitImage)
        {
            Assert.Skip(SixteenBitReason);
        }

        PdqResult result = PdqImageHasher.Hash(Read(path));

        int distance = PdqHash.Parse(expected["hash"]).DistanceTo(result.Hash);
        Assert.True(distance <= Tolerance, $"{distance} bits from the reference ({expected["hash"]} vs {result.Hash}).");
        int quality = int.Parse(expected["quality"], CultureInfo.InvariantCulture);
        Assert.InRange(result.Quality, quality - QualityTolerance, quality + QualityTolerance);
    }

    [Theory]
    [MemberData(nameof(Originals))]
    public void HashSquashed_OriginalImage_WithinTenBitsOfReferenceTool(string path)
    {
        var expected = SharedData.Row(ToolTsv, "path", path);
        if (path == SixteenBitImage)
        {
            Assert.Skip(SixteenBitReason);
        }

        PdqResult result = PdqImageHasher.Hash(Read(path), null, PdqResizeMode.Squash512);

        int distance = PdqHash.Parse(expected["hash"]).DistanceTo(result.Hash);
        Assert.True(distance <= Tolerance, $"{distance} bits from the reference tool ({expected["hash"]} vs {result.Hash}).");
    }

    [Fact]
    public void Hash_AllOriginalImages_ReportsDistanceDistribution()
    {
        SharedData.RequirePdq();
        var output = TestContext.Current.TestOutputHelper;
        var histogram = new SortedDictionary<int, int>();
        var lines = new List<string>();
        int worst = 0;
        foreach (var row in SharedData.ReadPdqTsv(FullTsv))
        {
            string path = row["path"];
            PdqResult result = PdqImageHasher.Hash(Read(path));
            int distance = PdqHash.Parse(row["hash"]).DistanceTo(result.Hash);
            lines.Add($"{distance,4}  quality {result.Quality,3} (reference {row["quality"],3})  {path}");
            if (path == SixteenBitImage)
            {
                continue;
            }

            histogram[distance] = histogram.GetValueOrDefault(distance) + 1;
            worst = Math.Max(worst, distance);
        }

        output?.WriteLine("Bits from expected_full_resolution.tsv (I16.png left out: 16-bit, see ImageDecoder):");
        foreach (var (distance, count) in histogram)
        {
            output?.WriteLine($"  {distance,3} bits: {count} images");
        }

        foreach (string line in lines)
        {
            output?.WriteLine(line);
        }

        Assert.True(worst <= Tolerance, $"Worst distance {worst} bits.");
    }

    [Theory]
    [MemberData(nameof(DihedralImages))]
    public void HashDihedral_ReferenceImage_MatchesAllEightHashes(string path)
    {
        // Exact from the decoded PNG of the same pixels when there is one, else within tolerance of the original.
        var expected = SharedData.Row(DihedralTsv, "path", path, r => r["mode"] == "full");
        string? decodedPng = DecodedPngFor(path);
        if (decodedPng is null && path == SixteenBitImage)
        {
            Assert.Skip(SixteenBitReason);
        }

        PdqDihedralResult result = PdqImageHasher.HashDihedral(Read(decodedPng ?? path));

        int allowed = decodedPng is null ? Tolerance : 0;
        for (int t = 0; t < TransformColumns.Length; t++)
        {
            int distance = PdqHash.Parse(expected[TransformColumns[t]]).DistanceTo(result[(PdqTransform)t]);
            Assert.True(distance <= allowed, $"{(PdqTransform)t} of {decodedPng ?? path}: {distance} bits from the reference.");
        }

        int quality = int.Parse(expected["quality"], CultureInfo.InvariantCulture);
        Assert.InRange(result.Quality, quality - (allowed == 0 ? 0 : QualityTolerance), quality + (allowed == 0 ? 0 : QualityTolerance));
    }

    [Theory]
    [MemberData(nameof(DecodedPngs))]
    public void Hash_DecodedReferencePng_StreamingEqualsDecodeThenHash(string path)
    {
        // The streaming path (decoder rows straight into the filter) against DecodeLuma + ComputeFromLuma.
        byte[] bytes = Read(path);
        LumaImage image = ImageDecoder.DecodeLuma(bytes);

        Assert.Equal(PdqHasher.ComputeFromLuma(image.Luma, image.Width, image.Height), PdqImageHasher.Hash(bytes));
        Assert.Equal(
            PdqHasher.ComputeDihedralFromLuma(image.Luma, image.Width, image.Height).Hashes.ToArray(),
            PdqImageHasher.HashDihedral(bytes).Hashes.ToArray());
    }

    [Theory]
    [InlineData(640, 480)]
    [InlineData(64, 64)]  // the 64×64 shortcut of the single hash, the filter for the dihedral ones
    [InlineData(5, 900)]
    public void Hash_EncodedPicture_StreamingEqualsDecodeThenHash(int width, int height)
    {
        byte[] jpeg = TestImages.Jpeg(width, height, seed: width + height);
        LumaImage image = ImageDecoder.DecodeLuma(jpeg);

        Assert.Equal(PdqHasher.ComputeFromLuma(image.Luma, width, height), PdqImageHasher.Hash(jpeg));
        Assert.Equal(
            PdqHasher.ComputeDihedralFromLuma(image.Luma, width, height).Hashes.ToArray(),
            PdqImageHasher.HashDihedral(jpeg).Hashes.ToArray());
        Assert.Equal(
            PdqHasher.ComputeFromLuma(image.Luma, width, height, PdqResizeMode.Squash512),
            PdqImageHasher.Hash(jpeg, null, PdqResizeMode.Squash512));
    }

    [Fact]
    public void Hash_ImageUnderFivePixels_ReturnsZeroHashAndQualityZero()
    {
        byte[] png = TestImages.RgbPng(4, 300, (x, y) => ((byte)(x * 60), (byte)y, 7));

        Assert.Equal(default, PdqImageHasher.Hash(png));
        PdqDihedralResult dihedral = PdqImageHasher.HashDihedral(png);
        Assert.Equal(0, dihedral.Quality);
        Assert.All(dihedral.Hashes.ToArray(), h => Assert.Equal(default, h));
    }

    [Fact]
    public void Hash_SolidColourJpeg_HasQualityBelowThreshold()
    {
        using var bitmap = new SKBitmap(new SKImageInfo(320, 240, SKColorType.Bgra8888, SKAlphaType.Opaque));
        bitmap.Erase(new SKColor(30, 120, 200));

        PdqResult result = PdqImageHasher.Hash(TestImages.Encode(bitmap, SKEncodedImageFormat.Jpeg));

        Assert.True(result.Quality < PdqHasher.QualityThreshold, $"Quality {result.Quality}.");
    }

    [Fact]
    public void Hash_ReencodedJpeg_StaysWithinMatchThreshold()
    {
        // The purpose of PDQ: the same picture at another JPEG quality still matches.
        using var bitmap = TestImages.Picture(800, 600, seed: 3);
        PdqResult high = PdqImageHasher.Hash(TestImages.Encode(bitmap, SKEncodedImageFormat.Jpeg, 95));
        PdqResult low = PdqImageHasher.Hash(TestImages.Encode(bitmap, SKEncodedImageFormat.Jpeg, 40));

        Assert.True(high.Quality >= PdqHasher.QualityThreshold);
        Assert.InRange(high.Hash.DistanceTo(low.Hash), 0, PdqHasher.MatchDistanceThreshold);
    }

    [Fact]
    public void Hash_TruncatedProgressiveJpeg_ThrowsCorruptImage()
    {
        // small.jpg is progressive: the decoder needs every scan before the first row comes out.
        byte[] jpeg = Read("images/pdq/data/misc-images/small.jpg");

        var error = Assert.Throws<MizanException>(() => PdqImageHasher.Hash(jpeg.AsSpan(0, jpeg.Length * 4 / 5)));

        Assert.Equal(ErrorCodes.CorruptImage, error.ErrorCode);
    }
}
