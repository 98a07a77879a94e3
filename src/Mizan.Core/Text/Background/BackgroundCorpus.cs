using System.Buffers;
using Mizan.Core.Text.Background;
using Mizan.Core.Text.Normalization;

namespace Mizan.Core.Text;

/// <summary>
/// Background text that is quoted by innocent and harmful posts alike (the Quran, and whatever administrators add:
/// common hadith, supplications), so quotations of it are masked before fingerprinting (ARABIC.md, "Religious
/// quotations and news"): propaganda quotes scripture, and so do millions of innocent posts.
/// </summary>
/// <remarks>
/// <para>A corpus is a set of 64-bit hashes of consecutive word 4-grams of match-level text (<see cref="TextChannel.Match"/>);
/// a quotation is a run of words of a text each of whose 4-grams is in the set. Words are compared by a key that
/// lets the Quran's Uthmani spelling meet ordinary spelling (see <c>QuotationKeys</c>).</para>
/// <para>Immutable and thread-safe: <see cref="With"/> returns a new corpus, and the hash set is built once, on first
/// use. The built-in corpus is the Arabic text of the Quran from npm <c>quran-json</c> 3.1.2 (CC-BY-4.0; see
/// Text/Background/Resources/NOTICE.md), embedded in this assembly; its 4-grams run across verse boundaries in
/// mushaf order, so short verses and quotations of consecutive verses are covered.</para>
/// </remarks>
public sealed class BackgroundCorpus
{
    private const int GramLength = 4;

    private readonly BackgroundCorpus? _parent;
    private readonly string[] _texts;
    private readonly bool _includesQuran;
    private readonly Lazy<HashSet<ulong>> _grams;

    private BackgroundCorpus(BackgroundCorpus? parent, string[] texts, bool includesQuran)
    {
        _parent = parent;
        _texts = texts;
        _includesQuran = includesQuran;
        _grams = new Lazy<HashSet<ulong>>(BuildGrams, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The Quran (Arabic, all 6,236 verses), loaded from an embedded resource on first use.</summary>
    public static BackgroundCorpus BuiltIn { get; } = new(null, [], includesQuran: true);

    /// <summary>A corpus with no text: nothing is a quotation.</summary>
    public static BackgroundCorpus Empty { get; } = new(null, [], includesQuran: false);

    /// <summary>How many distinct word 4-grams the corpus holds (builds the corpus if it is not built yet).</summary>
    public int WordGramCount => _grams.Value.Count;

    /// <summary>Returns a new corpus with this corpus's text and <paramref name="texts"/> (e.g. background texts
    /// supplied by an administrator). Each text is a separate passage: its 4-grams do not run into another's.</summary>
    /// <param name="texts">The texts to add.</param>
    /// <returns>The new corpus; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="texts"/> or one of its items is null.</exception>
    public BackgroundCorpus With(IEnumerable<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        string[] added = [.. texts];
        foreach (string text in added)
        {
            if (text is null)
            {
                throw new ArgumentNullException(nameof(texts), "A background text is null.");
            }
        }

        return new BackgroundCorpus(this, added, includesQuran: false);
    }

    /// <summary>Finds the spans of <paramref name="text"/> covered by quotations from the corpus: runs of
    /// match-level words in which every word 4-gram appears in the corpus. Overlapping and adjacent runs are
    /// merged. The caller masks these spans before fingerprinting.</summary>
    /// <param name="text">The original text.</param>
    /// <returns>Spans of <paramref name="text"/> (original offsets), in order and disjoint; empty when there is
    /// no quotation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public IReadOnlyList<TextSpan> FindQuotations(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        HashSet<ulong> grams = _grams.Value;
        if (grams.Count == 0 || text.Length == 0)
        {
            return [];
        }

        // The Uthmani rules replace characters one for one, so offsets in the prepared text are original offsets.
        NormalizedText match = TextNormalizer.Normalize(QuotationKeys.PrepareUthmani(text), TextChannel.Match);
        string normalized = match.Text;
        int wordCount = CountWords(normalized);
        if (wordCount < GramLength)
        {
            return [];
        }

        int[] starts = ArrayPool<int>.Shared.Rent(wordCount);
        int[] ends = ArrayPool<int>.Shared.Rent(wordCount);
        ulong[] hashes = ArrayPool<ulong>.Shared.Rent(wordCount);
        int[] coveredUntil = ArrayPool<int>.Shared.Rent(wordCount);
        try
        {
            int word = 0;
            int start = 0;
            for (int i = 0; i <= normalized.Length; i++)
            {
                if (i == normalized.Length || normalized[i] == ' ')
                {
                    starts[word] = start;
                    ends[word] = i;
                    hashes[word] = QuotationKeys.WordHash(normalized.AsSpan(start, i - start));
                    word++;
                    start = i + 1;
                }
            }

            // coveredUntil[w] > w: word w is covered (by a gram starting at or before it).
            Array.Clear(coveredUntil, 0, wordCount);
            int reach = 0;
            for (int w = 0; w < wordCount; w++)
            {
                if (w + GramLength <= wordCount
                    && grams.Contains(QuotationKeys.GramHash(hashes[w], hashes[w + 1], hashes[w + 2], hashes[w + 3])))
                {
                    reach = Math.Max(reach, w + GramLength);
                }

                coveredUntil[w] = reach;
            }

            List<TextSpan>? spans = null;
            for (int w = 0; w < wordCount;)
            {
                if (coveredUntil[w] <= w)
                {
                    w++;
                    continue;
                }

                int first = w;
                while (w < wordCount && coveredUntil[w] > w)
                {
                    w++;
                }

                (spans ??= []).Add(WithDeletedNeighbours(text, match.ToSource(new TextSpan(starts[first], ends[w - 1]))));
            }

            return spans is null ? [] : spans;
        }
        finally
        {
            ArrayPool<int>.Shared.Return(starts);
            ArrayPool<int>.Shared.Return(ends);
            ArrayPool<ulong>.Shared.Return(hashes);
            ArrayPool<int>.Shared.Return(coveredUntil);
        }
    }

    /// <summary>Extends a span over the characters the fold deletes on either side (e.g. the final haraka of the
    /// last word), so the span covers the whole quoted words.</summary>
    private static TextSpan WithDeletedNeighbours(string text, TextSpan span)
    {
        MatchFoldTable table = MatchFoldTable.Instance;
        int start = span.Start;
        int end = span.End;
        while (start > 0 && table.Deletes(text[start - 1]))
        {
            start--;
        }

        while (end < text.Length && table.Deletes(text[end]))
        {
            end++;
        }

        return new TextSpan(start, end);
    }

    private static int CountWords(string normalized)
    {
        if (normalized.Length == 0)
        {
            return 0;
        }

        return normalized.AsSpan().Count(' ') + 1;
    }

    private HashSet<ulong> BuildGrams()
    {
        HashSet<ulong> grams = _parent is null ? [] : new HashSet<ulong>(_parent._grams.Value);
        if (_includesQuran)
        {
            AddPassage(grams, QuranText.LoadVerses());
        }

        foreach (string text in _texts)
        {
            AddPassage(grams, [text]);
        }

        return grams;
    }

    /// <summary>Adds the 4-grams of one passage, whose lines continue one another.</summary>
    private static void AddPassage(HashSet<ulong> grams, string[] lines)
    {
        Span<ulong> window = stackalloc ulong[GramLength];
        int seen = 0;
        foreach (string line in lines)
        {
            string normalized = TextNormalizer.Normalize(QuotationKeys.PrepareUthmani(line), TextChannel.Match).Text;
            foreach (Range range in normalized.AsSpan().Split(' '))
            {
                ReadOnlySpan<char> word = normalized.AsSpan(range);
                if (word.IsEmpty)
                {
                    continue;
                }

                window[..(GramLength - 1)].CopyTo(window[1..]);
                window[0] = QuotationKeys.WordHash(word);
                if (++seen >= GramLength)
                {
                    grams.Add(QuotationKeys.GramHash(window[3], window[2], window[1], window[0]));
                }
            }
        }
    }
}
