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
        var random = new Random(20240531);
        _hashes = new PdqHash[N];
        _ids = new long[N];
        Span<byte> bytes = stackalloc byte[32];
        for (int i = 0; i < N; i++)
        {
            random.NextBytes(bytes);
            _hashes[i] = PdqHash.FromBytes(bytes);
            _ids[i] = i + 1;
        }
    }

    [Benchmark]
    public long Build()
    {
        PdqIndex index = PdqIndex.Build(_ids, _hashes);
        return index.EstimatedMemoryBytes;
    }
}
