using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Mizan.Core.Text.Matching;

/// <summary>
/// Postings from anchor words to the slots of known items, for finding an item contained in a much longer or
/// reordered post (see <see cref="TextIndex"/>). Each item has as anchors the few words of its Skeleton text that the
/// fewest known items contain (document frequency over every word of every item added so far: an
/// inverse-document-frequency choice made as the index grows). An item is a candidate for exact verification when
/// the query holds <see cref="Needed"/> of its anchors (about half).
/// </summary>
/// <remarks>
/// <para>
/// A query looks up each of its words, and every posting it reads carries the fingerprints of all the item's anchors,
/// which are checked against the query's words in a bitmap that stays in the first-level cache. So a posting costs a
/// sequential read of 16 bytes and a few bit tests, and the count per item never needs an array indexed by slot (a
/// random access per posting into memory the size of the index).
/// </para>
/// <para>
/// An item that needs t of its a anchors is posted under only its a − t + 1 rarest ones: any t of the a anchors
/// include one of those, so an item meeting the threshold is always read, under fewer postings.
/// </para>
/// <para>Not thread-safe: <see cref="TextIndex"/> guards it with its lock.</para>
/// </remarks>
internal sealed class AnchorTable
{
    /// <summary>Anchors per item.</summary>
    public const int AnchorsPerItem = 6;

    /// <summary>A word posted by more items than this is skipped by queries (too common to say anything).</summary>
    public const int MaxPostings = 20_000;

    private const int ListOverhead = 64;
    private const int FrequencyEntryBytes = 24;

    private readonly Dictionary<uint, List<AnchorPosting>> _postings = [];

    // Items containing each word, counted over all the words of every item added (not only anchors), so that anchors
    // are the words that are rare in the collection. Ranking by the postings of anchors alone makes every word an
    // anchor of about as many items (the lists even out), and common words then propose many unrelated items.
    private readonly Dictionary<uint, int> _documentFrequency = [];

    /// <summary>Approximate bytes held.</summary>
    public long MemoryBytes { get; private set; }

    /// <summary>Anchors of an item with <paramref name="anchors"/> of them that a query must hold: half (at least
    /// two), or all of one or two. An edit may change a word; a chance post will not hold several of an item's
    /// rarest words.</summary>
    public static int Needed(int anchors) => anchors <= 2 ? anchors : Math.Max(2, (anchors + 1) / 2);

    /// <summary>The 16 bits of a word hash a posting keeps (Fibonacci hashing: the top bits of the product mix every
    /// bit of the hash).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ushort Fingerprint(uint word) => (ushort)((word * 0x9E3779B9u) >> 16);

    /// <summary>Chooses and posts the anchors of <paramref name="slot"/> from <paramref name="words"/> (distinct word
    /// hashes with their lengths); returns how many anchors the item has.</summary>
    public int Add(int slot, ReadOnlySpan<(uint Hash, int Length)> words)
    {
        Span<(int Frequency, int Length, uint Hash)> ranked = words.Length <= 256
            ? stackalloc (int, int, uint)[words.Length]
            : new (int, int, uint)[words.Length];
        for (int i = 0; i < words.Length; i++)
        {
            ref int frequency = ref CollectionsMarshal.GetValueRefOrAddDefault(_documentFrequency, words[i].Hash, out bool exists);
            frequency++;
            if (!exists)
            {
                MemoryBytes += FrequencyEntryBytes;
            }

            ranked[i] = (frequency, -words[i].Length, words[i].Hash); // rarest first, then longest
        }

        ranked.Sort();
        int count = Math.Min(AnchorsPerItem, ranked.Length);
        if (count == 0)
        {
            return 0; // no words, nothing to post
        }

        var posting = new AnchorPosting { Slot = slot, Count = count };
        for (int i = 0; i < count; i++)
        {
            posting.Words[i] = Fingerprint(ranked[i].Hash);
        }

        for (int i = 0; i < count - Needed(count) + 1; i++)
        {
            if (!_postings.TryGetValue(ranked[i].Hash, out List<AnchorPosting>? list))
            {
                _postings[ranked[i].Hash] = list = [];
                MemoryBytes += ListOverhead;
            }

            list.Add(posting);
            MemoryBytes += Unsafe.SizeOf<AnchorPosting>();
        }

        return count;
    }

    /// <summary>The postings under <paramref name="word"/> (dead slots included), or empty when none or too many.</summary>
    public ReadOnlySpan<AnchorPosting> Lookup(uint word) =>
        _postings.TryGetValue(word, out List<AnchorPosting>? list) && list.Count <= MaxPostings
            ? CollectionsMarshal.AsSpan(list)
            : [];

    /// <summary>Renumbers slots after compaction (<paramref name="remap"/>: old slot → new slot, −1 dead).</summary>
    public void Compact(int[] remap)
    {
        var empty = new List<uint>();
        long bytes = 0;
        foreach (var (word, list) in _postings)
        {
            Span<AnchorPosting> postings = CollectionsMarshal.AsSpan(list);
            int kept = 0;
            for (int i = 0; i < postings.Length; i++)
            {
                int slot = postings[i].Slot < remap.Length ? remap[postings[i].Slot] : -1;
                if (slot >= 0)
                {
                    postings[kept] = postings[i];
                    postings[kept++].Slot = slot;
                }
            }

            list.RemoveRange(kept, list.Count - kept);
            if (kept == 0)
            {
                empty.Add(word);
            }
            else
            {
                bytes += ListOverhead + ((long)kept * Unsafe.SizeOf<AnchorPosting>());
            }
        }

        foreach (uint word in empty)
        {
            _postings.Remove(word);
        }

        MemoryBytes = bytes + ((long)FrequencyEntryBytes * _documentFrequency.Count);
    }
}
