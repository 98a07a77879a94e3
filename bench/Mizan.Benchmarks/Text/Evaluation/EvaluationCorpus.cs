using System.Globalization;
using System.Text;
using Mizan.Core.Text.Background;

namespace Mizan.Benchmarks.Text.Evaluation;

/// <summary>
/// The evaluation set, built from the data folder (see its README) and the built-in Quran text: known items, the
/// negatives they must never match, and filler for edits.
/// </summary>
/// <remarks>
/// <para>Known items (40–300 words): UDHR sections in Arabic, Persian, Urdu, English and French, joined in order until
/// a chunk has at least 40 words (the long preamble split at paragraphs), two chunks in three; the first
/// paragraph of each pair of same-topic news paragraphs; and scripture items (Arabic prose with quoted verses).
/// Every fourth UDHR or news item is cut to its first 16–39 words (short items).</para>
/// <para>Negatives: the other UDHR chunks and news paragraphs (same genre, same vocabulary: hard negatives), long
/// posts made of several of them, Quran verses and passages, and posts quoting the verses of a scripture item in
/// other prose. Filler and replacement words come from negatives only, so edited known items share nothing with
/// other known items.</para>
/// </remarks>
internal sealed class EvaluationCorpus
{
    public const int MinKnownWords = 40;
    public const int MaxKnownWords = 300;
    public const int MinShortWords = 16;

    // Quotations are often set in ornate parentheses: U+FD3F before the verse, U+FD3E after it (right to left).
    private const char OrnateOpen = '\uFD3F';
    private const char OrnateClose = '\uFD3E';
    private const int MinVerseWords = 6;
    private const int MaxVerseWords = 30;
    private const int MinScriptureProse = 40;
    private const int MaxScriptureProse = 60;
    private const double LightMinRatio = 0.3;
    private const double LightMaxRatio = 0.8;
    private const double HeavyMinRatio = 2;
    private const double HeavyMaxRatio = 4;

    private readonly Dictionary<string, List<string>> _filler;
    private readonly Dictionary<string, string[]> _vocabulary;

    private EvaluationCorpus(
        List<KnownItem> known,
        List<CorpusDocument> unrelated,
        List<CorpusDocument> composite,
        List<ScriptureCase> scripture,
        List<CorpusDocument> quranVerses,
        List<CorpusDocument> quranPassages)
    {
        Known = known;
        Unrelated = unrelated;
        Composite = composite;
        Scripture = scripture;
        QuranVerses = quranVerses;
        QuranPassages = quranPassages;
        _filler = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        _vocabulary = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (string language in Languages.All)
        {
            List<string> texts = unrelated.Where(d => string.Equals(d.Language, language, StringComparison.Ordinal))
                .Select(d => d.Text).ToList();
            _filler[language] = texts;
            _vocabulary[language] = texts.SelectMany(EvasionGenerator.Words).Distinct(StringComparer.Ordinal).ToArray();
        }
    }

    public IReadOnlyList<KnownItem> Known { get; }

    /// <summary>UDHR chunks and news paragraphs that are not known items.</summary>
    public IReadOnlyList<CorpusDocument> Unrelated { get; }

    /// <summary>Long posts made of several unrelated documents of one language.</summary>
    public IReadOnlyList<CorpusDocument> Composite { get; }

    public IReadOnlyList<ScriptureCase> Scripture { get; }

    public IReadOnlyList<CorpusDocument> QuranVerses { get; }

    public IReadOnlyList<CorpusDocument> QuranPassages { get; }

    /// <summary>Unrelated documents of a language (filler for edits).</summary>
    public IReadOnlyList<string> Filler(string language) => _filler[language];

    /// <summary>Distinct words of the unrelated documents of a language (replacement words).</summary>
    public IReadOnlyList<string> Vocabulary(string language) => _vocabulary[language];

    /// <summary>Builds the evaluation set.</summary>
    /// <param name="dataDirectory">The data folder (udhr/, news/).</param>
    /// <param name="options">Seed and sample sizes.</param>
    /// <param name="verses">The Quran, one verse per item, in order.</param>
    public static EvaluationCorpus Build(string dataDirectory, TextEvalOptions options, IReadOnlyList<string> verses)
    {
        var random = new Random(options.Seed);
        var known = new List<KnownItem>();
        var unrelated = new List<CorpusDocument>();
        long nextId = 1;

        foreach (string language in Languages.All)
        {
            List<(string Key, string Text)> chunks = ChunkUdhr(ReadTsv(Path.Combine(dataDirectory, "udhr", language + ".tsv")));
            for (int i = 0; i < chunks.Count; i++)
            {
                string key = $"udhr/{language}/{chunks[i].Key}";
                if (i % 3 == 1)
                {
                    unrelated.Add(new CorpusDocument(key, language, chunks[i].Text));
                }
                else
                {
                    known.Add(NewKnownItem(nextId++, key, language, chunks[i].Text));
                }
            }

            string newsPath = Path.Combine(dataDirectory, "news", language + ".tsv");
            if (File.Exists(newsPath))
            {
                List<(string Key, string Text)> news = ReadTsv(newsPath);
                for (int i = 0; i < news.Count; i++)
                {
                    string key = $"news/{language}/{news[i].Key}";
                    if (i % 2 == 1)
                    {
                        unrelated.Add(new CorpusDocument(key, language, news[i].Text));
                    }
                    else
                    {
                        known.Add(NewKnownItem(nextId++, key, language, news[i].Text));
                    }
                }
            }
        }

        foreach (KnownItem item in known)
        {
            int words = EvasionGenerator.Words(item.Text).Length;
            (int min, int max) = item.IsShort ? (MinShortWords, MinKnownWords - 1) : (MinKnownWords, MaxKnownWords);
            if (words < min || words > max)
            {
                throw new InvalidOperationException($"Known item {item.Key} has {words} words; expected {min}–{max}.");
            }
        }

        List<ScriptureCase> scripture = BuildScripture(known, unrelated, verses, options, random, ref nextId);
        List<CorpusDocument> composite = BuildComposite(unrelated, options.CompositePosts, random);
        List<CorpusDocument> quranVerses = SampleVerses(verses, options.QuranVerses, random);
        List<CorpusDocument> quranPassages = BuildPassages(verses, options.QuranPassages, random);
        return new EvaluationCorpus(known, unrelated, composite, scripture, quranVerses, quranPassages);
    }

    /// <summary>
    /// A known item; every fourth is cut to its first 16–39 words instead (a short item: a slogan or a caption is
    /// often that short, and short texts are fingerprinted differently). The rest of it is dropped, so no other
    /// item or negative contains it.
    /// </summary>
    private static KnownItem NewKnownItem(long id, string key, string language, string text)
    {
        if (id % 4 != 0)
        {
            return new KnownItem(id, key, key, language, text);
        }

        int words = MinShortWords + (int)((id * 7) % (MinKnownWords - MinShortWords));
        string opening = string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(words));
        return new KnownItem(id, KnownItem.ShortPrefix + key, key, language, opening);
    }

    /// <summary>Lines of <c>key TAB text</c>.</summary>
    private static List<(string Key, string Text)> ReadTsv(string path)
    {
        var rows = new List<(string, string)>();
        foreach (string line in File.ReadLines(path, Encoding.UTF8))
        {
            if (line.Length == 0)
            {
                continue;
            }

            int tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab <= 0)
            {
                throw new FormatException($"{path}: expected 'key<TAB>text', got '{line[..Math.Min(40, line.Length)]}'.");
            }

            rows.Add((line[..tab], line[(tab + 1)..]));
        }

        return rows;
    }

    /// <summary>
    /// Joins the paragraphs of consecutive UDHR sections until a chunk has at least <see cref="MinKnownWords"/>
    /// words; a section longer than <see cref="MaxKnownWords"/> (the preamble in some languages) is first cut at
    /// paragraphs into parts of at least twice <see cref="MinKnownWords"/> words. A short remainder joins the
    /// previous chunk.
    /// </summary>
    private static List<(string Key, string Text)> ChunkUdhr(List<(string Section, string Paragraph)> paragraphs)
    {
        // Sections in order, each a list of paragraphs.
        var sections = new List<(string Name, List<string> Paragraphs)>();
        foreach ((string section, string paragraph) in paragraphs)
        {
            if (sections.Count == 0 || !string.Equals(sections[^1].Name, section, StringComparison.Ordinal))
            {
                sections.Add((section, []));
            }

            sections[^1].Paragraphs.Add(paragraph);
        }

        // Units: whole sections, or paragraph groups of an over-long section.
        var units = new List<(string Key, string Text)>();
        foreach ((string name, List<string> section) in sections)
        {
            string whole = string.Join(' ', section);
            if (WordCount(whole) <= MaxKnownWords)
            {
                units.Add((name, whole));
                continue;
            }

            var part = new List<string>();
            int index = 1;
            foreach (string paragraph in section)
            {
                part.Add(paragraph);
                if (WordCount(string.Join(' ', part)) >= MinKnownWords * 2)
                {
                    units.Add(($"{name}.{index++}", string.Join(' ', part)));
                    part.Clear();
                }
            }

            if (part.Count > 0)
            {
                units.Add(($"{name}.{index}", string.Join(' ', part)));
            }
        }

        var chunks = new List<(string Key, string Text)>();
        string? firstKey = null;
        string? lastKey = null;
        var text = new StringBuilder();
        foreach ((string key, string unitText) in units)
        {
            firstKey ??= key;
            lastKey = key;
            text.Append(text.Length == 0 ? string.Empty : " ").Append(unitText);
            if (WordCount(text.ToString()) >= MinKnownWords)
            {
                chunks.Add((ChunkKey(firstKey, lastKey), text.ToString()));
                text.Clear();
                firstKey = null;
            }
        }

        if (text.Length > 0 && firstKey is not null)
        {
            string rest = text.ToString();
            if (chunks.Count > 0 && WordCount(chunks[^1].Text) + WordCount(rest) <= MaxKnownWords)
            {
                (string key, string previous) = chunks[^1];
                chunks[^1] = (ChunkKey(key.Split('-')[0], lastKey!), previous + " " + rest);
            }
            else
            {
                chunks.Add((ChunkKey(firstKey, lastKey!), rest));
            }
        }

        return chunks;
    }

    private static string ChunkKey(string first, string last) =>
        string.Equals(first, last, StringComparison.Ordinal) ? first : first + "-" + last;

    private static int WordCount(string text) => EvasionGenerator.Words(text).Length;

    /// <summary>
    /// Scripture items: 40–60 words of Arabic prose (from a known news item, else a UDHR chunk) with random verses of
    /// 6–30 words quoted between its parts. Alternately light (verse words 0.3–0.8 times the prose words) and heavy
    /// (2–4 times: the verses are most of the item, so without masking a post quoting the same verses would contain
    /// most of it). Each is a new known item; its repost is the prose alone; its negative posts quote the same
    /// verses in the same way inside 40–60 words of unrelated Arabic prose.
    /// </summary>
    private static List<ScriptureCase> BuildScripture(
        List<KnownItem> known, List<CorpusDocument> unrelated, IReadOnlyList<string> verses, TextEvalOptions options, Random random, ref long nextId)
    {
        var cases = new List<ScriptureCase>();
        List<KnownItem> prose = known.Where(k => string.Equals(k.Language, Languages.Arabic, StringComparison.Ordinal))
            .OrderBy(k => k.Key.StartsWith("news/", StringComparison.Ordinal) ? 0 : 1)
            .ThenBy(k => k.Id)
            .ToList();
        List<CorpusDocument> otherProse = unrelated.Where(d => string.Equals(d.Language, Languages.Arabic, StringComparison.Ordinal)).ToList();
        if (prose.Count == 0 || otherProse.Count == 0)
        {
            return cases;
        }

        int[] candidates = Enumerable.Range(0, verses.Count)
            .Where(v => WordCount(verses[v]) is >= MinVerseWords and <= MaxVerseWords)
            .ToArray();
        for (int c = 0; c < options.ScriptureItems; c++)
        {
            KnownItem source = prose[c % prose.Count];
            string proseText = Cut(source.Text, random.Next(MinScriptureProse, MaxScriptureProse + 1));
            int proseWords = WordCount(proseText);
            bool heavy = c % 2 == 1;
            (double minRatio, double maxRatio) = heavy ? (HeavyMinRatio, HeavyMaxRatio) : (LightMinRatio, LightMaxRatio);
            int wanted = (int)(proseWords * (minRatio + (random.NextDouble() * (maxRatio - minRatio))));
            var chosen = new List<int>();
            int verseWords = 0;
            while (verseWords < wanted)
            {
                int v = candidates[random.Next(candidates.Length)];
                int words = WordCount(verses[v]);
                if (proseWords + verseWords + words > MaxKnownWords)
                {
                    break;
                }

                chosen.Add(v);
                verseWords += words;
            }

            bool ornate = random.Next(2) == 0;
            string[] quoted = chosen.Select(v => ornate ? $"{OrnateOpen}{verses[v]}{OrnateClose}" : verses[v]).ToArray();
            string quotedCount = string.Create(CultureInfo.InvariantCulture, $"{chosen.Count} verses");
            long id = nextId++;
            string key = $"{KnownItem.ScripturePrefix}{(heavy ? KnownItem.HeavyQuoting : KnownItem.LightQuoting)}/{source.Key}+{quotedCount}";
            known.Add(new KnownItem(id, key, source.Source, Languages.Arabic, Interleave(proseText, quoted)));

            var negatives = new List<CorpusDocument>();
            for (int n = 0; n < options.ScriptureNegatives; n++)
            {
                CorpusDocument other = otherProse[random.Next(otherProse.Count)];
                string otherText = Cut(other.Text, random.Next(MinScriptureProse, MaxScriptureProse + 1));
                negatives.Add(new CorpusDocument($"scripture-negative/{other.Key}+{quotedCount} of {key}", Languages.Arabic, Interleave(otherText, quoted)));
            }

            cases.Add(new ScriptureCase(id, key, proseText, negatives));
        }

        return cases;
    }

    /// <summary>The first <paramref name="words"/> words of a text.</summary>
    private static string Cut(string text, int words)
    {
        string[] all = EvasionGenerator.Words(text);
        return string.Join(' ', all, 0, Math.Min(words, all.Length));
    }

    /// <summary>Cuts the prose into as many parts as there are quotations and puts one quotation after each part.</summary>
    private static string Interleave(string prose, string[] quotations)
    {
        string[] words = EvasionGenerator.Words(prose);
        var post = new List<string>();
        int parts = Math.Max(1, quotations.Length);
        for (int p = 0; p < parts; p++)
        {
            int start = words.Length * p / parts;
            int end = words.Length * (p + 1) / parts;
            post.AddRange(words[start..end]);
            if (p < quotations.Length)
            {
                post.Add(quotations[p]);
            }
        }

        return string.Join(' ', post);
    }

    private static List<CorpusDocument> BuildComposite(List<CorpusDocument> unrelated, int count, Random random)
    {
        var posts = new List<CorpusDocument>();
        List<IGrouping<string, CorpusDocument>> byLanguage = unrelated.GroupBy(d => d.Language, StringComparer.Ordinal)
            .Where(g => g.Count() >= 2)
            .ToList();
        for (int i = 0; i < count && byLanguage.Count > 0; i++)
        {
            CorpusDocument[] documents = byLanguage[i % byLanguage.Count].ToArray();
            random.Shuffle(documents);
            int take = Math.Min(documents.Length, random.Next(2, 5));
            string language = documents[0].Language;
            posts.Add(new CorpusDocument(
                $"composite/{language}/{i}",
                language,
                string.Join(' ', documents.Take(take).Select(d => d.Text))));
        }

        return posts;
    }

    private static List<CorpusDocument> SampleVerses(IReadOnlyList<string> verses, int count, Random random)
    {
        int[] indexes = Enumerable.Range(0, verses.Count).ToArray();
        if (count >= 0 && count < indexes.Length)
        {
            random.Shuffle(indexes);
            indexes = indexes[..count];
            Array.Sort(indexes);
        }

        return indexes.Select(v => new CorpusDocument($"quran/{v + 1}", Languages.Arabic, verses[v])).ToList();
    }

    /// <summary>Runs of consecutive verses (mushaf order) of 40–200 words, as a post quoting a passage would be.</summary>
    private static List<CorpusDocument> BuildPassages(IReadOnlyList<string> verses, int count, Random random)
    {
        var passages = new List<CorpusDocument>();
        for (int i = 0; i < count; i++)
        {
            int target = random.Next(MinKnownWords, 201);
            int start = random.Next(verses.Count);
            int end = start;
            int words = 0;
            var text = new StringBuilder();
            while (end < verses.Count && words < target)
            {
                int verseWords = WordCount(verses[end]);
                if (words > 0 && words + verseWords > MaxKnownWords)
                {
                    break;
                }

                text.Append(text.Length == 0 ? string.Empty : " ").Append(verses[end]);
                words += verseWords;
                end++;
            }

            passages.Add(new CorpusDocument(
                string.Create(CultureInfo.InvariantCulture, $"quran/{start + 1}-{end}"), Languages.Arabic, text.ToString()));
        }

        return passages;
    }

    /// <summary>Loads the Quran from the resource built into Mizan.Core.</summary>
    public static string[] LoadQuran() => QuranText.LoadVerses();
}
