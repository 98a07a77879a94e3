using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using Mizan.Core.Hashing;
using Mizan.Core.Indexing;

namespace Mizan.Benchmarks.Indexing;

/// <summary>
/// The measurement behind <see cref="PdqIndexLayout.Choose"/>: radius-31 lookups with the 256 bits split evenly
/// into a fixed number of chunks, at N = 1M and 10M, same data and queries as <see cref="PdqIndexBenchmarks"/>.
/// Run: <c>dotnet run -c Release --project bench/Mizan.Benchmarks -- --filter '*MihChunkCount*'</c>.
/// </summary>
[Config(typeof(Config))]
public class MihChunkCountBenchmarks
{
    private const int Radius = 31;
    private const int QueryCount = 1000;

    private PdqIndex _index = null!;
    private PdqHash[] _queries = [];
    private readonly List<PdqMatch> _results = new(1024);

    [Params(1_000_000, 10_000_000)]
    public int N { get; set; }

    [Params(11, 12, 13, 14, 16)]
    public int Chunks { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(PdqBenchmarkData.Seed);
        (long[] ids, PdqHash[] hashes) = PdqBenchmarkData.Uniform(N, random);
        _queries = PdqBenchmarkData.Queries(hashes, QueryCount, Radius, random);
        int[] widths = new int[Chunks];
        for (int i = 0; i < Chunks; i++)
        {
            widths[i] = (256 / Chunks) + (i < 256 % Chunks ? 1 : 0);
        }

        _index = PdqIndex.Build(ids, hashes, count => PdqIndexLayout.Create(widths, count), tailLimit: 0);
        Console.WriteLine(
            $"// N={N:N0}, widths [{string.Join(", ", widths)}]: EstimatedMemoryBytes {_index.EstimatedMemoryBytes:N0} "
            + $"({_index.EstimatedMemoryBytes / (double)N:F1} B/entry)");
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
            AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(2).WithIterationCount(6));
            AddColumn(new LookupsPerSecondColumn());
        }
    }
}
