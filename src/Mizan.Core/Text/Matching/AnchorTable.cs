namespace Mizan.Core.Text.Matching;

/// <summary>
/// Postings from anchor words to the slots of known items, for finding an item contained in a much longer or
/// reordered post (see <see cref="TextIndex"/>). Each item posts the few words of its Skeleton text that the fewest
/// known items contain (document frequency over every word of every item added so far: an inverse-document-frequency
/// choice made as the index grows); a query looks up every word it has, and an item whose anchors are mostly present
/// becomes a candidate for exact verification.
/// </summary>
/// <remarks>Not thread-safe: <see cref="TextIndex"/> guards it with its lock.</remarks>
internal sealed class AnchorTable
{
    /// <summary>Anchors per item.</summary>
    public const int AnchorsPerItem = 6;

    /// <summary>A word posted by more items than this is skipped by queries (too common to say anything).</summary>
    public const int MaxPostings = 20_000;

    private readonly Dictionary<uint, List<int>> _postings = [];

    // Items containing each word, counted over all the words of every item added (not only anchors), so that anchors
    // are the words that are rare in the collection. Ranking by the postings of anchors alone makes every word an
    // anchor of about as many items (the lists even out), and common words then propose many unrelated items.
    private readonly Dictionary<uint, int> _documentFrequency = [];

    /// <summary>Approximate bytes held.</summary>
    public long MemoryBytes { get; private set; }

    /// <summary>Posts the anchors of <paramref name="slot"/> chosen from <paramref name="words"/> (distinct word
    /// hashes with their lengths); returns how many were posted.</summary>
    public int Add(int slot, ReadOnlySpan<(uint Hash, int Length)> words)
    {
        Span<(int Postings, int Length, uint Hash)> ranked = words.Length <= 256
            ? stackalloc (int, int, uint)[words.Length]
            : new (int, int, uint)[words.Length];
        for (int i = 0; i < words.Length; i++)
        {
            ref int frequency = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(
                _documentFrequency, words[i].Hash, out bool exists);
            frequency++;
            if (!exists)
            {
                MemoryBytes += 24;
            }

            ranked[i] = (frequency, -words[i].Length, words[i].Hash); // rarest first, then longest
        }

        ranked.Sort();
        int count = Math.Min(AnchorsPerItem, ranked.Length);
        for (int i = 0; i < count; i++)
        {
            if (!_postings.TryGetValue(ranked[i].Hash, out List<int>? list))
            {
                _postings[ranked[i].Hash] = list = [];
                MemoryBytes += 64;
            }

            list.Add(slot);
            MemoryBytes += sizeof(int);
        }

        return count;
    }

    /// <summary>The slots posted under <paramref name="word"/> (dead slots included), or empty when none or too many.</summary>
    public ReadOnlySpan<int> Lookup(uint word) =>
        _postings.TryGetValue(word, out List<int>? list) && list.Count <= MaxPostings
            ? System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list)
            : [];

    /// <summary>Renumbers slots after compaction (<paramref name="remap"/>: old slot → new slot, −1 dead).</summary>
    public void Compact(int[] remap)
    {
        var empty = new List<uint>();
        long bytes = 0;
        foreach (var (word, list) in _postings)
        {
            int kept = 0;
            for (int i = 0; i < list.Count; i++)
            {
                int slot = list[i] < remap.Length ? remap[list[i]] : -1;
                if (slot >= 0)
                {
                    list[kept++] = slot;
                }
            }

            list.RemoveRange(kept, list.Count - kept);
            if (kept == 0)
            {
                empty.Add(word);
            }
            else
            {
                bytes += 64 + (kept * sizeof(int));
            }
        }

        foreach (uint word in empty)
        {
            _postings.Remove(word);
        }

        MemoryBytes = bytes + (24L * _documentFrequency.Count);
    }
}
