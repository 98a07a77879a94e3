using Mizan.Core.Indexing;

namespace Mizan.Core.Tests.Indexing;

public sealed class IdPositionMapTests
{
    [Fact]
    public void SetRemove_RandomOperations_AgreeWithDictionary()
    {
        var random = new Random(5);
        const int Positions = 3 * PdqIndex.SegmentSize;
        var ids = new long[Positions / PdqIndex.SegmentSize][];
        for (int s = 0; s < ids.Length; s++)
        {
            ids[s] = new long[PdqIndex.SegmentSize];
        }

        var map = new IdPositionMap(0);
        var expected = new Dictionary<long, int>();
        int next = 0;
        for (int step = 0; step < 60_000 && next < Positions; step++)
        {
            // A small id range (including negatives and extremes) forces collisions, replacements and long probe runs.
            long id = random.Next(4) == 0 ? long.MinValue + random.Next(50) : random.Next(-3000, 3000) * 4096L;
            if (random.Next(3) == 0)
            {
                bool had = expected.Remove(id, out int was);
                Assert.Equal(had, map.Remove(id, ids, out int position));
                Assert.Equal(had ? was : -1, position);
            }
            else
            {
                int position = next++;
                ids[position >> PdqIndex.SegmentBits][position & PdqIndex.SegmentMask] = id;
                int previous = map.Set(id, position, ids);
                Assert.Equal(expected.TryGetValue(id, out int old) ? old : -1, previous);
                expected[id] = position;
            }

            Assert.Equal(expected.Count, map.Count);
        }

        foreach ((long id, int position) in expected)
        {
            Assert.True(map.TryGet(id, ids, out int found));
            Assert.Equal(position, found);
        }

        Assert.False(map.TryGet(12345, ids, out _));
    }
}
