using Mizan.Core.Imaging;

namespace Mizan.Core.Tests.Imaging;

public sealed class LumaConverterTests
{
    [Fact]
    public void Colour_EveryRgbTriple_EqualsScalarReferenceFormula()
    {
        // All 2^24 colours, one row per red level: the vector path must give the scalar float32 result exactly.
        byte[] row = new byte[256 * 256 * 4];
        float[] luma = new float[256 * 256];
        for (int r = 0; r < 256; r++)
        {
            for (int i = 0; i < 256 * 256; i++)
            {
                row[(4 * i) + 0] = (byte)i;          // B
                row[(4 * i) + 1] = (byte)(i >> 8);   // G
                row[(4 * i) + 2] = (byte)r;          // R
                row[(4 * i) + 3] = 255;
            }

            LumaConverter.Colour(row, luma);

            for (int i = 0; i < luma.Length; i++)
            {
                float expected = (0.299f * r) + (0.587f * (i >> 8)) + (0.114f * (i & 0xFF));
                if (BitConverter.SingleToInt32Bits(expected) != BitConverter.SingleToInt32Bits(luma[i]))
                {
                    Assert.Fail($"RGB ({r}, {i >> 8}, {i & 0xFF}): expected {expected:R}, got {luma[i]:R}.");
                }
            }
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(9)]
    [InlineData(33)]
    public void Colour_LengthsOffTheVectorWidth_ConvertsTail(int width)
    {
        byte[] row = new byte[width * 4];
        new Random(width).NextBytes(row);
        float[] luma = new float[width];

        LumaConverter.Colour(row, luma);

        for (int x = 0; x < width; x++)
        {
            Assert.Equal((0.299f * row[(4 * x) + 2]) + (0.587f * row[(4 * x) + 1]) + (0.114f * row[4 * x]), luma[x]);
        }
    }

    [Theory]
    [InlineData(new byte[] { 5, 5, 5, 0, 200, 200, 200, 255 }, true)]
    [InlineData(new byte[] { 5, 5, 5, 0, 200, 200, 201, 255 }, false)] // R differs
    [InlineData(new byte[] { 5, 6, 5, 0 }, false)]                     // G differs
    [InlineData(new byte[] { 4, 5, 5, 0 }, false)]                     // B differs
    [InlineData(new byte[] { 9, 9, 9, 1 }, true)]                      // alpha does not matter
    public void IsGreyRow_BgraPixels_TrueOnlyWhenEveryPixelHasEqualChannels(byte[] bgra, bool grey) =>
        Assert.Equal(grey, LumaConverter.IsGreyRow(bgra));
}
