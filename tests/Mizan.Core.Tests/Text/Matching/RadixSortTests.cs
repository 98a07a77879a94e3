using Mizan.Core.Text.Matching;

namespace Mizan.Core.Tests.Text.Matching;

public sealed class RadixSortTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(63)]
    [InlineData(64)]
    [InlineData(1000)]
    [InlineData(10_007)]
    public void Sort_RandomKeys_MatchesArraySort(int length)
    {
        var random = new Random(length);
        uint[] keys = new uint[length];
        for (int i = 0; i < length; i++)
        {
            // Some duplicates and extremes.
            keys[i] = (i % 7) switch
            {
                0 => 0,
                1 => uint.MaxValue,
                2 => (uint)random.Next(16),
                _ => (uint)random.NextInt64(0, 1L << 32),
            };
        }

        uint[] expected = (uint[])keys.Clone();
        Array.Sort(expected);

        RadixSort.Sort(keys, new uint[length]);

        Assert.Equal(expected, keys);
    }

    [Fact]
    public void Sort_ScratchTooSmall_Throws()
    {
        Assert.Throws<ArgumentException>(() => RadixSort.Sort(new uint[100], new uint[99]));
    }
}
