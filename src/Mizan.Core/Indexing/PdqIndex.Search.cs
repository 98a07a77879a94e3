using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;
using Mizan.Core.Hashing;

namespace Mizan.Core.Indexing;

public sealed partial class PdqIndex
{
    private const int KeyBatch = 64;
    private const int CandidateBatch = 4 * KeyBatch; // at least KeyBatch: one-entry buckets are collected unchecked

    /// <inheritdoc />
    public void Search(PdqHash query, int maxDistance, List<PdqMatch> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentOutOfRangeException.ThrowIfNegative(maxDistance);
        maxDistance = Math.Min(maxDistance, 256);

        Snapshot s = Volatile.Read(ref _snapshot);
        int scanFrom = 0;
        if (s.Layout is { } layout && s.Main > 0 && layout.Radii(maxDistance) is { } radii)
        {
            SearchChunks(s, layout, radii, query, maxDistance, results);
            scanFrom = s.Main;
        }

        Scan(s, query, maxDistance, scanFrom, results);

        // The snapshot owns the unmanaged columns read through raw pointers above: keep it (and them) alive until here.
        GC.KeepAlive(s);
    }

    /// <summary>Linear scan of positions [<paramref name="from"/>, Count).</summary>
    private static unsafe void Scan(Snapshot s, PdqHash query, int maxDistance, int from, List<PdqMatch> results)
    {
        ulong q0 = query.W0, q1 = query.W1, q2 = query.W2, q3 = query.W3;
        int count = s.Count;
        while (from < count)
        {
            int segment = from >> SegmentBits;
            int end = Math.Min(SegmentSize, count - (segment << SegmentBits));
            RowSegment rows = s.Hashes[segment];
            if (rows.Capacity < end)
            {
                throw new InvalidOperationException("Segment shorter than its count."); // keeps the unchecked reads below in bounds
            }

            ulong* row = rows.RowUnchecked(0);
            for (int i = from & SegmentMask; i < end; i++)
            {
                ulong* words = row + (i * 4);
                int distance = BitOperations.PopCount(words[0] ^ q0) + BitOperations.PopCount(words[1] ^ q1)
                    + BitOperations.PopCount(words[2] ^ q2) + BitOperations.PopCount(words[3] ^ q3);
                if (distance <= maxDistance && !s.IsDead((segment << SegmentBits) + i))
                {
                    results.Add(new PdqMatch(s.Ids[segment][i], distance));
                }
            }

            from = (segment + 1) << SegmentBits;
        }
    }

    private static unsafe void SearchChunks(
        Snapshot s, PdqIndexLayout layout, sbyte[] radii, PdqHash query, int maxDistance, List<PdqMatch> results)
    {
        Span<ulong> words = [query.W0, query.W1, query.W2, query.W3];
        int chunks = layout.ChunkCount;
        Span<uint> queryKeys = stackalloc uint[PdqIndexLayout.MaxChunks];
        layout.Keys(words, queryKeys[..chunks]);

        var search = new ChunkSearch(
            s, layout, radii, words, queryKeys[..chunks], maxDistance, results,
            stackalloc int[KeyBatch], stackalloc int[CandidateBatch]);
        ProbeAround(s, layout, radii, queryKeys[..chunks], ref search);
    }

    /// <summary>
    /// Runs the chunk search for <paramref name="query"/> as <see cref="Search"/> does, reading without reporting,
    /// and adds the cache lines it reads to <paramref name="counter"/> (a measurement for PdqIndexBenchmarks);
    /// false when the index would scan instead.
    /// </summary>
    internal bool CountReads(PdqHash query, int maxDistance, PdqReadCounter counter)
    {
        ArgumentNullException.ThrowIfNull(counter);
        Snapshot s = Volatile.Read(ref _snapshot);
        if (s.Layout is not { } layout || s.Main == 0 || layout.Radii(maxDistance) is not { } radii)
        {
            return false;
        }

        Span<uint> queryKeys = stackalloc uint[PdqIndexLayout.MaxChunks];
        queryKeys = queryKeys[..layout.ChunkCount];
        layout.Keys([query.W0, query.W1, query.W2, query.W3], queryKeys);

        var count = new ReadCount(s, counter);
        ProbeAround(s, layout, radii, queryKeys, ref count);
        GC.KeepAlive(s);
        return true;
    }

    /// <summary>Hands <paramref name="probe"/>, in batches, every bucket key within each chunk's radius of the query's.</summary>
    private static unsafe void ProbeAround<TProbe>(
        Snapshot s, PdqIndexLayout layout, sbyte[] radii, scoped ReadOnlySpan<uint> queryKeys, ref TProbe probe)
        where TProbe : IChunkProbe, allows ref struct
    {
        Span<uint> keys = stackalloc uint[KeyBatch];
        for (int c = 0; c < queryKeys.Length; c++)
        {
            int radius = radii[c];
            if (radius < 0)
            {
                continue;
            }

            probe.Begin(c, s.Chunks[c].Heads.Items, s.Chunks[c].Overflow.Items);
            uint key = queryKeys[c];
            keys[0] = key;
            int count = 1;
            ulong end = 1UL << layout.Width(c);
            for (int flips = 1; flips <= radius; flips++)
            {
                // Every value at exactly `flips` bits from the key: XOR with each width-bit mask of that many
                // ones, in increasing order (Gosper's hack).
                for (ulong mask = (1UL << flips) - 1; mask < end; mask = NextCombination(mask))
                {
                    keys[count++] = key ^ (uint)mask;
                    if (count == KeyBatch)
                    {
                        probe.Probe(keys);
                        count = 0;
                    }
                }
            }

            probe.Probe(keys[..count]);
        }
    }

    /// <summary>The next larger integer with the same number of set bits.</summary>
    private static ulong NextCombination(ulong mask)
    {
        ulong lowest = mask & (0UL - mask);
        ulong ripple = mask + lowest;
        return (((ripple ^ mask) >> 2) >> BitOperations.TrailingZeroCount(lowest)) | ripple;
    }

    /// <summary>What <see cref="ProbeAround"/> hands the bucket keys to: the search, or a read count.</summary>
    private unsafe interface IChunkProbe
    {
        /// <summary>The keys that follow are of chunk <paramref name="chunk"/>, whose index has these columns.</summary>
        void Begin(int chunk, int* heads, int* overflow);

        void Probe(scoped ReadOnlySpan<uint> keys);
    }

    /// <summary>
    /// Counts what <see cref="ChunkSearch"/> reads for the same keys: each head, each overflow record of a bucket
    /// with two or more entries, each row of a candidate (positions below Main).
    /// </summary>
    private unsafe ref struct ReadCount(Snapshot snapshot, PdqReadCounter counter) : IChunkProbe
    {
        private int* _heads;
        private int* _overflow;

        public void Begin(int chunk, int* heads, int* overflow)
        {
            _heads = heads;
            _overflow = overflow;
        }

        public readonly void Probe(scoped ReadOnlySpan<uint> keys)
        {
            counter.Batch();
            foreach (uint key in keys)
            {
                int head = _heads[key];
                counter.Head(_heads + key);
                if (head > 0)
                {
                    Row(head - 1, ofHead: true);
                }
                else if (head < 0)
                {
                    int* record = _overflow + (-head - 1);
                    counter.Record(record, *record);
                    for (int j = 1; j <= *record; j++)
                    {
                        Row(record[j], ofHead: false);
                    }
                }
            }
        }

        private readonly void Row(int position, bool ofHead)
        {
            if (position < snapshot.Main)
            {
                counter.Row(RowAt(snapshot.Hashes, position), ofHead);
            }
        }
    }

    /// <summary>
    /// Probes buckets in batches, in stages whose loads do not depend on each other (bucket heads, then overflow
    /// records, then rows), so that many cache misses are in flight at once instead of one at a time.
    /// </summary>
    /// <remarks>
    /// Reads are unchecked where the structure guarantees the bounds: a key is below 2^width, the length of the
    /// heads; a head points at a record inside the overflow; a position below Main has a row.
    /// </remarks>
    private unsafe ref struct ChunkSearch(
        Snapshot snapshot,
        PdqIndexLayout layout,
        sbyte[] radii,
        ReadOnlySpan<ulong> query,
        ReadOnlySpan<uint> queryKeys,
        int maxDistance,
        List<PdqMatch> results,
        Span<int> records,
        Span<int> candidates) : IChunkProbe
    {
        private readonly Snapshot _snapshot = snapshot;
        private readonly PdqIndexLayout _layout = layout;
        private readonly sbyte[] _radii = radii;
        private readonly ulong _q0 = query[0];
        private readonly ulong _q1 = query[1];
        private readonly ulong _q2 = query[2];
        private readonly ulong _q3 = query[3];
        private readonly ReadOnlySpan<uint> _queryKeys = queryKeys;
        private readonly RowSegment[] _hashes = snapshot.Hashes;
        private readonly int _main = snapshot.Main;
        private readonly int _maxDistance = maxDistance;
        private readonly List<PdqMatch> _results = results;
        private readonly Span<int> _records = records;
        private readonly Span<int> _candidates = candidates;

        private int _chunk;
        private int* _heads;
        private int* _overflow;

        public void Begin(int chunk, int* heads, int* overflow)
        {
            _chunk = chunk;
            _heads = heads;
            _overflow = overflow;
        }

        public readonly void Probe(scoped ReadOnlySpan<uint> keys)
        {
            int* heads = _heads;
            if (Sse.IsSupported)
            {
                foreach (uint key in keys)
                {
                    Sse.Prefetch0(heads + key);
                }
            }

            // Empty and one-entry buckets are settled by their head; larger ones are read from the overflow next.
            int* overflow = _overflow;
            Span<int> candidates = _candidates;
            Span<int> records = _records;
            int count = 0, recordCount = 0;
            foreach (uint key in keys)
            {
                int head = heads[key];
                if (head > 0)
                {
                    int position = head - 1;
                    if (position < _main)
                    {
                        PrefetchRow(position);
                        candidates[count++] = position;
                    }
                }
                else if (head < 0)
                {
                    int record = -head - 1;
                    if (Sse.IsSupported)
                    {
                        Sse.Prefetch0(overflow + record);
                    }

                    records[recordCount++] = record;
                }
            }

            foreach (int record in records[..recordCount])
            {
                int* positions = overflow + record + 1;
                int size = overflow[record];
                for (int j = 0; j < size; j++)
                {
                    int position = positions[j];
                    if (position >= _main)
                    {
                        break; // merged into this chunk but not yet into all: still scanned as tail
                    }

                    PrefetchRow(position);
                    candidates[count++] = position;
                    if (count == candidates.Length)
                    {
                        Verify(candidates);
                        count = 0;
                    }
                }
            }

            Verify(candidates[..count]);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private readonly void PrefetchRow(int position)
        {
            if (Sse.IsSupported)
            {
                Sse.Prefetch0(Row(position));
            }
        }

        private readonly void Verify(ReadOnlySpan<int> candidates)
        {
            foreach (int position in candidates)
            {
                ulong* row = Row(position);
                int distance = BitOperations.PopCount(row[0] ^ _q0) + BitOperations.PopCount(row[1] ^ _q1)
                    + BitOperations.PopCount(row[2] ^ _q2) + BitOperations.PopCount(row[3] ^ _q3);
                if (distance <= _maxDistance && IsFirstReport(new ReadOnlySpan<ulong>(row, 4))
                    && !_snapshot.IsDead(position))
                {
                    _results.Add(new PdqMatch(_snapshot.Ids[position >> SegmentBits][position & SegmentMask], distance));
                }
            }
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private readonly ulong* Row(int position) => RowAt(_hashes, position);

        /// <summary>
        /// An entry is found in every chunk whose value is within that chunk's radius of the query's; report it only
        /// from the first such chunk, so no visited set is needed.
        /// </summary>
        private readonly bool IsFirstReport(ReadOnlySpan<ulong> row)
        {
            for (int c = 0; c < _chunk; c++)
            {
                int radius = _radii[c];
                if (radius >= 0 && BitOperations.PopCount(_layout.Key(c, row) ^ _queryKeys[c]) <= radius)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
