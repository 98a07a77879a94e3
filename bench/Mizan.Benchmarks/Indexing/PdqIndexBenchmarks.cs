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
/// the index does; no lookup reading that many lines can be faster than it. DependentReads does the same reads in
/// the index's batches and order of dependence (heads, then records and the rows of one-entry buckets, then the
/// rows of records) with no other work: the ceiling for this layout.
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
/// <para>
/// 2026-11-28 evening, with DependentReads (2,878 rows: 1,007 of one-entry buckets; 51 batches a lookup), the
/// last of four runs within an hour: MihParallel 14,601/s, DependentReadsParallel 20,148/s, RandomReadsParallel
/// 20,767/s (Mih 8,334/s, DependentReads 11,517/s, RandomReads 13,933/s on one thread; BruteForceParallel 48/s).
/// MihParallel in the other three: 16,245, 14,419 and 13,605/s. The layout's own reads, waited for in the same
/// order with nothing else to do, reach about 20,000/s on both cores; the index does 72% of that.
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
    private ReadShape _shape;

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
    public ulong RandomReads() => EachLookup(ReadRandomLines);

    /// <summary><see cref="RandomReads"/> on all cores.</summary>
    [Benchmark(OperationsPerInvoke = QueryCount)]
    public ulong RandomReadsParallel() => EachLookupOnAllCores(ReadRandomLines);

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
                state = Next(state);
                batch[i] = (state % lines) * 8;
                Prefetch(words + batch[i]);
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
    /// A lookup's reads in the index's order of dependence, on one thread: per batch of keys (as many batches as a
    /// lookup has), its share of head lines read at random; then its records and the rows of one-entry buckets, at
    /// addresses that depend on the heads' contents; then the rows of records, at addresses that depend on the
    /// records'. The same lines in the same three dependent steps with no other work: a ceiling for any
    /// implementation of this layout.
    /// </summary>
    [Benchmark(OperationsPerInvoke = QueryCount)]
    public ulong DependentReads() => EachLookup(ReadDependentLines);

    /// <summary><see cref="DependentReads"/> on all cores.</summary>
    [Benchmark(OperationsPerInvoke = QueryCount)]
    public ulong DependentReadsParallel() => EachLookupOnAllCores(ReadDependentLines);

    /// <summary>A baseline's reads for each of the <see cref="QueryCount"/> lookups, seeded by the lookup's number.</summary>
    private static ulong EachLookup(Func<ulong, ulong> read)
    {
        ulong sum = 0;
        for (int q = 0; q < QueryCount; q++)
        {
            sum += read((ulong)q + 1);
        }

        return sum;
    }

    private ulong EachLookupOnAllCores(Func<ulong, ulong> read)
    {
        long sum = 0;
        Parallel.For(0, QueryCount, _parallel, q => Interlocked.Add(ref sum, (long)read((ulong)q + 1)));
        return (ulong)sum;
    }

    private unsafe ulong ReadDependentLines(ulong seed)
    {
        ulong* words = _readBuffer!.Items;
        ulong lines = (ulong)_readBuffer.Length / 8;
        ulong state = seed * 0x9E3779B97F4A7C15UL;
        ReadShape shape = _shape;
        Span<ulong> heads = stackalloc ulong[shape.MaxPerBatch];
        Span<ulong> records = stackalloc ulong[shape.MaxPerBatch];
        Span<ulong> rows = stackalloc ulong[2 * shape.MaxPerBatch];
        ulong sum = 0;
        for (int t = 0; t < shape.Batches; t++)
        {
            int headCount = Share(shape.Heads, t, shape.Batches);
            int recordCount = Share(shape.Records, t, shape.Batches);
            int rowsOfHeads = Share(shape.RowsOfHeads, t, shape.Batches);
            int rowsOfRecords = Share(shape.RowsOfRecords, t, shape.Batches);
            if (recordCount == 0)
            {
                (rowsOfHeads, rowsOfRecords) = (rowsOfHeads + rowsOfRecords, 0);
            }

            for (int i = 0; i < headCount; i++)
            {
                heads[i] = Line(state = Next(state), lines);
                Prefetch(words + heads[i]);
            }

            // What a head holds decides where its record or its row is. The buffer holds 1 everywhere: the
            // dependence on the load is what matters, the random number spreads the addresses.
            int rowCount = 0;
            for (int i = 0, h = 0; i < Math.Max(headCount, Math.Max(recordCount, rowsOfHeads)); i++, h = h + 1 == headCount ? 0 : h + 1)
            {
                ulong value = words[heads[h]];
                sum += value; // every head is waited for, as the index reads each one
                if (i < recordCount)
                {
                    records[i] = Line(value ^ (state = Next(state)), lines);
                    Prefetch(words + records[i]);
                }

                if (i < rowsOfHeads)
                {
                    rows[rowCount] = Line(value ^ (state = Next(state)), lines);
                    Prefetch(words + rows[rowCount++]);
                }
            }

            // Rows of records shared out over the batch's records, the first ones taking one more.
            int each = recordCount == 0 ? 0 : rowsOfRecords / recordCount;
            int more = recordCount == 0 ? 0 : rowsOfRecords - (each * recordCount);
            for (int i = 0; i < recordCount; i++)
            {
                ulong value = words[records[i]];
                for (int j = i < more ? each + 1 : each; j > 0; j--)
                {
                    rows[rowCount] = Line(value ^ (state = Next(state)), lines);
                    Prefetch(words + rows[rowCount++]);
                }
            }

            for (int i = 0; i < rowCount; i++)
            {
                sum += words[rows[i]];
            }
        }

        GC.KeepAlive(_readBuffer);
        return sum;

        static int Share(int total, int part, int parts) =>
            (int)(((long)total * (part + 1) / parts) - ((long)total * part / parts));
    }

    /// <summary>
    /// The first word of a random line: <paramref name="random"/> scaled into [0, lines) by a multiply (Lemire 2019,
    /// "Fast Random Integer Generation in an Interval"), not a division, which would lengthen each dependent step.
    /// </summary>
    private static ulong Line(ulong random, ulong lines) => Math.BigMul(random, lines, out _) * 8;

    /// <summary>xorshift64 (Marsaglia 2003): cheap enough that the reads, not the numbers, set the pace.</summary>
    private static ulong Next(ulong state)
    {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        return state;
    }

    private static unsafe void Prefetch(ulong* address)
    {
        if (Sse.IsSupported)
        {
            Sse.Prefetch0(address);
        }
    }

    /// <summary>
    /// Counts the distinct cache lines each query's lookup reads (heads, overflow records, rows), prints the means,
    /// and prepares <see cref="RandomReads"/> and <see cref="DependentReads"/>: that many reads a lookup over a buffer
    /// as large as the index.
    /// </summary>
    private void CountReads()
    {
        var counter = new PdqReadCounter();
        long heads = 0, records = 0, rows = 0, rowsOfHeads = 0, batches = 0;
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
            rowsOfHeads += counter.RowLinesOfHeads;
            batches += counter.Batches;
        }

        double n = _queries.Length;
        _shape = new ReadShape(
            (int)(heads / n), (int)(records / n), (int)(rowsOfHeads / n), (int)((rows - rowsOfHeads) / n), (int)(batches / n));
        _readsPerLookup = (int)((heads + records + rows) / n);
        Console.WriteLine(
            $"// A lookup reads {_readsPerLookup:N0} distinct cache lines on average: {heads / n:N0} of bucket heads, "
            + $"{records / n:N0} of overflow records, {rows / n:N0} of hash rows ({rowsOfHeads / n:N0} of them of one-entry "
            + $"buckets), in {batches / n:N1} batches of keys.");
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

    /// <summary>A lookup's average reads by kind, and its batches of keys.</summary>
    private readonly record struct ReadShape(int Heads, int Records, int RowsOfHeads, int RowsOfRecords, int Batches)
    {
        /// <summary>The most of any one kind a batch holds.</summary>
        public int MaxPerBatch =>
            (Math.Max(Math.Max(Heads, Records), Math.Max(RowsOfHeads, RowsOfRecords)) / Math.Max(Batches, 1)) + 2;
    }
}
