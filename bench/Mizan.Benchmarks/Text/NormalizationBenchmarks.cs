using System.Text;
using BenchmarkDotNet.Attributes;
using Mizan.Core.Text;
using Mizan.Core.Text.Background;

namespace Mizan.Benchmarks.Text;

/// <summary>
/// Text normalisation of one 300-word post per channel, and quotation search against the built-in Quran corpus.
/// Posts are taken from the embedded Quran text (verses 2:1 onwards, cut at 300 words): <c>Vocalised</c> as
/// published (full harakat and Quranic marks, the slowest realistic Arabic), <c>Plain</c> with marks removed and
/// punctuation and an emoji every 20 words, as people post. Min and median are shown besides the mean because
/// shared build machines are noisy.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
public class NormalizationBenchmarks
{
    private const int Words = 300;

    private string _post = "";

    [Params("Vocalised", "Plain")]
    public string Post { get; set; } = "Vocalised";

    [GlobalSetup]
    public void Setup()
    {
        string[] verses = QuranText.LoadVerses();
        var words = new List<string>(Words);
        for (int verse = 7; words.Count < Words; verse++)
        {
            foreach (string word in verses[verse].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (words.Count < Words)
                {
                    words.Add(word);
                }
            }
        }

        var post = new StringBuilder();
        for (int i = 0; i < words.Count; i++)
        {
            string word = Post == "Plain" ? TextNormalizer.Normalize(words[i], TextChannel.Match).Text : words[i];
            post.Append(word);
            post.Append(Post == "Plain" && i % 20 == 19 ? (i % 40 == 39 ? ". \U0001F64F " : "\u060C ") : " ");
        }

        _post = post.ToString();
        BackgroundCorpus.BuiltIn.FindQuotations(_post);
        Console.WriteLine($"// {Post} post: {Words} words, {_post.Length} UTF-16 units");
    }

    [Benchmark(Baseline = true)]
    public NormalizedText Match() => TextNormalizer.Normalize(_post, TextChannel.Match);

    [Benchmark]
    public NormalizedText Skeleton() => TextNormalizer.Normalize(_post, TextChannel.Skeleton);

    [Benchmark]
    public NormalizedText Spaceless() => TextNormalizer.Normalize(_post, TextChannel.Spaceless);

    [Benchmark]
    public NormalizedText WordSet() => TextNormalizer.Normalize(_post, TextChannel.WordSet);

    /// <summary>All four channels, as a fingerprinter calls them for one post.</summary>
    [Benchmark]
    public int AllChannels() =>
        TextNormalizer.Normalize(_post, TextChannel.Match).Text.Length
        + TextNormalizer.Normalize(_post, TextChannel.Skeleton).Text.Length
        + TextNormalizer.Normalize(_post, TextChannel.Spaceless).Text.Length
        + TextNormalizer.Normalize(_post, TextChannel.WordSet).Text.Length;

    /// <summary>Match, skeleton and spaceless from one shared match-level pass (the multi-channel overload).</summary>
    [Benchmark]
    public int ThreeChannelsShared() =>
        TextNormalizer.Normalize(_post, TextChannel.Match, TextChannel.Skeleton, TextChannel.Spaceless).Length;

    /// <summary>Quotation search: match normalisation, word hashing and 4-gram look-ups.</summary>
    [Benchmark]
    public int FindQuotations() => BackgroundCorpus.BuiltIn.FindQuotations(_post).Count;
}
