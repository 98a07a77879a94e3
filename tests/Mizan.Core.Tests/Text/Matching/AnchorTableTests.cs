using Mizan.Core.Text.Matching;

namespace Mizan.Core.Tests.Text.Matching;

public sealed class AnchorTableTests
{
    [Fact]
    public void Add_PostsTheWordsFewestItemsContain_NotTheWordsWithTheShortestAnchorLists()
    {
        // Word hashes stand in for words. 100 items hold the common words 1-6 and longer words of their own, which
        // become their anchors, so the common words have no postings; two items hold only the words 11-16.
        var table = new AnchorTable();
        for (int slot = 0; slot < 100; slot++)
        {
            (uint, int)[] words = [.. Enumerable.Range(1, 6).Select(w => ((uint)w, 3)), .. Enumerable.Range(0, 6).Select(k => ((uint)(1000 + (slot * 6) + k), 5))];
            table.Add(slot, words);
        }

        (uint, int)[] uncommon = [.. Enumerable.Range(11, 6).Select(w => ((uint)w, 3))];
        table.Add(100, uncommon);
        table.Add(101, uncommon);

        // An item with both: the words 11-16 are in 2 items, 1-6 in 100, although nothing was anchored on 1-6 yet.
        table.Add(102, [.. Enumerable.Range(1, 6).Select(w => ((uint)w, 3)), .. uncommon]);

        for (uint common = 1; common <= 6; common++)
        {
            Assert.True(table.Lookup(common).IsEmpty);
        }

        foreach ((uint word, _) in uncommon)
        {
            Assert.Equal([100, 101, 102], table.Lookup(word).ToArray());
        }
    }

    [Fact]
    public void Add_WhenEveryWordIsNew_PrefersLongerWords()
    {
        var table = new AnchorTable();
        (uint, int)[] words = [.. Enumerable.Range(1, 8).Select(i => ((uint)i, i))];

        Assert.Equal(AnchorTable.AnchorsPerItem, table.Add(0, words));

        Assert.True(table.Lookup(1).IsEmpty);
        Assert.True(table.Lookup(2).IsEmpty);
        Assert.Equal([0], table.Lookup(8).ToArray());
    }
}
