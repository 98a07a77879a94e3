using System.Globalization;
using Mizan.Core.Hashing;
using Mizan.Core.Imaging;
using Mizan.Core.Tests.TestData;
using static Mizan.Core.Tests.TestData.PdqVectors;

namespace Mizan.Core.Tests.Hashing;

/// <summary>
/// PDQ from luma. The decoded PNGs of <c>shared/data/pdq</c> hold exactly the pixels the C++ reference decoded, so
/// their hashes, qualities and intermediate arrays must match bit for bit.
/// </summary>
public sealed class PdqHasherTests
{
    /// <summary><see cref="ComputeFromLuma_SyntheticPicture_KnownAnswer"/>: the checkerboard dominates the hash.</summary>
    private const string SyntheticHash = "0fffffff0fff0fff0fff0fff0ffff000f000f000f000f000f000f015f000f004";
    private const int SyntheticQuality = 100;

    public static TheoryData<string> DecodedPngs => SharedData.Keys(DecodedTsv, "path");

    public static TheoryData<string> Intermediates
    {
        get
        {
            var data = new TheoryData<string>();
            if (SharedData.PdqRoot is null)
            {
                data.Add(SharedData.Missing);
                return data;
            }

            foreach (string file in Directory.GetFiles(Path.Combine(SharedData.PdqRoot, "intermediates"), "*.64x64.txt").Order(StringComparer.Ordinal))
            {
                data.Add(Path.GetFileName(file)[..^".64x64.txt".Length]);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(DecodedPngs))]
    public void ComputeFromLuma_DecodedReferencePng_MatchesFullResolutionHashExactly(string path)
    {
        var row = SharedData.Row(DecodedTsv, "path", path);
        LumaImage image = ImageDecoder.DecodeLuma(Read(path));

        PdqResult result = PdqHasher.ComputeFromLuma(image.Luma, image.Width, image.Height);

        Assert.Equal(row["full_hash"], result.Hash.ToString());
        Assert.Equal(int.Parse(row["full_quality"], CultureInfo.InvariantCulture), result.Quality);
    }

    [Theory]
    [MemberData(nameof(DecodedPngs))]
    public void ComputeFromLuma_DecodedReferencePngSquashed_MatchesToolHashExactly(string path)
    {
        var row = SharedData.Row(DecodedTsv, "path", path);
        LumaImage image = ImageDecoder.DecodeLuma(Read(path));

        PdqResult result = PdqHasher.ComputeFromLuma(image.Luma, image.Width, image.Height, PdqResizeMode.Squash512);

        Assert.Equal(row["tool_hash"], result.Hash.ToString());
        Assert.Equal(int.Parse(row["tool_quality"], CultureInfo.InvariantCulture), result.Quality);
    }

    [Theory]
    [MemberData(nameof(DecodedPngs))]
    public void ComputeDihedralFromLuma_DecodedReferencePng_MatchesAllEightHashesInBothModes(string path)
    {
        var decoded = SharedData.Row(DecodedTsv, "path", path);
        LumaImage image = ImageDecoder.DecodeLuma(Read(path));

        foreach (var mode in new[] { PdqResizeMode.FullResolution, PdqResizeMode.Squash512 })
        {
            string modeName = mode == PdqResizeMode.FullResolution ? "full" : "tool";
            var expected = SharedData.ReadPdqTsv(DihedralTsv).First(r => r["path"] == decoded["source_image"] && r["mode"] == modeName);

            PdqDihedralResult result = PdqHasher.ComputeDihedralFromLuma(image.Luma, image.Width, image.Height, mode);

            for (int t = 0; t < TransformColumns.Length; t++)
            {
                Assert.True(
                    expected[TransformColumns[t]] == result[(PdqTransform)t].ToString(),
                    $"{modeName} {(PdqTransform)t}: expected {expected[TransformColumns[t]]}, got {result[(PdqTransform)t]}.");
            }

            Assert.Equal(int.Parse(expected["quality"], CultureInfo.InvariantCulture), result.Quality);
        }
    }

    [Theory]
    [MemberData(nameof(Intermediates))]
    public void TryDownsampleAndComputeDct_ReferenceDumps_MatchEveryFloat(string name)
    {
        // intermediates/<image>.<mode>.64x64.txt: the filtered, decimated array; .dct16x16.txt: the DCT output.
        string directory = Path.Combine(SharedData.RequirePdq(), "intermediates");
        string[] parts = name.Split('.');
        string image = string.Join('.', parts[..^1]);
        var mode = parts[^1] == "tool" ? PdqResizeMode.Squash512 : PdqResizeMode.FullResolution;
        string png = SharedData.ReadPdqTsv(DecodedTsv).Single(r => r["path"].EndsWith("/" + image + ".png", StringComparison.Ordinal))["path"];
        string[] cellLines = File.ReadAllLines(Path.Combine(directory, name + ".64x64.txt"));
        float[] expectedCells = ParseFloats(cellLines.Skip(1));
        float[] expectedDct = ParseFloats(File.ReadAllLines(Path.Combine(directory, name + ".dct16x16.txt")));
        int expectedQuality = int.Parse(cellLines[0][(cellLines[0].LastIndexOf('=') + 1)..], CultureInfo.InvariantCulture);
        LumaImage luma = ImageDecoder.DecodeLuma(Read(png));

        float[] cells = new float[64 * 64];
        Assert.True(PdqHasher.TryDownsample(luma.Luma, luma.Width, luma.Height, mode, dihedral: true, cells));
        float[] dct = new float[16 * 16];
        PdqHasher.ComputeDct(cells, dct);

        AssertBitwiseEqual(expectedCells, cells, "64×64");
        AssertBitwiseEqual(expectedDct, dct, "DCT");
        Assert.Equal(expectedQuality, PdqHasher.ComputeQuality(cells));
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(4, 100)] // one side under MIN_HASHABLE_DIM
    [InlineData(100, 4)]
    [InlineData(4, 4)]
    public void ComputeFromLuma_SideUnderFive_ReturnsZeroHashAndQualityZero(int width, int height)
    {
        float[] luma = Gradient(width, height);

        PdqResult result = PdqHasher.ComputeFromLuma(luma, width, height);
        PdqDihedralResult dihedral = PdqHasher.ComputeDihedralFromLuma(luma, width, height);

        Assert.Equal(default, result.Hash);
        Assert.Equal(0, result.Quality);
        Assert.Equal(0, dihedral.Quality);
        Assert.All(dihedral.Hashes.ToArray(), h => Assert.Equal(default, h));
    }

    [Fact]
    public void ComputeFromLuma_FiveByFive_IsHashed()
    {
        // The smallest hashable size: exactly MIN_HASHABLE_DIM on both sides.
        PdqResult result = PdqHasher.ComputeFromLuma(Gradient(5, 5), 5, 5);

        Assert.NotEqual(default, result.Hash);
    }

    [Fact]
    public void ComputeFromLuma_Black_ReturnsZeroHashAndQualityZero()
    {
        // Every coefficient is 0, equal to the median, and the threshold is strict.
        PdqResult result = PdqHasher.ComputeFromLuma(new float[300 * 200], 300, 200);

        Assert.Equal(default, result.Hash);
        Assert.Equal(0, result.Quality);
    }

    [Theory]
    [InlineData(128f)]
    [InlineData(255f)]
    [InlineData(76.245f)] // 0.299f · 255: pure red
    public void ComputeFromLuma_SolidColour_HasQualityZeroAndMatchesReferenceTranscription(float level)
    {
        // A flat image has no gradients; its coefficients are rounding noise, so only the transcription fixes them.
        const int Width = 300;
        const int Height = 200;
        float[] luma = Enumerable.Repeat(level, Width * Height).ToArray();

        PdqResult result = PdqHasher.ComputeFromLuma(luma, Width, Height);

        Assert.Equal(0, result.Quality);
        Assert.Equal(ReferenceTranscription(luma, Width, Height), result);
    }

    [Fact]
    public void ComputeFromLuma_SixtyFourSquare_SkipsFilterLikeReference()
    {
        // pdqFloat256FromFloatLuma hashes a 64×64 input directly; the dihedral entry point filters it anyway.
        float[] luma = Gradient(64, 64);

        Assert.Equal(PdqHasher.FromDownsampled(luma), PdqHasher.ComputeFromLuma(luma, 64, 64));

        float[] filtered = new float[64 * 64];
        PdqJaroszFilter.FilterAndDecimateReference(luma, 64, 64, filtered);
        Assert.Equal(PdqHasher.DihedralFromDownsampled(filtered).Hashes.ToArray(), PdqHasher.ComputeDihedralFromLuma(luma, 64, 64).Hashes.ToArray());
    }

    [Theory]
    [InlineData(200, 150)]
    [InlineData(1024, 768)]
    [InlineData(513, 700)]
    public void ComputeDihedralFromLuma_Original_EqualsComputeFromLuma(int width, int height)
    {
        float[] luma = Gradient(width, height);

        PdqResult single = PdqHasher.ComputeFromLuma(luma, width, height);
        PdqDihedralResult dihedral = PdqHasher.ComputeDihedralFromLuma(luma, width, height);

        Assert.Equal(single.Hash, dihedral.Original);
        Assert.Equal(single.Hash, dihedral[PdqTransform.Original]);
        Assert.Equal(single.Quality, dihedral.Quality);
        Assert.Equal(single, ReferenceTranscription(luma, width, height));
    }

    [Fact]
    public void ComputeFromLuma_SyntheticPicture_KnownAnswer()
    {
        // Regression guard that needs no shared data: a 200×150 picture (windows 2 and 2). The value was produced by
        // this implementation after it had matched every reference vector bit for bit.
        PdqResult result = PdqHasher.ComputeFromLuma(Gradient(200, 150), 200, 150);

        Assert.Equal(SyntheticHash, result.Hash.ToString());
        Assert.Equal(SyntheticQuality, result.Quality);
    }

    [Fact]
    public void ComputeQuality_VerticalStepEdge_CountsOneHundredPerRow()
    {
        // Left half 0, right half 255: 64 horizontal pairs of trunc(255 · 100 / 255) = 100; 6400 / 90 = 71.
        float[] cells = new float[64 * 64];
        for (int i = 0; i < 64; i++)
        {
            cells.AsSpan((i * 64) + 32, 32).Fill(255f);
        }

        Assert.Equal(71, PdqHasher.ComputeQuality(cells));
    }

    [Fact]
    public void ComputeQuality_ManyEdges_CapsAtOneHundred()
    {
        float[] cells = new float[64 * 64];
        for (int k = 0; k < cells.Length; k++)
        {
            cells[k] = ((k / 64) + (k % 64)) % 2 == 0 ? 0f : 255f;
        }

        Assert.Equal(100, PdqHasher.ComputeQuality(cells));
    }

    [Fact]
    public void Threshold_DistinctValues_SetsBitsAboveLowerMedian()
    {
        // B[k] = k: the 128th smallest is 127, so exactly bits 128..255 (the first 32 hex digits) are set.
        float[] dct = Enumerable.Range(0, 256).Select(k => (float)k).ToArray();

        PdqHash hash = PdqHasher.Threshold(dct);

        Assert.Equal(new string('f', 32) + new string('0', 32), hash.ToString());
    }

    [Fact]
    public void Threshold_TiesAtMedian_AreNotSet()
    {
        // 200 equal values include the median: none is strictly greater, only the 56 larger ones are set.
        float[] dct = new float[256];
        dct.AsSpan(0, 200).Fill(1f);
        dct.AsSpan(200).Fill(2f);

        Assert.Equal(56, PdqHasher.Threshold(dct).PopCount);
    }

    [Theory]
    [InlineData(PdqTransform.Rotate90, 3, 4, 4, 3, -1)]   // transpose, negate where the column j is even
    [InlineData(PdqTransform.Rotate180, 3, 4, 3, 4, -1)]  // i + j odd
    [InlineData(PdqTransform.Rotate270, 3, 4, 4, 3, 1)]   // i odd: kept
    [InlineData(PdqTransform.FlipX, 2, 5, 2, 5, -1)]      // i even
    [InlineData(PdqTransform.FlipY, 2, 5, 2, 5, 1)]       // j odd: kept
    [InlineData(PdqTransform.FlipPlus1, 2, 5, 5, 2, 1)]   // plain transpose
    [InlineData(PdqTransform.FlipMinus1, 2, 5, 5, 2, -1)] // transpose, i + j odd
    [InlineData(PdqTransform.Original, 2, 5, 2, 5, 1)]
    public void Transform_Coefficient_MovesAndChangesSignPerTable(PdqTransform transform, int i, int j, int toI, int toJ, int sign)
    {
        float[] dct = new float[256];
        dct[(i * 16) + j] = 7f;
        float[] result = new float[256];

        PdqHasher.Transform(dct, transform, result);

        Assert.Equal(7f * sign, result[(toI * 16) + toJ]);
        Assert.Equal(1, result.Count(v => v != 0));
    }

    [Fact]
    public void ComputeFromLuma_WrongLength_Throws()
    {
        Assert.Throws<ArgumentException>(() => PdqHasher.ComputeFromLuma(new float[99], 10, 10));
        Assert.Throws<ArgumentOutOfRangeException>(() => PdqHasher.ComputeFromLuma(new float[10], -1, -10));
        Assert.Throws<ArgumentOutOfRangeException>(() => PdqHasher.ComputeFromLuma(new float[100], 10, 10, (PdqResizeMode)7));
    }

    [Fact]
    public void Squash_WideImage_TakesNearestSourceColumnAndRepeatsRows()
    {
        // 1024×2 → 512×512: column x takes source column 2x; row y takes source row ⌊y·2/512⌋.
        float[] luma = new float[1024 * 2];
        for (int k = 0; k < luma.Length; k++)
        {
            luma[k] = k;
        }

        float[] squashed = new float[512 * 512];
        PdqHasher.Squash(luma, 1024, 2, squashed);

        Assert.Equal(0f, squashed[0]);
        Assert.Equal(2f * 511, squashed[511]);
        Assert.Equal(2f * 7, squashed[(255 * 512) + 7]);
        Assert.Equal(1024f + (2 * 7), squashed[(256 * 512) + 7]);
    }

    [Fact]
    public void ComputeFromLuma_SquashModeOnSmallImage_SameAsFullResolution()
    {
        // The tool only squashes images with a side over 512.
        float[] luma = Gradient(512, 300);

        Assert.Equal(PdqHasher.ComputeFromLuma(luma, 512, 300), PdqHasher.ComputeFromLuma(luma, 512, 300, PdqResizeMode.Squash512));
    }

    /// <summary>A picture from integer patterns (red ramp, green ramp, blue checkerboard) through the colour formula.</summary>
    private static float[] Gradient(int width, int height)
    {
        float[] luma = new float[width * height];
        for (int y = 0; y < height; y++)
        {
            for (int x = 0; x < width; x++)
            {
                int r = x * 255 / Math.Max(1, width - 1);
                int g = y * 255 / Math.Max(1, height - 1);
                int b = ((x / 16) + (y / 16)) % 2 * 255;
                luma[(y * width) + x] = (0.299f * r) + (0.587f * g) + (0.114f * b);
            }
        }

        return luma;
    }

    private static PdqResult ReferenceTranscription(float[] luma, int width, int height)
    {
        float[] cells = new float[64 * 64];
        PdqJaroszFilter.FilterAndDecimateReference(luma, height, width, cells);
        return PdqHasher.FromDownsampled(cells);
    }

    private static float[] ParseFloats(IEnumerable<string> lines) =>
        lines.SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(v => float.Parse(v, NumberStyles.Float, CultureInfo.InvariantCulture))
            .ToArray();

    private static void AssertBitwiseEqual(float[] expected, float[] actual, string what)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (int k = 0; k < expected.Length; k++)
        {
            if (BitConverter.SingleToInt32Bits(expected[k]) != BitConverter.SingleToInt32Bits(actual[k]))
            {
                Assert.Fail($"{what} [{k}]: expected {expected[k]:R}, got {actual[k]:R}.");
            }
        }
    }
}
