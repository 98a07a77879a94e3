using Mizan.Core.Imaging;

namespace Mizan.Core.Tests.Imaging;

public sealed class ImageDecodeOptionsTests
{
    [Fact]
    public void MaxPixels_Default_IsOneHundredMillion() => Assert.Equal(100_000_000, new ImageDecodeOptions().MaxPixels);

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void MaxPixels_NotPositive_Throws(long maxPixels) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new ImageDecodeOptions { MaxPixels = maxPixels });
}
