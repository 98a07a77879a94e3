using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Mizan.Core.Hashing;
using Mizan.Core.Indexing;

namespace Mizan.Benchmarks.Indexing;

/// <summary>
/// <see cref="PdqIndex.Build(ReadOnlySpan{long}, ReadOnlySpan{PdqHash})"/> over N uniform random hashes (all cores), and the memory it allocates. Each
/// build takes seconds, so a few single runs (Monitoring) rather than many invocations.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
[MemoryDiagnoser]
public class PdqIndexBuildBenchmarks
{
    private PdqHash[] _hashes = [];
    private long[] _ids = [];

    [Params(1_000_000, 10_000_000)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        (_ids, _hashes) = PdqBenchmarkData.Uniform(N, new Random(PdqBenchmarkData.Seed));
    }

    [Benchmark]
    public long Build()
    {
        PdqIndex index = PdqIndex.Build(_ids, _hashes);
        return index.EstimatedMemoryBytes;
    }
}
