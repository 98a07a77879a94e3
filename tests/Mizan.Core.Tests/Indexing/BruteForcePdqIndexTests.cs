using Mizan.Core.Hashing;
using Mizan.Core.Indexing;
using static Mizan.Core.Tests.Indexing.PdqTestData;

namespace Mizan.Core.Tests.Indexing;

public sealed class BruteForcePdqIndexTests
{
    [Fact]
    public void Search_KnownHashes_ReturnsThoseWithinDistance()
    {
        PdqHash zero = default;
        PdqHash one = new(0, 0, 0, 1); // distance 1: lowest bit
        PdqHash top = new(1UL << 63, 0, 0, 1); // distance 2: highest and lowest bits
        PdqHash all = new(ulong.MaxValue, ulong.MaxValue, ulong.MaxValue, ulong.MaxValue); // distance 256
        var index = new BruteForcePdqIndex([10, 11, 12, 13], [zero, one, top, all]);

        Assert.Equal([new PdqMatch(10, 0)], Search(index, zero, 0));
        Assert.Equal([new PdqMatch(10, 0), new PdqMatch(11, 1)], Search(index, zero, 1));
        Assert.Equal([new PdqMatch(10, 0), new PdqMatch(11, 1), new PdqMatch(12, 2)], Search(index, zero, 255));
        Assert.Equal(4, Search(index, zero, 256).Count);
        Assert.Equal(4, Search(index, zero, int.MaxValue).Count);
    }

    [Fact]
    public void Search_RandomEntries_MatchesDistanceOverEveryEntry()
    {
        var random = new Random(42);
        PdqHash[] hashes = RandomHashes(random, 3000);
        var index = new BruteForcePdqIndex(SequentialIds(hashes.Length), hashes);
        for (int q = 0; q < 50; q++)
        {
            PdqHash query = FlipBits(hashes[random.Next(hashes.Length)], random.Next(0, 30), random);
            int radius = random.Next(0, 130);
            var expected = new List<PdqMatch>();
            for (int i = 0; i < hashes.Length; i++)
            {
                int distance = PdqHash.Distance(query, hashes[i]);
                if (distance <= radius)
                {
                    expected.Add(new PdqMatch(i + 1, distance));
                }
            }

            Assert.Equal(expected, Sorted(Search(index, query, radius)));
        }
    }

    [Fact]
    public void AddRemove_ReplaceAndRetract_KeepsOneEntryPerId()
    {
        PdqHash a = new(1, 2, 3, 4);
        PdqHash b = new(5, 6, 7, 8);
        var index = new BruteForcePdqIndex();
        index.Add(1, a);
        index.Add(2, a);
        index.Add(1, b);
        Assert.Equal(2, index.Count);
        Assert.Equal([new PdqMatch(2, 0)], Search(index, a, 0));
        Assert.True(index.Remove(2));
        Assert.False(index.Remove(2));
        Assert.Empty(Search(index, a, 0));
        Assert.Equal([new PdqMatch(1, 0)], Search(index, b, 0));
        Assert.Equal(1, index.Count);
    }

    [Fact]
    public void Search_NegativeDistance_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new BruteForcePdqIndex().Search(default, -1, []));

    private static List<PdqMatch> Search(BruteForcePdqIndex index, PdqHash query, int maxDistance)
    {
        var matches = new List<PdqMatch>();
        index.Search(query, maxDistance, matches);
        return matches;
    }
}
