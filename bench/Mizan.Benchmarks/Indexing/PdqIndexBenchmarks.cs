using System.Diagnostics;
using System.Runtime.Intrinsics.X86;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using Mizan.Core.Hashing;
using Mizan.Core.Indexing;

namespace Mizan.Benchmarks.Indexing;

/// <summary>
/// Exact PDQ lookups at radius 31 (pdq/README.md's match threshold) over N uniform random hashes: multi-index
/// hashing (<see cref="PdqIndex"/>) against a linear scan (<see cref="BruteForcePdqIndex"/>) of the same data,
/// one thread and all cores. One operation is one query, so Lookups/s = 1 / Mean. Beside them, the machine's own
/// limit: RandomReads does, per operation, as many independent random 64-byte reads as a lookup reads distinct
/// cache lines on average (counted in GlobalSetup), over a buffer as large as the index, prefetched 64 at a time as
/// the index does; no lookup reading that many lines can be faster than it.
/// </summary>
/// <remarks>
/// Half the queries are random (almost never within 31 of anything), half are an indexed hash with 0-31 bits
/// flipped (at least one match). GlobalSetup checks that both indexes return identical sets for every query,
/// and prints the build time and memory. Run:
/// <c>dotnet run -c Release --project bench/Mizan.Benchmarks -- --filter '*PdqIndexBenchmarks*'</c>; <c>MIZAN_PDQ_BENCH_N=10000000</c>
/// runs one size only.
/// <para>
/// 2026-11-28, 2-core AMD EPYC, .NET 10.0.12, quiet machine, N = 10,000,000: Mih 108.2 µs (9,246 lookups/s on one
/// thread), MihParallel 63.2 µs (15,830/s on both cores), BruteForce 42.8 ms (23/s), BruteForceParallel 21.9 ms
/// (46/s); 1,000 queries checked identical; index 132.8 B/entry (1.33 GB), built in 3.3-5.6 s.
/// </para>
/// <para>
/// Later the same day, with the read count: a lookup reads 5,623 distinct lines (1,990 of heads, 756 of overflow
/// records, 2,878 of rows); Mih 140.8 µs (7,100/s), MihParallel 68.4 µs (14,619/s), RandomReads 103.9 µs (9,628/s),
/// RandomReadsParallel 41.7 µs (23,990/s), BruteForceParallel 22.1 ms (45/s). The machine's pace varies by a third
/// from hour to hour; the index ran at 61% of the random-read baseline on both cores and 74% on one.
/// </para>
/// </remarks>
[Config(typeof(Config))]
[MemoryDiagnoser]
public class PdqIndexBenchmarks
{
    private const int Radius = 31;
    private const int QueryCount = 1000;
    private const int BruteForceQueryCount = 40; // a linear scan of 10M takes ~10 ms a query

    private PdqIndex _index = null!;
    private BruteForcePdqIndex _bruteForce = null!;
    private PdqHash[] _queries = [];
    private readonly List<PdqMatch> _results = new(1024);
    private readonly ParallelOptions _parallel = new() { MaxDegreeOfParallelism = Environment.ProcessorCount };
    private NativeColumn<ulong>? _readBuffer;
    private int _readsPerLookup;

    /// <summary>Index sizes: 1M and 10M, or the comma-separated list in MIZAN_PDQ_BENCH_N.</summary>
    public static IEnumerable<int> Sizes =>
        Environment.GetEnvironmentVariable("MIZAN_PDQ_BENCH_N") is { Length: > 0 } sizes
            ? sizes.Split(',').Select(s => int.Parse(s, System.Globalization.CultureInfo.InvariantCulture))
            : [1_000_000, 10_000_000];

    [ParamsSource(nameof(Sizes))]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(PdqBenchmarkData.Seed);
        (long[] ids, PdqHash[] hashes) = PdqBenchmarkData.Uniform(N, random);
        _queries = PdqBenchmarkData.Queries(hashes, QueryCount, Radius, random);

        long residentBefore = Resident();
        var clock = Stopwatch.StartNew();
        _index = PdqIndex.Build(ids, hashes);
        TimeSpan build = clock.Elapsed;
        long indexResident = Resident() - residentBefore;
        Console.WriteLine(
            $"// PdqIndex N={N:N0}: build {build.TotalSeconds:F2} s, {_index.ChunkCount} chunks; "
            + $"EstimatedMemoryBytes {_index.EstimatedMemoryBytes:N0} ({_index.EstimatedMemoryBytes / (double)N:F1} B/entry); "
            + $"process resident set +{indexResident:N0} B for the index ({indexResident / (double)N:F1} B/entry), "
            + $"{Resident():N0} B in all with the input arrays");

        _bruteForce = new BruteForcePdqIndex(ids, hashes);
        CheckSameResults();
        CountReads();
    }

    [GlobalCleanup]
    public void Cleanup() => _readBuffer?.Dispose();

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

    [Benchmark(OperationsPerInvoke = QueryCount)]
    public int MihParallel()
    {
        int found = 0;
        Parallel.For(
            0,
            QueryCount,
            _parallel,
            static () => new List<PdqMatch>(),
            (q, _, results) =>
            {
                results.Clear();
                _index.Search(_queries[q], Radius, results);
                return results;
            },
            results => Interlocked.Add(ref found, results.Count));
        return found;
    }

    [Benchmark(OperationsPerInvoke = BruteForceQueryCount)]
    public int BruteForce()
    {
        int found = 0;
        for (int q = 0; q < BruteForceQueryCount; q++)
        {
            _results.Clear();
            _bruteForce.Search(_queries[q], Radius, _results);
            found += _results.Count;
        }

        return found;
    }

    [Benchmark(OperationsPerInvoke = BruteForceQueryCount)]
    public int BruteForceParallel()
    {
        int found = 0;
        Parallel.For(
            0,
            BruteForceQueryCount,
            _parallel,
            static () => new List<PdqMatch>(),
            (q, _, results) =>
            {
                results.Clear();
                _bruteForce.Search(_queries[q], Radius, results);
                return results;
            },
            results => Interlocked.Add(ref found, results.Count));
        return found;
    }

    /// <summary>One lookup's worth of random line reads (see the class summary), on one thread.</summary>
    [Benchmark(OperationsPerInvoke = QueryCount)]
    public ulong RandomReads()
    {
        ulong sum = 0;
        for (int q = 0; q < QueryCount; q++)
        {
            sum += ReadRandomLines((ulong)q + 1);
        }

        return sum;
    }

    /// <summary><see cref="RandomReads"/> on all cores.</summary>
    [Benchmark(OperationsPerInvoke = QueryCount)]
    public ulong RandomReadsParallel()
    {
        long sum = 0;
        Parallel.For(0, QueryCount, _parallel, q => Interlocked.Add(ref sum, (long)ReadRandomLines((ulong)q + 1)));
        return (ulong)sum;
    }

    private unsafe ulong ReadRandomLines(ulong seed)
    {
        ulong* words = _readBuffer!.Items;
        ulong lines = (ulong)_readBuffer.Length / 8;
        ulong state = seed * 0x9E3779B97F4A7C15UL;
        Span<ulong> batch = stackalloc ulong[64];
        ulong sum = 0;
        for (int done = 0; done < _readsPerLookup; done += batch.Length)
        {
            int count = Math.Min(batch.Length, _readsPerLookup - done);
            for (int i = 0; i < count; i++)
            {
                // xorshift64 (Marsaglia 2003): cheap enough that the reads, not the numbers, set the pace.
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                batch[i] = (state % lines) * 8;
                if (Sse.IsSupported)
                {
                    Sse.Prefetch0(words + batch[i]);
                }
            }

            for (int i = 0; i < count; i++)
            {
                sum += words[batch[i]];
            }
        }

        GC.KeepAlive(_readBuffer);
        return sum;
    }

    /// <summary>
    /// Counts the distinct cache lines each query's lookup reads (heads, overflow records, rows), prints the means,
    /// and prepares <see cref="RandomReads"/>: that many reads a lookup over a buffer as large as the index.
    /// </summary>
    private void CountReads()
    {
        var counter = new PdqReadCounter();
        long heads = 0, records = 0, rows = 0;
        foreach (PdqHash query in _queries)
        {
            counter.Clear();
            if (!_index.CountReads(query, Radius, counter))
            {
                throw new InvalidOperationException("The index would scan at this size: no reads to count.");
            }

            heads += counter.HeadLines;
            records += counter.RecordLines;
            rows += counter.RowLines;
        }

        _readsPerLookup = (int)((heads + records + rows) / _queries.Length);
        Console.WriteLine(
            $"// A lookup reads {_readsPerLookup:N0} distinct cache lines on average: {heads / (double)_queries.Length:N0} of bucket heads, "
            + $"{records / (double)_queries.Length:N0} of overflow records, {rows / (double)_queries.Length:N0} of hash rows.");
        _readBuffer = new NativeColumn<ulong>(checked((int)(_index.EstimatedMemoryBytes / sizeof(ulong))));
        _readBuffer.Span.Fill(1);
    }

    /// <summary>Resident set after a full, compacting collection and the finalizers it queues (freed native columns).</summary>
    private static long Resident()
    {
        for (int i = 0; i < 2; i++)
        {
            GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
        }

        using var process = Process.GetCurrentProcess();
        return process.WorkingSet64;
    }

    private void CheckSameResults()
    {
        var expected = new List<PdqMatch>();
        var actual = new List<PdqMatch>();
        int matches = 0;
        foreach (PdqHash query in _queries)
        {
            expected.Clear();
            actual.Clear();
            _bruteForce.Search(query, Radius, expected);
            _index.Search(query, Radius, actual);
            expected.Sort(ByIdThenDistance);
            actual.Sort(ByIdThenDistance);
            if (!expected.SequenceEqual(actual))
            {
                throw new InvalidOperationException(
                    $"PdqIndex and BruteForcePdqIndex disagree for {query}: {expected.Count} vs {actual.Count} matches.");
            }

            matches += expected.Count;
        }

        Console.WriteLine($"// Checked {_queries.Length} queries: identical result sets ({matches} matches in all).");
    }

    private static int ByIdThenDistance(PdqMatch a, PdqMatch b) =>
        a.Id != b.Id ? a.Id.CompareTo(b.Id) : a.Distance.CompareTo(b.Distance);

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            // One process per case (a 10M index takes seconds to build); ten measured iterations are plenty
            // for means of thousands of queries.
            AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(10));
            AddColumn(new LookupsPerSecondColumn());
        }
    }
}
