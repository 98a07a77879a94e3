using Mizan.Core.Text.Matching;

namespace Mizan.Core.Tests.Text.Matching;

public sealed class AnchorTableTests
{
    [Fact]
    public void Add_ChoosesTheWordsFewestItemsContain_NotTheWordsWithTheShortestAnchorLists()
    {
        // Word hashes stand in for words. 100 items hold the common words 1-6 and longer words of their own, which
        // become their anchors, so nothing is posted under the common words; two items hold only the words 11-16.
        var table = new AnchorTable();
        for (int slot = 0; slot < 100; slot++)
        {
            (uint, int)[] words = [.. Enumerable.Range(1, 6).Select(w => ((uint)w, 3)), .. Enumerable.Range(0, 6).Select(k => ((uint)(1000 + (slot * 6) + k), 5))];
            table.Add(slot, words);
        }

        (uint, int)[] uncommon = [.. Enumerable.Range(11, 6).Select(w => ((uint)w, 3))];
        table.Add(100, uncommon);
        table.Add(101, uncommon);

        // An item with both: the words 11-16 are in 2 items, 1-6 in 100, although nothing was posted under 1-6 yet.
        Assert.Equal(6, table.Add(102, [.. Enumerable.Range(1, 6).Select(w => ((uint)w, 3)), .. uncommon]));

        for (uint common = 1; common <= 6; common++)
        {
            Assert.True(table.Lookup(common).IsEmpty);
        }

        AnchorPosting posting = Assert.Single(table.Lookup(11).ToArray(), p => p.Slot == 102);
        Assert.Equal(Fingerprints(11, 12, 13, 14, 15, 16), Anchors(posting).Order().ToArray());
        Assert.Equal([100, 101, 102], table.Lookup(11).ToArray().Select(p => p.Slot));
    }

    [Fact]
    public void Add_WhenEveryWordIsNew_PrefersLongerWords()
    {
        var table = new AnchorTable();
        (uint, int)[] words = [.. Enumerable.Range(1, 8).Select(i => ((uint)i, i))];

        Assert.Equal(AnchorTable.AnchorsPerItem, table.Add(0, words));

        AnchorPosting posting = Assert.Single(table.Lookup(8).ToArray());
        Assert.Equal(Fingerprints(3, 4, 5, 6, 7, 8), Anchors(posting).Order().ToArray());
        Assert.True(table.Lookup(1).IsEmpty);
        Assert.True(table.Lookup(2).IsEmpty);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(9)]
    public void EveryQueryHoldingEnoughAnchors_ReadsThePosting_AndCountsThemAsEnough(int wordCount)
    {
        var table = new AnchorTable();
        (uint, int)[] words = [.. Enumerable.Range(1, wordCount).Select(i => ((uint)(i * 7919), 4))];
        int count = table.Add(0, words);
        Assert.Equal(Math.Min(wordCount, AnchorTable.AnchorsPerItem), count);
        ushort[] anchors = Anchors(words.Select(w => table.Lookup(w.Item1).ToArray()).First(p => p.Length > 0)[0]);
        Assert.Equal(count, anchors.Length);

        // Every subset of the item's words as a query: it reads a posting of the item that counts as enough exactly
        // when it holds Needed(count) of the anchors (the item is posted under count - Needed + 1 of them).
        var bits = new WordBits();
        for (int mask = 1; mask < 1 << wordCount; mask++)
        {
            uint[] query = [.. words.Where((_, i) => (mask & (1 << i)) != 0).Select(w => w.Item1)];
            bits.Build(query);
            bool enough = anchors.Count(a => query.Select(AnchorTable.Fingerprint).Contains(a)) >= AnchorTable.Needed(count);
            bool found = query.SelectMany(w => table.Lookup(w).ToArray()).Any(p => p.Holds(bits, AnchorTable.Needed(p.Count)));
            Assert.Equal(enough, found);
        }
    }

    [Fact]
    public void Add_AnItemWithoutWords_PostsNothing()
    {
        var table = new AnchorTable();
        Assert.Equal(0, table.Add(0, []));
        Assert.Equal(1, table.Add(1, [(5u, 3)]));
        Assert.Equal([1], table.Lookup(5).ToArray().Select(p => p.Slot));
    }

    [Fact]
    public void Posting_KeepsSlotAndCountApart()
    {
        var posting = new AnchorPosting { Slot = (1 << 29) - 1, Count = 6 };
        Assert.Equal((1 << 29) - 1, posting.Slot);
        Assert.Equal(6, posting.Count);
        posting.Slot = 12345;
        Assert.Equal(12345, posting.Slot);
        Assert.Equal(6, posting.Count);
        Assert.Equal(16, System.Runtime.CompilerServices.Unsafe.SizeOf<AnchorPosting>());
    }

    private static ushort[] Anchors(AnchorPosting posting) => [.. ((ReadOnlySpan<ushort>)posting.Words)[..posting.Count]];

    private static ushort[] Fingerprints(params uint[] words) => [.. words.Select(AnchorTable.Fingerprint).Order()];
}
