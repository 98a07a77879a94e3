using Mizan.Data.Legal.Reports;

namespace Mizan.Data.Tests.Legal.Reports;

public sealed class MedianTests
{
    [Fact]
    public void Of_None_IsNull() => Assert.Null(Median.Of([]));

    [Fact]
    public void Of_One_IsThatValue() => Assert.Equal(42.5, Median.Of([42.5]));

    [Fact]
    public void Of_OddCount_IsTheMiddleValueAfterSorting() => Assert.Equal(30, Median.Of([90, 10, 30, 3600, 20]));

    [Fact]
    public void Of_EvenCount_IsTheMeanOfTheTwoMiddleValues() => Assert.Equal(25, Median.Of([40, 10, 30, 20]));

    [Fact]
    public void Of_EvenCountWithRepeats_AveragesTheMiddlePair() => Assert.Equal(2.5, Median.Of([1, 2, 3, 3]));
}
