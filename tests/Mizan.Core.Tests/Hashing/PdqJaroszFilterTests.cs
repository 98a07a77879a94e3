using Mizan.Core.Hashing;

namespace Mizan.Core.Tests.Hashing;

/// <summary>
/// The streaming filter (row groups, vectorised column passes, skipped unsampled outputs) against the plain
/// transcription of the reference, which is the oracle: results must be identical floats.
/// </summary>
public sealed class PdqJaroszFilterTests
{
    public static TheoryData<int, int> Sizes => new()
    {
        { 5, 5 },       // smallest hashable
        { 7, 300 },     // fewer rows than a group plus window
        { 42, 34 },     // wee.jpg: windows of 1, rows sampled several times
        { 64, 64 },     // identity decimation
        { 63, 65 },
        { 129, 128 },   // window 2 on one axis only
        { 256, 256 },
        { 257, 383 },   // odd windows, remainder rows after the last full group
        { 513, 1 + 512 },
        { 768, 1024 },  // the benchmark size: windows 6 and 8
        { 1004, 1600 }, // the bridge photos: windows 8 and 13
        { 2000, 11 },   // tall and thin
        { 9, 2999 },    // wide and short
    };

    [Theory]
    [MemberData(nameof(Sizes))]
    public void Complete_RandomLuma_EqualsReferenceTranscription(int rows, int cols)
    {
        var random = new Random((rows * 7919) + cols);
        float[] luma = RandomLuma(random, rows * cols);

        float[] expected = new float[64 * 64];
        PdqJaroszFilter.FilterAndDecimateReference(luma, rows, cols, expected);
        float[] actual = new float[64 * 64];
        using (var filter = new PdqJaroszFilter(rows, cols))
        {
            filter.WriteRows(luma, rows);
            filter.Complete(actual);
        }

        AssertBitwiseEqual(expected, actual);
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public void WriteRows_UnevenStrips_SameAsAllAtOnce(int rows, int cols)
    {
        // The decoder hands over strips of any height; grouping must not depend on them.
        var random = new Random(rows + cols);
        float[] luma = RandomLuma(random, rows * cols);
        float[] whole = new float[64 * 64];
        using (var filter = new PdqJaroszFilter(rows, cols))
        {
            filter.WriteRows(luma, rows);
            filter.Complete(whole);
        }

        float[] strips = new float[64 * 64];
        using (var filter = new PdqJaroszFilter(rows, cols))
        {
            int written = 0;
            while (written < rows)
            {
                int count = Math.Min(rows - written, random.Next(1, 11));
                filter.WriteRows(luma.AsSpan(written * cols, count * cols), count);
                written += count;
            }

            filter.Complete(strips);
        }

        AssertBitwiseEqual(whole, strips);
    }

    [Fact]
    public void Box1DReference_EvenAndOddWindows_AveragesClippedWindow()
    {
        // w = 8 covers i-3..i+4, w = 7 covers i-3..i+3; near the ends the mean is over the elements present.
        float[] input = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
        float[] output = new float[input.Length];

        PdqJaroszFilter.Box1DReference(input, output, input.Length, 1, 8);
        Assert.Equal((1f + 2 + 3 + 4 + 5) / 5, output[0]);
        Assert.Equal((3f + 4 + 5 + 6 + 7 + 8 + 9 + 10) / 8, output[5]);
        Assert.Equal((9f + 10 + 11 + 12) / 4, output[11]);

        PdqJaroszFilter.Box1DReference(input, output, input.Length, 1, 7);
        Assert.Equal((1f + 2 + 3 + 4) / 4, output[0]);
        Assert.Equal((3f + 4 + 5 + 6 + 7 + 8 + 9) / 7, output[5]);
        Assert.Equal((9f + 10 + 11 + 12) / 4, output[11]);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(128, 1)]
    [InlineData(129, 2)]
    [InlineData(512, 4)]
    [InlineData(768, 6)]
    [InlineData(1004, 8)]
    [InlineData(1600, 13)]
    public void WindowSize_Dimension_IsCeilingOfDimensionOver128(int dimension, int window) =>
        Assert.Equal(window, PdqJaroszFilter.WindowSize(dimension));

    [Fact]
    public void Complete_TooFewRows_Throws()
    {
        using var filter = new PdqJaroszFilter(10, 10);
        filter.WriteRows(new float[50], 5);
        Assert.Throws<InvalidOperationException>(() => filter.Complete(new float[64 * 64]));
    }

    private static float[] RandomLuma(Random random, int length)
    {
        // Luma as the formula produces it: sums of float products, so the values use their low bits.
        float[] luma = new float[length];
        for (int i = 0; i < luma.Length; i++)
        {
            luma[i] = (0.299f * random.Next(256)) + (0.587f * random.Next(256)) + (0.114f * random.Next(256));
        }

        return luma;
    }

    private static void AssertBitwiseEqual(float[] expected, float[] actual)
    {
        for (int i = 0; i < expected.Length; i++)
        {
            if (BitConverter.SingleToInt32Bits(expected[i]) != BitConverter.SingleToInt32Bits(actual[i]))
            {
                Assert.Fail($"Cell ({i / 64}, {i % 64}): expected {expected[i]:R}, got {actual[i]:R}.");
            }
        }
    }
}
