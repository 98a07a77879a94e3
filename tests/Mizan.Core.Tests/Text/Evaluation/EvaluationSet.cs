using Mizan.Core.Text;
using Mizan.Core.Text.Background;
using Mizan.Core.Text.Matching;

namespace Mizan.Core.Tests.Text.Evaluation;

/// <summary>
/// The small evaluation set of <see cref="TextMatchingEvaluationTests"/>, from the evaluation data copied beside the
/// test assembly: 12 Arabic news paragraphs (the first of each same-topic pair), 4 UDHR articles and 4 scripture
/// items (40 words of known prose with verses of twice as many words) as known items, indexed with their position as
/// id; as negatives the other news paragraphs and UDHR articles, Quran passages, and posts quoting the verses of a
/// scripture item in unrelated prose.
/// </summary>
internal sealed class EvaluationSet
{
    /// <summary>Key prefix of the scripture items.</summary>
    public const string ScripturePrefix = "scripture/";

    /// <summary>How many known items the set has.</summary>
    public const int KnownCount = 20;

    /// <summary>Seed of the verse choice and of the edits.</summary>
    public const int Seed = 20261128;

    private const int QuranPassages = 10;
    private const int ScriptureItems = 4;
    private const int KnownNews = 12;
    private const int ScriptureProseWords = 40;

    public required List<(string Key, string Text)> Known { get; init; }

    public required List<(string Key, string Text)> Negatives { get; init; }

    /// <summary>Scripture items (id) and their prose without the verses.</summary>
    public required List<(int Id, string Repost)> Reposts { get; init; }

    public required List<string> Filler { get; init; }

    public required TextFingerprinter Fingerprinter { get; init; }

    public required TextIndex Index { get; init; }

    public static EvaluationSet Build()
    {
        string root = Path.Combine(AppContext.BaseDirectory, "TestData", "TextEvaluation");
        List<(string Key, string Text)> news = ReadTsv(Path.Combine(root, "news", "arb.tsv"));
        List<(string Key, string Text)> articles = ReadUdhrArticles(Path.Combine(root, "udhr", "arb.tsv"));
        var known = new List<(string, string)>();
        var negatives = new List<(string, string)>();
        for (int i = 0; i < news.Count; i++)
        {
            (i % 2 == 0 && known.Count < KnownNews ? known : negatives).Add(news[i]);
        }

        for (int i = 0; i < articles.Count; i++)
        {
            (i % 2 == 0 && known.Count < KnownCount - ScriptureItems ? known : negatives).Add(articles[i]);
        }

        // Scripture items: 40 words of known prose with quoted verses of at least twice as many words (without
        // masking, a post quoting the same verses would contain most of the item); negatives quote the same
        // verses in 40 words of unrelated prose.
        string[] verses = QuranText.LoadVerses();
        var random = new Random(Seed);
        var reposts = new List<(int, string)>();
        for (int s = 0; s < ScriptureItems; s++)
        {
            var quoted = new List<string>();
            while (quoted.Sum(v => SmallEvasions.Words(v).Length) < ScriptureProseWords * 2)
            {
                string verse = verses[random.Next(verses.Length)];
                if (SmallEvasions.Words(verse).Length is >= 6 and <= 30)
                {
                    quoted.Add(verse);
                }
            }

            (string key, string text) = known[s];
            string prose = Cut(text);
            reposts.Add((known.Count, prose));
            known.Add(($"{ScripturePrefix}{key}", Interleave(prose, quoted)));
            (string otherKey, string other) = negatives[s];
            negatives.Add(($"scripture-negative/{otherKey}", Interleave(Cut(other), quoted)));
        }

        for (int p = 0; p < QuranPassages; p++)
        {
            int start = random.Next(verses.Length - 10);
            negatives.Add(($"quran/{start + 1}", string.Join(' ', verses, start, 8)));
        }

        var fingerprinter = new TextFingerprinter(TextMatchOptions.Default, BackgroundCorpus.BuiltIn);
        var index = new TextIndex(TextMatchOptions.Default);
        for (int i = 0; i < known.Count; i++)
        {
            index.Add(i, fingerprinter.Compute(known[i].Item2));
        }

        return new EvaluationSet
        {
            Known = known,
            Negatives = negatives,
            Reposts = reposts,
            Filler = negatives.Where(n => n.Item1.StartsWith("news/", StringComparison.Ordinal)).Select(n => n.Item2).ToList(),
            Fingerprinter = fingerprinter,
            Index = index,
        };
    }

    private static List<(string Key, string Text)> ReadTsv(string path) =>
        File.ReadLines(path)
            .Where(l => l.Length > 0)
            .Select(l => (Key: "news/" + l[..l.IndexOf('\t', StringComparison.Ordinal)], Text: l[(l.IndexOf('\t', StringComparison.Ordinal) + 1)..]))
            .ToList();

    /// <summary>UDHR articles of 40–300 words (sections joined with their paragraphs).</summary>
    private static List<(string Key, string Text)> ReadUdhrArticles(string path) =>
        File.ReadLines(path)
            .Where(l => l.Length > 0)
            .Select(l => l.Split('\t'))
            .GroupBy(f => f[0], StringComparer.Ordinal)
            .Select(g => (Key: "udhr/" + g.Key, Text: string.Join(' ', g.Select(f => f[1]))))
            .Where(a => SmallEvasions.Words(a.Text).Length is >= 40 and <= 300)
            .ToList();

    private static string Cut(string text) => string.Join(' ', SmallEvasions.Words(text).Take(ScriptureProseWords));

    private static string Interleave(string prose, List<string> quotations)
    {
        string[] words = SmallEvasions.Words(prose);
        var post = new List<string>();
        for (int p = 0; p < quotations.Count; p++)
        {
            post.AddRange(words[(words.Length * p / quotations.Count)..(words.Length * (p + 1) / quotations.Count)]);
            post.Add(quotations[p]);
        }

        return string.Join(' ', post);
    }
}
