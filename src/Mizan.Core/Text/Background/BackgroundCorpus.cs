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
/// <para>A quotation is looked for in three normal forms, because an evasion applied to a whole post also edits
/// the verses it quotes, and the mask must cover them in the post as it did in the known item: a run of
/// <see cref="TextChannel.Match"/> words each of whose consecutive word 4-grams is in the corpus; the same in
/// <see cref="TextChannel.Skeleton"/> words (dotless writing); and a run of <see cref="TextChannel.Spaceless"/>
/// text each of whose 16-letter windows is in the corpus (spaces, punctuation or emoji inside words). For the
/// order-free <see cref="TextChannel.WordSet"/> channel only, words whose order was shuffled are also recognised:
/// five consecutive words that all occur within 16 words of one place in the corpus, and the nearby words that
/// occur near that place too. Words and
/// letters are compared by a key that lets the Quran's Uthmani spelling meet ordinary spelling (see
/// <c>QuotationKeys</c>).</para>
/// <para>Immutable and thread-safe: <see cref="With"/> returns a new corpus, and the hash sets are built once, on first
/// use. The built-in corpus is the Arabic text of the Quran from npm <c>quran-json</c> 3.1.2 (CC-BY-4.0; see
/// Text/Background/Resources/NOTICE.md), embedded in this assembly; its grams run across verse boundaries in
/// mushaf order, so short verses and quotations of consecutive verses are covered.</para>
/// </remarks>
public sealed class BackgroundCorpus
{
    private const int GramLength = 4;

    /// <summary>Uncovered words a run of quoted words may resume across.</summary>
    private const int MaxGapWords = 1;

    // Order-free quotations (words shuffled): a seed is BagWords of SeedWindow consecutive words (one other word
    // may sit among them, as when a shuffle moved a word of the surrounding prose into the quotation) that all
    // occur within BagRadius words of one occurrence of one of the two rarest of them (which occurs at most
    // MaxAnchorOccurrences times); words within ExtendWords of a seed that occur within ExtendRadius words of that
    // occurrence join it.
    private const int BagWords = 4;
    private const int SeedWindow = 5;
    private const int BagRadius = 16;
    private const int MaxAnchorOccurrences = 64;
    private const int ExtendWords = 12;
    private const int ExtendRadius = 40;

    /// <summary>Key letters (ALEF and HAMZA skipped) per Spaceless window: about four words, so a chance run of
    /// ordinary prose is as unlikely as a chance word 4-gram.</summary>
    private const int LetterGramLength = 16;

    /// <summary>Key letters per aligned block of the Spaceless pre-filter: every window of
    /// <see cref="LetterGramLength"/> letters holds one whole block (the one starting at the first multiple of
    /// <see cref="LetterBlockLength"/> at or after the window's start), and a window can be in the corpus only if
    /// that block is among the corpus's runs of as many letters. So blocks are looked up first, one lookup per
    /// eight letters, and only the windows around a block found are. Measured on the evaluation's Arabic news and
    /// UDHR prose against the Quran: 0.2–0.4% of blocks are found.</summary>
    private const int LetterBlockLength = LetterGramLength / 2;

    private readonly BackgroundCorpus? _parent;
    private readonly string[] _texts;
    private readonly bool _includesQuran;
    private readonly Lazy<GramSets> _grams;
    private readonly bool _prefilter;

    private BackgroundCorpus(BackgroundCorpus? parent, string[] texts, bool includesQuran)
    {
        _parent = parent;
        _texts = texts;
        _includesQuran = includesQuran;
        _grams = new Lazy<GramSets>(BuildGrams, LazyThreadSafetyMode.ExecutionAndPublication);
        _prefilter = true;
    }

    private BackgroundCorpus(BackgroundCorpus source, bool prefilter)
    {
        _parent = source._parent;
        _texts = source._texts;
        _includesQuran = source._includesQuran;
        _grams = source._grams;
        _prefilter = prefilter;
    }

    /// <summary>The Quran (Arabic, all 6,236 verses), loaded from an embedded resource on first use.</summary>
    public static BackgroundCorpus BuiltIn { get; } = new(null, [], includesQuran: true);

    /// <summary>A corpus with no text: nothing is a quotation.</summary>
    public static BackgroundCorpus Empty { get; } = new(null, [], includesQuran: false);

    /// <summary>How many distinct Match word 4-grams the corpus holds (builds the corpus if it is not built yet).</summary>
    public int WordGramCount => _grams.Value.Match.Count;

    /// <summary>The same corpus (sharing its built sets) looking up every word 4-gram, letter window and word
    /// without the pre-filters that skip most of them: the plain search the filtered one must agree with.</summary>
    internal BackgroundCorpus WithoutPrefilters() => new(this, prefilter: false);

    /// <summary>True when the corpus holds no text (nothing is ever a quotation).</summary>
    internal bool IsEmpty => !_includesQuran && _texts.Length == 0 && (_parent is null || _parent.IsEmpty);

    /// <summary>Returns a new corpus with this corpus's text and <paramref name="texts"/> (e.g. background texts
    /// supplied by an administrator). Each text is a separate passage: its grams do not run into another's.</summary>
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

    /// <summary>Finds the spans of <paramref name="text"/> covered by quotations from the corpus, in any of the
    /// three normal forms, or with their words shuffled (see the remarks). Overlapping and adjacent spans are merged. The fingerprinter masks
    /// these spans before fingerprinting.</summary>
    /// <param name="text">The original text.</param>
    /// <returns>Spans of <paramref name="text"/> (original offsets), in order and disjoint; empty when there is
    /// no quotation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public IReadOnlyList<TextSpan> FindQuotations(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0 || IsEmpty)
        {
            return [];
        }

        // The Uthmani rules replace characters one for one, so offsets in the prepared text are original offsets.
        NormalizedText[] forms = TextNormalizer.Normalize(
            QuotationKeys.PrepareUthmani(text), TextChannel.Match, TextChannel.Skeleton, TextChannel.Spaceless);
        var spans = new List<TextSpan>();
        var orderFree = new List<TextSpan>();
        FindQuotations(text, forms[0], forms[1], forms[2], spans, orderFree, whole: true);
        for (int i = 0; i < orderFree.Count; i++)
        {
            orderFree[i] = WithDeletedNeighbours(text, orderFree[i]);
        }

        return Merge(orderFree);
    }

    /// <summary>Finds quotations in <paramref name="source"/> already normalised (after
    /// <see cref="QuotationKeys.PrepareUthmani"/>) in the Match, Skeleton and Spaceless channels. Leaves in
    /// <paramref name="spans"/> the merged spans of the original text found in order (word 4-grams, letter
    /// windows) and, when <paramref name="orderFree"/> is given, in it those spans together with quotations whose
    /// words were shuffled, in order and disjoint (<paramref name="whole"/>: see <c>AddShuffledRuns</c>).</summary>
    internal void FindQuotations(
        string source,
        NormalizedText match,
        NormalizedText skeleton,
        NormalizedText spaceless,
        List<TextSpan> spans,
        List<TextSpan>? orderFree,
        bool whole = false)
    {
        spans.Clear();
        orderFree?.Clear();
        if (IsEmpty)
        {
            return;
        }

        GramSets grams = _grams.Value;

        // The Match words and their keys serve both the 4-gram runs and the order-free search.
        using var words = new WordKeys(match.Text);
        AddWordRuns(match, words, grams.MatchFilter, spans);
        if (grams.SkeletonFilter.Count > 0)
        {
            using var skeletonWords = new WordKeys(skeleton.Text);
            AddWordRuns(skeleton, skeletonWords, grams.SkeletonFilter, spans);
        }

        AddLetterRuns(source, spaceless, grams.SpacelessFilter, _prefilter ? grams.SpacelessBlockFilter : null, spans);
        MergeInPlace(spans);
        if (orderFree is not null)
        {
            AddShuffledRuns(match, words, grams, _prefilter ? grams.WordFilter : null, orderFree, whole);
            if (orderFree.Count > 0)
            {
                orderFree.AddRange(spans);
                MergeInPlace(orderFree);
            }
            else
            {
                orderFree.AddRange(spans);
            }
        }
    }

    private static void MergeInPlace(List<TextSpan> spans)
    {
        List<TextSpan> merged = Merge(spans);
        if (!ReferenceEquals(merged, spans))
        {
            spans.Clear();
            spans.AddRange(merged);
        }
    }

    /// <summary>Sorts spans and merges those that overlap or touch; returns <paramref name="spans"/> itself when
    /// there is nothing to merge.</summary>
    internal static List<TextSpan> Merge(List<TextSpan> spans)
    {
        if (spans.Count < 2)
        {
            return spans;
        }

        spans.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
        var merged = new List<TextSpan>(spans.Count) { spans[0] };
        for (int i = 1; i < spans.Count; i++)
        {
            TextSpan last = merged[^1];
            if (spans[i].Start <= last.End)
            {
                merged[^1] = new TextSpan(last.Start, Math.Max(last.End, spans[i].End));
            }
            else
            {
                merged.Add(spans[i]);
            }
        }

        return merged;
    }

    /// <summary>Adds the source spans of runs of words each of whose 4-grams is in <paramref name="grams"/>.</summary>
    private static void AddWordRuns(NormalizedText form, in WordKeys words, GramFilter grams, List<TextSpan> spans)
    {
        int wordCount = words.Count;
        if (grams.Count == 0 || wordCount < GramLength)
        {
            return;
        }

        ReadOnlySpan<int> starts = words.Starts;
        ReadOnlySpan<int> ends = words.Ends;
        ReadOnlySpan<ulong> hashes = words.Keys;

        // reach > w: word w is covered by a gram starting at or before it. A run resumes across one uncovered
        // word (a word spelt differently breaks every 4-gram it is in, not the quotation).
        int reach = 0;
        int runStart = -1;
        int runEnd = -1; // last covered word of the current run
        for (int w = 0; w < wordCount; w++)
        {
            if (w + GramLength <= wordCount
                && grams.Contains(QuotationKeys.GramHash(hashes[w], hashes[w + 1], hashes[w + 2], hashes[w + 3])))
            {
                reach = Math.Max(reach, w + GramLength);
            }

            if (reach > w)
            {
                runStart = runStart < 0 ? w : runStart;
                runEnd = w;
            }
            else if (runStart >= 0 && w - runEnd > MaxGapWords)
            {
                spans.Add(form.ToSource(new TextSpan(starts[runStart], ends[runEnd])));
                runStart = -1;
            }
        }

        if (runStart >= 0)
        {
            spans.Add(form.ToSource(new TextSpan(starts[runStart], ends[runEnd])));
        }
    }

    /// <summary>Adds the source spans of quoted words whose order was changed: words marked by seeds and their
    /// extensions (see the constants), an alignment-free test that a word 4-gram cannot make. With
    /// <paramref name="whole"/>, runs resume across one unmarked word and only runs of at least
    /// <see cref="BagWords"/> marked words count (a reviewer's view); without it every marked word is a span
    /// (the WordSet channel's mask, where stray common words near a quotation matter little).</summary>
    /// <param name="form">The Match text.</param>
    /// <param name="words">Its words.</param>
    /// <param name="grams">The corpus.</param>
    /// <param name="wordFilter">When given, a word is looked up in the corpus only if this filter may hold it.</param>
    /// <param name="spans">Receives the spans.</param>
    /// <param name="whole">See above.</param>
    private static void AddShuffledRuns(
        NormalizedText form, in WordKeys words, GramSets grams, GramFilter? wordFilter, List<TextSpan> spans, bool whole)
    {
        int wordCount = words.Count;
        if (grams.WordPositions.Count == 0 || wordCount < BagWords)
        {
            return;
        }

        int[] starts = words.StartArray;
        int[] ends = words.EndArray;
        ulong[] keys = words.KeyArray;
        int[]?[] occurrences = ArrayPool<int[]?>.Shared.Rent(wordCount);
        bool[] marked = ArrayPool<bool>.Shared.Rent(wordCount);
        try
        {
            // Most words of a post are not in the corpus, and the filter (in cache) says so without the dictionary.
            for (int word = 0; word < wordCount; word++)
            {
                occurrences[word] = wordFilter is null || wordFilter.MayContain(keys[word])
                    ? grams.WordPositions.GetValueOrDefault(keys[word])
                    : null;
                marked[word] = false;
            }

            ulong[] corpus = grams.Words;
            int window = Math.Min(SeedWindow, wordCount);
            for (int first = 0; first + window <= wordCount; first++)
            {
                int last = first + window - 1;
                int present = 0;
                int rarest = -1;
                int second = -1;
                for (int w = first; w <= last; w++)
                {
                    if (occurrences[w] is not { } found)
                    {
                        continue;
                    }

                    present++;
                    if (rarest < 0 || found.Length < occurrences[rarest]!.Length)
                    {
                        second = rarest;
                        rarest = w;
                    }
                    else if (second < 0 || found.Length < occurrences[second]!.Length)
                    {
                        second = w;
                    }
                }

                if (present < BagWords || !(Seed(rarest) || (present > BagWords && Seed(second))))
                {
                    continue;
                }

                bool Seed(int anchor)
                {
                    int[] positions = occurrences[anchor]!;
                    if (positions.Length > MaxAnchorOccurrences)
                    {
                        return false;
                    }

                    foreach (int position in positions)
                    {
                        ReadOnlySpan<ulong> near = Region(corpus, position, BagRadius);
                        int together = 0;
                        for (int w = first; w <= last; w++)
                        {
                            together += occurrences[w] is not null && near.Contains(keys[w]) ? 1 : 0;
                        }

                        if (together < BagWords)
                        {
                            continue;
                        }

                        ReadOnlySpan<ulong> region = Region(corpus, position, ExtendRadius);
                        for (int w = Math.Max(0, first - ExtendWords); w < Math.Min(wordCount, last + 1 + ExtendWords); w++)
                        {
                            marked[w] |= occurrences[w] is not null && region.Contains(keys[w]);
                        }

                        return true;
                    }

                    return false;
                }
            }

            int gap = whole ? MaxGapWords : 0;
            int minRun = whole ? BagWords : 1;
            for (int w = 0; w < wordCount; w++)
            {
                if (!marked[w])
                {
                    continue;
                }

                int runStart = w;
                int count = 1;
                for (int next = w + 1; next < wordCount && next - w - 1 <= gap; next++)
                {
                    if (marked[next])
                    {
                        count++;
                        w = next;
                    }
                }

                if (count >= minRun)
                {
                    spans.Add(form.ToSource(new TextSpan(starts[runStart], ends[w])));
                }
            }
        }
        finally
        {
            ArrayPool<int[]?>.Shared.Return(occurrences, clearArray: true);
            ArrayPool<bool>.Shared.Return(marked);
        }
    }

    /// <summary>The corpus words within <paramref name="radius"/> of <paramref name="position"/>.</summary>
    private static ReadOnlySpan<ulong> Region(ulong[] corpus, int position, int radius)
    {
        int lo = Math.Max(0, position - radius);
        return corpus.AsSpan(lo, Math.Min(corpus.Length, position + radius + 1) - lo);
    }

    /// <summary>Adds the source spans of runs of Spaceless text each of whose windows of
    /// <see cref="LetterGramLength"/> key letters is in <paramref name="grams"/>; with <paramref name="blocks"/>,
    /// only windows whose aligned block of <see cref="LetterBlockLength"/> letters it may hold are looked up.</summary>
    private static void AddLetterRuns(string source, NormalizedText form, GramFilter grams, GramFilter? blocks, List<TextSpan> spans)
    {
        string text = form.Text;
        if (grams.Count == 0 || text.Length < LetterGramLength)
        {
            return;
        }

        int[] positions = ArrayPool<int>.Shared.Rent(text.Length);
        char[] letters = ArrayPool<char>.Shared.Rent(text.Length);
        bool[] hits = ArrayPool<bool>.Shared.Rent(text.Length);
        try
        {
            int count = 0;
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (QuotationKeys.IsKeyLetter(c))
                {
                    positions[count] = i;
                    letters[count++] = c;
                }
            }

            if (count < LetterGramLength)
            {
                return;
            }

            // hits[f]: the window of key letters f .. f + LetterGramLength - 1 is in the corpus.
            int windows = count - LetterGramLength + 1;
            if (blocks is null)
            {
                var window = new QuotationKeys.LetterWindow(LetterGramLength);
                for (int k = 0; k < count; k++)
                {
                    window.Push(letters[k]);
                    if (k >= LetterGramLength - 1)
                    {
                        hits[k - LetterGramLength + 1] = grams.Contains(window.Hash);
                    }
                }
            }
            else
            {
                // Window f holds block m = ceil(f / LetterBlockLength) whole, so block m decides windows
                // m·L − L + 1 .. m·L (L = LetterBlockLength).
                Array.Clear(hits, 0, windows);
                ReadOnlySpan<char> keyLetters = letters.AsSpan(0, count);
                for (int blockStart = 0; blockStart - LetterBlockLength + 1 < windows; blockStart += LetterBlockLength)
                {
                    if (!blocks.MayContain(QuotationKeys.LetterHash(keyLetters.Slice(blockStart, LetterBlockLength))))
                    {
                        continue;
                    }

                    for (int f = Math.Max(0, blockStart - LetterBlockLength + 1); f <= blockStart && f < windows; f++)
                    {
                        hits[f] = grams.Contains(QuotationKeys.LetterHash(keyLetters.Slice(f, LetterGramLength)));
                    }
                }
            }

            // reach > j: key letter j is covered by a window starting at or before it.
            int reach = 0;
            int runStart = -1;
            for (int j = 0; j < count; j++)
            {
                if (j + LetterGramLength <= count && hits[j])
                {
                    reach = Math.Max(reach, j + LetterGramLength);
                }

                if (reach > j)
                {
                    runStart = runStart < 0 ? j : runStart;
                }
                else if (runStart >= 0)
                {
                    spans.Add(form.ToSource(LetterRun(source, form, positions, runStart, j - 1)));
                    runStart = -1;
                }
            }

            if (runStart >= 0)
            {
                spans.Add(form.ToSource(LetterRun(source, form, positions, runStart, count - 1)));
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(positions);
            ArrayPool<char>.Shared.Return(letters);
            ArrayPool<bool>.Shared.Return(hits);
        }
    }

    /// <summary>The Spaceless span from key letter <paramref name="first"/> to <paramref name="last"/>, with the
    /// ALEF and HAMZA letters of the same words right before and after it (skipped by the key, still quoted).</summary>
    private static TextSpan LetterRun(string source, NormalizedText form, int[] positions, int first, int last)
    {
        string text = form.Text;
        int start = positions[first];
        int end = positions[last] + 1;
        while (start > 0 && !QuotationKeys.IsKeyLetter(text[start - 1]) && SameWord(source, form, start - 1))
        {
            start--;
        }

        while (end < text.Length && !QuotationKeys.IsKeyLetter(text[end]) && SameWord(source, form, end - 1))
        {
            end++;
        }

        return new TextSpan(start, end);
    }

    /// <summary>Whether Spaceless characters <paramref name="i"/> and <paramref name="i"/> + 1 are in one word of
    /// the original: nothing but characters the fold deletes (marks, tatweel, controls) lies between them.</summary>
    private static bool SameWord(string source, NormalizedText form, int i)
    {
        int from = form.ToSource(new TextSpan(i, i + 1)).End;
        int to = form.ToSource(new TextSpan(i + 1, i + 2)).Start;
        MatchFoldTable table = MatchFoldTable.Instance;
        for (int k = from; k < to; k++)
        {
            if (!table.Deletes(source[k]))
            {
                return false;
            }
        }

        return true;
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

    private GramSets BuildGrams()
    {
        GramSets grams = _parent is null ? new GramSets() : _parent._grams.Value.Clone();
        if (_includesQuran)
        {
            AddPassage(grams, QuranText.LoadVerses());
        }

        foreach (string text in _texts)
        {
            AddPassage(grams, [text]);
        }

        return grams.Seal();
    }

    /// <summary>Adds the grams of one passage, whose lines continue one another.</summary>
    private static void AddPassage(GramSets grams, string[] lines)
    {
        var match = new WordWindow();
        var skeleton = new WordWindow();
        var letters = new QuotationKeys.LetterWindow(LetterGramLength);
        var block = new QuotationKeys.LetterWindow(LetterBlockLength);
        int letterCount = 0;
        foreach (string line in lines)
        {
            NormalizedText[] forms = TextNormalizer.Normalize(
                QuotationKeys.PrepareUthmani(line), TextChannel.Match, TextChannel.Skeleton, TextChannel.Spaceless);
            match.AddWords(forms[0].Text, grams.Match);
            foreach (Range range in forms[0].Text.AsSpan().Split(' '))
            {
                if (range.End.Value > range.Start.Value)
                {
                    grams.AddWord(QuotationKeys.WordHash(forms[0].Text.AsSpan(range)));
                }
            }

            skeleton.AddWords(forms[1].Text, grams.Skeleton);
            foreach (char c in forms[2].Text)
            {
                if (QuotationKeys.IsKeyLetter(c))
                {
                    letters.Push(c);
                    block.Push(c);
                    if (++letterCount >= LetterGramLength)
                    {
                        grams.Spaceless.Add(letters.Hash);
                    }

                    if (letterCount >= LetterBlockLength)
                    {
                        grams.SpacelessBlocks.Add(block.Hash);
                    }
                }
            }
        }

        grams.EndPassage();
    }

    /// <summary>The gram sets of a corpus, one per normal form, and its Match word keys in order with, for each
    /// key, where it occurs (for order-free quotations).</summary>
    private sealed class GramSets
    {
        /// <summary>Separates passages in <see cref="Words"/>, so a region never spans two.</summary>
        public const ulong PassageBreak = 0;

        private readonly List<ulong> _sequence = [];

        public HashSet<ulong> Match { get; private init; } = [];

        public HashSet<ulong> Skeleton { get; private init; } = [];

        public HashSet<ulong> Spaceless { get; private init; } = [];

        /// <summary>Every run of <see cref="LetterBlockLength"/> key letters (the Spaceless pre-filter's blocks).</summary>
        public HashSet<ulong> SpacelessBlocks { get; private init; } = [];

        public ulong[] Words { get; private set; } = [];

        public Dictionary<ulong, int[]> WordPositions { get; private set; } = [];

        public GramFilter MatchFilter { get; private set; } = null!;

        public GramFilter SkeletonFilter { get; private set; } = null!;

        public GramFilter SpacelessFilter { get; private set; } = null!;

        public GramFilter SpacelessBlockFilter { get; private set; } = null!;

        /// <summary>The keys of <see cref="WordPositions"/>, as a pre-filter.</summary>
        public GramFilter WordFilter { get; private set; } = null!;

        public GramSets Clone()
        {
            var copy = new GramSets
            {
                Match = [.. Match], Skeleton = [.. Skeleton], Spaceless = [.. Spaceless], SpacelessBlocks = [.. SpacelessBlocks],
            };
            copy._sequence.AddRange(_sequence);
            return copy;
        }

        public void AddWord(ulong key) => _sequence.Add(key);

        public void EndPassage() => _sequence.Add(PassageBreak);

        /// <summary>Builds <see cref="Words"/> and <see cref="WordPositions"/> once every passage is added.</summary>
        public GramSets Seal()
        {
            Words = [.. _sequence];
            var positions = new Dictionary<ulong, List<int>>();
            for (int i = 0; i < Words.Length; i++)
            {
                if (Words[i] == PassageBreak)
                {
                    continue;
                }

                if (!positions.TryGetValue(Words[i], out List<int>? list))
                {
                    positions[Words[i]] = list = [];
                }

                list.Add(i);
            }

            WordPositions = positions.ToDictionary(p => p.Key, p => p.Value.ToArray());
            MatchFilter = new GramFilter(Match);
            SkeletonFilter = new GramFilter(Skeleton);
            SpacelessFilter = new GramFilter(Spaceless);
            SpacelessBlockFilter = new GramFilter(SpacelessBlocks);
            WordFilter = new GramFilter([.. WordPositions.Keys]);
            return this;
        }
    }

    /// <summary>The words of a normalised text (split on its single spaces) with their keys
    /// (<see cref="QuotationKeys.WordHash"/>), in pooled arrays returned by <see cref="Dispose"/>.</summary>
    private readonly struct WordKeys : IDisposable
    {
        public WordKeys(string text)
        {
            int count = text.Length == 0 ? 0 : text.AsSpan().Count(' ') + 1;
            Count = count;
            StartArray = ArrayPool<int>.Shared.Rent(count);
            EndArray = ArrayPool<int>.Shared.Rent(count);
            KeyArray = ArrayPool<ulong>.Shared.Rent(count);
            int word = 0;
            int start = 0;
            for (int i = 0; word < count; i++)
            {
                if (i == text.Length || text[i] == ' ')
                {
                    StartArray[word] = start;
                    EndArray[word] = i;
                    KeyArray[word] = QuotationKeys.WordHash(text.AsSpan(start, i - start));
                    word++;
                    start = i + 1;
                }
            }
        }

        public int Count { get; }

        /// <summary>Start of each word in the text (the first <see cref="Count"/> items are meaningful).</summary>
        public int[] StartArray { get; }

        /// <summary>End of each word (exclusive).</summary>
        public int[] EndArray { get; }

        /// <summary>Key of each word.</summary>
        public ulong[] KeyArray { get; }

        public ReadOnlySpan<int> Starts => StartArray.AsSpan(0, Count);

        public ReadOnlySpan<int> Ends => EndArray.AsSpan(0, Count);

        public ReadOnlySpan<ulong> Keys => KeyArray.AsSpan(0, Count);

        public void Dispose()
        {
            ArrayPool<int>.Shared.Return(StartArray);
            ArrayPool<int>.Shared.Return(EndArray);
            ArrayPool<ulong>.Shared.Return(KeyArray);
        }
    }

    /// <summary>The last four word keys of a passage, for its word 4-grams.</summary>
    private sealed class WordWindow
    {
        private readonly ulong[] _window = new ulong[GramLength];
        private int _seen;

        public void AddWords(string normalized, HashSet<ulong> grams)
        {
            foreach (Range range in normalized.AsSpan().Split(' '))
            {
                ReadOnlySpan<char> word = normalized.AsSpan(range);
                if (word.IsEmpty)
                {
                    continue;
                }

                _window.AsSpan(0, GramLength - 1).CopyTo(_window.AsSpan(1));
                _window[0] = QuotationKeys.WordHash(word);
                if (++_seen >= GramLength)
                {
                    grams.Add(QuotationKeys.GramHash(_window[3], _window[2], _window[1], _window[0]));
                }
            }
        }
    }
}
