using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using Mizan.Core.Hashing;
using Mizan.Core.Indexing;

namespace Mizan.Benchmarks.Indexing;

/// <summary>
/// Radius-31 lookups over 10M hashes with the index's columns on transparent huge pages or on ordinary 4 KiB pages
/// (the reason for <c>NativeColumn</c>), and the build time each way. Linux only makes a difference; the machine's
/// /sys/kernel/mm/transparent_hugepage/enabled must be "madvise" or "always".
/// Run: <c>dotnet run -c Release --project bench/Mizan.Benchmarks -- --filter '*HugePages*'</c>.
/// </summary>
[Config(typeof(Config))]
public class PdqHugePagesBenchmarks
{
    private const int Radius = 31;
    private const int QueryCount = 1000;

    private PdqIndex _index = null!;
    private PdqHash[] _queries = [];
    private readonly List<PdqMatch> _results = new(1024);

    [Params(true, false)]
    public bool HugePages { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(PdqBenchmarkData.Seed);
        (long[] ids, PdqHash[] hashes) = PdqBenchmarkData.Uniform(10_000_000, random);
        _queries = PdqBenchmarkData.Queries(hashes, QueryCount, Radius, random);
        Mizan.Core.Indexing.HugePages.Enabled = HugePages;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        _index = PdqIndex.Build(ids, hashes);
        Console.WriteLine($"// HugePages={HugePages}: build {clock.Elapsed.TotalSeconds:F2} s");
    }

    [Benchmark(OperationsPerInvoke = QueryCount)]
    public int Mih()
    {
        int found = 0;
        foreach (PdqHash query in _queries)
        {
            _results.Clear();
            _index.Search(query, Radius, _results);
            found += _results.Count;
        }

        return found;
    }

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(2).WithIterationCount(8));
            AddColumn(new LookupsPerSecondColumn());
        }
    }
}
