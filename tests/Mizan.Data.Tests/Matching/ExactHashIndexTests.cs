using Mizan.Data.Matching;

namespace Mizan.Data.Tests.Matching;

public sealed class ExactHashIndexTests
{
    private static readonly string s_a = new('a', 32);
    private static readonly string s_b = new('b', 64);

    [Fact]
    public void Lookup_SameHashUnderTwoRowsAndSignals_KeepsThemApart()
    {
        var index = new ExactHashIndex();
        index.Add(1, s_a, 10);
        index.Add(1, s_a, 11);
        index.Add(1, s_a, 11);
        index.Add(2, s_a + s_a, 12);
        var results = new List<long>();

        index.Lookup(1, s_a, results);

        Assert.Equal([10, 11], results);
        Assert.Equal(3, index.Count);
    }

    [Fact]
    public void Remove_OneOfTwoRows_LeavesTheOther()
    {
        var index = new ExactHashIndex();
        index.Add(2, s_b, 1);
        index.Add(2, s_b, 2);

        Assert.True(index.Remove(2, s_b, 1));
        Assert.False(index.Remove(2, s_b, 1));
        var results = new List<long>();
        index.Lookup(2, s_b, results);

        Assert.Equal([2], results);
        Assert.Equal(1, index.Count);
    }
}
