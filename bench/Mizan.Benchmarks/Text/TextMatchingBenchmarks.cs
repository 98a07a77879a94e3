using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using Mizan.Benchmarks.Indexing;
using Mizan.Core.Text;
using Mizan.Core.Text.Matching;

namespace Mizan.Benchmarks.Text;

/// <summary>
/// Text matching on Arabic-script pseudo-text: (1) fingerprints per second for 300-word posts, all channels, with
/// one-permutation and classic MinHash; (2) searches per second over an index of <see cref="N"/> known items of
/// 60–80 words, one thread and all cores; (3) the baseline, exact Jaccard and containment by linear scan over a
/// sample of <see cref="ScanSample"/> items in all four channels. One operation is one text or one query, so
/// Lookups/s = 1 / Mean.
/// </summary>
/// <remarks>
/// Pseudo-text: words drawn with Zipf's law (s = 1) from 20,000 pseudo-words of 2–8 Arabic letters, some with
/// harakat, so common words recur as in prose (unrelated 70-word texts: character 5-gram Jaccard 0.023 in Match, 0.030
/// in Skeleton, 0.004 in Spaceless; word-set Jaccard 0.085). Queries:
/// a third known items with 10% of words replaced, a third known items inside a post five times longer, a third
/// unrelated 300-word posts; setup prints how many were found, the build time and the memory per item.
/// Run: <c>dotnet run -c Release --project bench/Mizan.Benchmarks -- --filter '*TextMatching*' --job short</c>;
/// <c>MIZAN_TEXT_BENCH_N</c> overrides N (e.g. 100000 for a quick run).
/// <para>
/// 2026-11-28, 2-core AMD EPYC, .NET 10.0.12, ShortRun, quiet machine, with anchor words (short items inside long
/// posts, reordered items): ComputeWithQuranMasking 182 µs (5,486 posts/s on one core), ComputeOnePermutation
/// 146 µs (6,875/s), ComputeClassic 820 µs (1,219/s); N = 1,000,000: index 4,767 B/item (EstimatedMemoryBytes;
/// managed heap growth 4,808 B/item), built in 135 s with fingerprinting on both cores; Search 452 µs (2,215
/// queries/s on one thread), SearchParallel 290 µs (3,444/s on both cores); SearchBaselineLinearScan over 10,000
/// items 165 ms a query (6/s, so about 17 s a query over a million). All 200 planted queries found, nothing reported
/// for the 100 unrelated posts.
/// </para>
/// </remarks>
[Config(typeof(Config))]
[MemoryDiagnoser]
public class TextMatchingBenchmarks
{
    private const int PostCount = 200;
    private const int QueryCount = 300;
    private const int ScanSample = 10_000;
    private const int ScanQueryCount = 30;
    private const string ComputeGroup = "Compute";
    private const string SearchGroup = "Search";

    private readonly ParallelOptions _parallel = new() { MaxDegreeOfParallelism = Environment.ProcessorCount };
    private readonly List<TextMatch> _results = new(64);
    private TextFingerprinter _onePermutation = null!;
    private TextFingerprinter _classic = null!;
    private TextFingerprinter _quranMasking = null!;
    private string[] _posts = [];
    private TextIndex _index = null!;
    private TextFingerprint[] _queries = [];
    private uint[][][] _scanSets = [];

    public static int N => int.TryParse(Environment.GetEnvironmentVariable("MIZAN_TEXT_BENCH_N"), out int n) ? n : 1_000_000;

    [GlobalSetup(Targets = [nameof(ComputeOnePermutation), nameof(ComputeClassic), nameof(ComputeWithQuranMasking)])]
    public void SetupCompute()
    {
        TextNormalizer.VerifyUnicodeSupport();
        var generator = new PseudoArabic(1);
        _posts = new string[PostCount];
        for (int i = 0; i < _posts.Length; i++)
        {
            _posts[i] = generator.Text(300);
        }

        _onePermutation = new TextFingerprinter(new TextMatchOptions(), BackgroundCorpus.Empty);
        _classic = new TextFingerprinter(new TextMatchOptions { Scheme = MinHashScheme.Classic }, BackgroundCorpus.Empty);
        _quranMasking = new TextFingerprinter(new TextMatchOptions(), BackgroundCorpus.BuiltIn);
        _ = _quranMasking.Compute(_posts[0]); // builds the Quran's gram sets outside the measurement
    }

    [GlobalSetup(Targets = [nameof(Search), nameof(SearchParallel)])]
    public void SetupIndex()
    {
        TextNormalizer.VerifyUnicodeSupport();
        var fingerprinter = new TextFingerprinter(TextMatchOptions.Default, BackgroundCorpus.Empty);
        _index = new TextIndex(TextMatchOptions.Default);
        int n = N;
        long before = GC.GetTotalMemory(forceFullCollection: true);
        var clock = Stopwatch.StartNew();

        // Generated and fingerprinted in parallel batches, added on this thread.
        const int Batch = 8192;
        var fingerprints = new TextFingerprint[Batch];
        for (int start = 0; start < n; start += Batch)
        {
            int count = Math.Min(Batch, n - start);
            int first = start;
            Parallel.For(0, count, _parallel, i => fingerprints[i] = fingerprinter.Compute(KnownText(first + i)));
            for (int i = 0; i < count; i++)
            {
                _index.Add(first + i, fingerprints[i]);
            }
        }

        TimeSpan build = clock.Elapsed;
        Array.Clear(fingerprints);
        long after = GC.GetTotalMemory(forceFullCollection: true);
        Console.WriteLine(
            $"// TextIndex N={n:N0}: built in {build.TotalSeconds:F1} s ({n / build.TotalSeconds:N0} items/s incl. fingerprinting), "
            + $"EstimatedMemoryBytes {_index.EstimatedMemoryBytes:N0} ({_index.EstimatedMemoryBytes / (double)n:N0} B/item), "
            + $"managed heap growth {after - before:N0} B ({(after - before) / (double)n:N0} B/item)");

        _queries = CreateQueries(fingerprinter, n);
        int[] found = new int[3];
        int wrong = 0;
        for (int q = 0; q < _queries.Length; q++)
        {
            _results.Clear();
            _index.Search(_queries[q], TextMatchOptions.RecommendedMinSimilarity, TextMatchOptions.RecommendedMinContainment, _results);
            foreach (TextMatch match in _results)
            {
                if (match.Id == QuerySource(q, n))
                {
                    found[q % 3]++;
                }
                else
                {
                    wrong++;
                }
            }
        }

        Console.WriteLine(
            $"// Found: {found[0]}/{QueryCount / 3} edited copies (10% words replaced), {found[1]}/{QueryCount / 3} "
            + $"passages inside 5x longer posts, {found[2]} for {QueryCount / 3} unrelated posts; {wrong} other items reported.");
    }

    [GlobalSetup(Target = nameof(SearchBaselineLinearScan))]
    public void SetupScan()
    {
        TextNormalizer.VerifyUnicodeSupport();
        var fingerprinter = new TextFingerprinter(TextMatchOptions.Default, BackgroundCorpus.Empty);
        _scanSets = new uint[ScanSample][][];
        Parallel.For(0, ScanSample, _parallel, i =>
        {
            TextFingerprint fingerprint = fingerprinter.Compute(KnownText(i));
            _scanSets[i] = Sets(fingerprint);
        });
        _queries = CreateQueries(fingerprinter, ScanSample);
    }

    /// <summary>(1) Fingerprints of 300-word posts, one-permutation MinHash (the default); the baseline of the
    /// Compute group.</summary>
    [Benchmark(OperationsPerInvoke = PostCount, Baseline = true)]
    [BenchmarkCategory(ComputeGroup)]
    public int ComputeOnePermutation()
    {
        int shingles = 0;
        foreach (string post in _posts)
        {
            shingles += _onePermutation.Compute(post)[TextChannel.Match].ShingleCount;
        }

        return shingles;
    }

    /// <summary>(1) The same with classic 128-permutation MinHash.</summary>
    [Benchmark(OperationsPerInvoke = PostCount)]
    [BenchmarkCategory(ComputeGroup)]
    public int ComputeClassic()
    {
        int shingles = 0;
        foreach (string post in _posts)
        {
            shingles += _classic.Compute(post)[TextChannel.Match].ShingleCount;
        }

        return shingles;
    }

    /// <summary>(1) One-permutation fingerprints with the built-in Quran looked for in every form (as the server
    /// fingerprints), on posts that quote nothing.</summary>
    [Benchmark(OperationsPerInvoke = PostCount)]
    [BenchmarkCategory(ComputeGroup)]
    public int ComputeWithQuranMasking()
    {
        int shingles = 0;
        foreach (string post in _posts)
        {
            shingles += _quranMasking.Compute(post)[TextChannel.Match].ShingleCount;
        }

        return shingles;
    }

    /// <summary>(2) Index searches (fingerprints precomputed), one thread.</summary>
    [Benchmark(OperationsPerInvoke = QueryCount)]
    [BenchmarkCategory(SearchGroup)]
    public int Search()
    {
        int found = 0;
        foreach (TextFingerprint query in _queries)
        {
            _results.Clear();
            _index.Search(query, TextMatchOptions.RecommendedMinSimilarity, TextMatchOptions.RecommendedMinContainment, _results);
            found += _results.Count;
        }

        return found;
    }

    /// <summary>(2) Index searches on all cores.</summary>
    [Benchmark(OperationsPerInvoke = QueryCount)]
    [BenchmarkCategory(SearchGroup)]
    public int SearchParallel()
    {
        int found = 0;
        Parallel.For(
            0,
            QueryCount,
            _parallel,
            static () => new List<TextMatch>(),
            (q, _, results) =>
            {
                results.Clear();
                _index.Search(_queries[q], TextMatchOptions.RecommendedMinSimilarity, TextMatchOptions.RecommendedMinContainment, results);
                return results;
            },
            results => Interlocked.Add(ref found, results.Count));
        return found;
    }

    /// <summary>(3) Baseline of the Search group: exact Jaccard and containment against every one of
    /// <see cref="ScanSample"/> items. Named to run with <c>--filter '*TextMatchingBenchmarks.Search*'</c>.</summary>
    [Benchmark(OperationsPerInvoke = ScanQueryCount, Baseline = true)]
    [BenchmarkCategory(SearchGroup)]
    public int SearchBaselineLinearScan()
    {
        int found = 0;
        for (int q = 0; q < ScanQueryCount; q++)
        {
            TextFingerprint query = _queries[q];
            foreach (uint[][] known in _scanSets)
            {
                for (int c = 0; c < known.Length; c++)
                {
                    (double similarity, double containment) = TextIndex.Compare(known[c], query[(TextChannel)c].Shingles);
                    if (similarity >= TextMatchOptions.RecommendedMinSimilarity || containment >= TextMatchOptions.RecommendedMinContainment)
                    {
                        found++;
                        break;
                    }
                }
            }
        }

        return found;
    }

    private static uint[][] Sets(TextFingerprint fingerprint)
    {
        var sets = new uint[TextFingerprint.Channels.Length][];
        for (int c = 0; c < sets.Length; c++)
        {
            sets[c] = fingerprint[(TextChannel)c].Shingles.ToArray();
        }

        return sets;
    }

    /// <summary>Known item <paramref name="i"/>: 60–80 words, regenerated from its number when needed.</summary>
    private static string KnownText(int i)
    {
        var generator = new PseudoArabic(1_000_003 + i);
        return generator.Text(60 + (i % 21));
    }

    private static int QuerySource(int q, int n) => (int)((q * 2_654_435_761L) % n);

    private static TextFingerprint[] CreateQueries(TextFingerprinter fingerprinter, int n)
    {
        var generator = new PseudoArabic(7);
        var queries = new TextFingerprint[QueryCount];
        for (int q = 0; q < QueryCount; q++)
        {
            string known = KnownText(QuerySource(q, n));
            string text = (q % 3) switch
            {
                0 => generator.ReplaceWords(known, 0.1),
                1 => generator.Text(120) + " " + known + " " + generator.Text(200),
                _ => generator.Text(300),
            };
            queries[q] = fingerprinter.Compute(text);
        }

        return queries;
    }

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            AddColumn(new LookupsPerSecondColumn());

            // The generated project is built while other builds share the machine; the default 120 s is not enough.
            WithBuildTimeout(TimeSpan.FromMinutes(10));
            AddLogicalGroupRules(BenchmarkLogicalGroupRule.ByCategory);
            AddColumn(CategoriesColumn.Default);
        }
    }
}
