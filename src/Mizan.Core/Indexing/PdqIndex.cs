using System.Runtime.InteropServices;
using Mizan.Core.Hashing;

namespace Mizan.Core.Indexing;

/// <summary>
/// An exact PDQ index using multi-index hashing (Norouzi, Punjani and Fleet, "Fast Search in Hamming Space with
/// Multi-Index Hashing", CVPR 2012): the 256 bits are split into m substrings ("chunks"), each indexed by value; a
/// search enumerates the chunk values near the query's, verifies each entry found by its full distance and reports
/// it once. <see cref="Search"/> returns exactly what <see cref="BruteForcePdqIndex"/> returns, for every radius
/// (falling back to a linear scan where the enumeration would cost more).
/// </summary>
/// <remarks>
/// <para>
/// Storage is columnar, with no object per entry: hashes are 32-byte rows (W0..W3, one cache line to verify a
/// candidate) in segments of <see cref="SegmentSize"/>, ids in parallel <see cref="long"/> segments, and each chunk
/// index is a <see cref="ChunkIndex"/> (CSR with one-entry buckets stored inline). Rows and chunk indexes live in
/// unmanaged memory on huge pages where Linux allows it (see <see cref="NativeColumn{T}"/>). About 133 bytes an
/// entry at 10M entries (11 chunks); the chunking is chosen from the entry count by
/// <see cref="PdqIndexLayout.Choose"/>.
/// </para>
/// <para>
/// Updates: <see cref="Add"/> appends to a tail that searches scan linearly; when the tail reaches 1/64 of the
/// indexed entries (clamped to 1,024-16,384) it is merged into the chunk indexes, one chunk at a time, on the
/// adding thread. <see cref="Remove"/> sets a tombstone bit, so removed entries never match; once a quarter of the
/// positions are dead, or the count has doubled since the chunking was chosen, everything is rebuilt.
/// Re-adding an id tombstones its old entry in the same step.
/// </para>
/// <para>
/// Thread safety: any number of threads may call <see cref="Search"/> concurrently with one another and with
/// <see cref="Add"/> and <see cref="Remove"/>. Readers take no lock: each search works on an immutable snapshot
/// read once with <see cref="Volatile.Read{T}(ref readonly T)"/>. Writers are serialised by a lock and publish a new
/// snapshot after each operation (copy-on-write of the small tables that change), so a search sees the state
/// before or after a whole <see cref="Add"/> (including a replacement) or <see cref="Remove"/>, never part of one.
/// Merges and rebuilds run on the writing thread while searches continue on the previous snapshot.
/// </para>
/// </remarks>
public sealed partial class PdqIndex : IPdqIndex
{
    internal const int SegmentBits = 16;
    internal const int SegmentSize = 1 << SegmentBits;
    internal const int SegmentMask = SegmentSize - 1;

    /// <summary>The hash row of <paramref name="position"/> (four words), unchecked: the position must have a row.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static unsafe ulong* RowAt(RowSegment[] hashes, int position) =>
        hashes[position >> SegmentBits].RowUnchecked(position & SegmentMask);

    // Tail sizes that trigger a merge: a scanned tail entry costs ~2 ns a search, a merge is O(N) (seconds at 10M).
    private const int MinTailLimit = 1024;
    private const int MaxTailLimit = 16384;
    private const int MinSegmentCapacity = 64;
    private const int MinDeadToCompact = 64;

    private readonly Lock _writeGate = new();
    private readonly Func<int, PdqIndexLayout?> _chooseLayout;
    private readonly int _tailLimit;
    private Snapshot _snapshot = Snapshot.Empty;
    private IdPositionMap _map = new(0);
    private int _reindexAt = PdqIndexLayout.MinIndexedCount;

    /// <summary>Creates an empty index.</summary>
    public PdqIndex()
        : this(PdqIndexLayout.Choose, 0)
    {
    }

    /// <summary>Creates an empty index with a layout policy and tail limit (0: automatic), for tests and measurements.</summary>
    internal PdqIndex(Func<int, PdqIndexLayout?> chooseLayout, int tailLimit)
    {
        ArgumentNullException.ThrowIfNull(chooseLayout);
        ArgumentOutOfRangeException.ThrowIfNegative(tailLimit);
        _chooseLayout = chooseLayout;
        _tailLimit = tailLimit;
    }

    /// <inheritdoc />
    public int Count => Volatile.Read(ref _snapshot).Live;

    /// <summary>
    /// Approximate bytes held by the index, managed and unmanaged: hash rows, ids, tombstones, chunk indexes and the
    /// id map (not counting transient buffers during a build or merge).
    /// </summary>
    public long EstimatedMemoryBytes => Volatile.Read(ref _snapshot).MemoryBytes() + Volatile.Read(ref _map).MemoryBytes;

    /// <summary>Number of chunk indexes, m (0 while the index is small enough to scan).</summary>
    public int ChunkCount => Volatile.Read(ref _snapshot).Layout?.ChunkCount ?? 0;

    /// <summary>
    /// Builds an index holding <paramref name="ids"/>[i] → <paramref name="hashes"/>[i], grouping every chunk in
    /// bulk (chunks in parallel); a repeated id keeps its last hash. Much faster than <see cref="Add"/> one by one.
    /// </summary>
    /// <exception cref="ArgumentException">The spans differ in length.</exception>
    public static PdqIndex Build(ReadOnlySpan<long> ids, ReadOnlySpan<PdqHash> hashes) =>
        Build(ids, hashes, PdqIndexLayout.Choose, 0);

    /// <summary><see cref="Build(ReadOnlySpan{long}, ReadOnlySpan{PdqHash})"/> with a layout policy and tail limit.</summary>
    internal static PdqIndex Build(
        ReadOnlySpan<long> ids, ReadOnlySpan<PdqHash> hashes, Func<int, PdqIndexLayout?> chooseLayout, int tailLimit)
    {
        if (ids.Length != hashes.Length)
        {
            throw new ArgumentException("ids and hashes must have the same length.", nameof(hashes));
        }

        var index = new PdqIndex(chooseLayout, tailLimit);
        lock (index._writeGate)
        {
            int count = ids.Length;
            int segments = (count + SegmentSize - 1) >> SegmentBits;
            var hashSegments = new RowSegment[segments];
            var idSegments = new long[segments][];
            var dead = new ulong[]?[segments];
            for (int s = 0; s < segments; s++)
            {
                int size = Math.Min(SegmentSize, count - (s << SegmentBits));
                hashSegments[s] = RowSegment.Allocate(size);
                idSegments[s] = GC.AllocateUninitializedArray<long>(size);
            }

            for (int i = 0; i < count; i++)
            {
                hashSegments[i >> SegmentBits].Write(i & SegmentMask, hashes[i]);
                idSegments[i >> SegmentBits][i & SegmentMask] = ids[i];
            }

            ulong[] scratch = GC.AllocateUninitializedArray<ulong>(Math.Max(count, 1));
            IdPositionMap map = IdPositionMap.Build(idSegments, count, scratch, dead, out int superseded);
            int live = count - superseded;
            index._map = map;
            var snapshot = new Snapshot(null, [], hashSegments, idSegments, dead, count, 0, live);
            index._snapshot = snapshot;
            int duplicates = count - live;
            index.Rebuild(compact: duplicates > MinDeadToCompact && duplicates > count / 4, scratch);
        }

        return index;
    }

    /// <inheritdoc />
    public void Add(long id, PdqHash hash) => AddRange([id], [hash]);

    /// <summary>
    /// Adds <paramref name="ids"/>[i] → <paramref name="hashes"/>[i] as one update: a search sees all of them or
    /// none, and the tail is merged (or the index rebuilt) at most once. A repeated or existing id keeps the last hash.
    /// </summary>
    /// <exception cref="ArgumentException">The spans differ in length.</exception>
    public void AddRange(ReadOnlySpan<long> ids, ReadOnlySpan<PdqHash> hashes)
    {
        if (ids.Length != hashes.Length)
        {
            throw new ArgumentException("ids and hashes must have the same length.", nameof(hashes));
        }

        lock (_writeGate)
        {
            Snapshot s = _snapshot;
            if (ids.Length > int.MaxValue - s.Count)
            {
                throw new InvalidOperationException("The index is full.");
            }

            RowSegment[] rows = s.Hashes;
            long[][] idTable = s.Ids;
            ulong[]?[] dead = s.Dead;
            List<int>? replaced = null;
            int position = s.Count;
            for (int i = 0; i < ids.Length; i++, position++)
            {
                EnsureRow(ref rows, ref idTable, ref dead, position);
                rows[position >> SegmentBits].Write(position & SegmentMask, hashes[i]);
                idTable[position >> SegmentBits][position & SegmentMask] = ids[i];
                int previous = _map.Set(ids[i], position, idTable);
                if (previous >= 0)
                {
                    (replaced ??= []).Add(previous);
                }
            }

            if (replaced is not null)
            {
                dead = WithDead(dead, CollectionsMarshal.AsSpan(replaced));
            }

            int live = s.Live + ids.Length - (replaced?.Count ?? 0);
            Publish(s with { Hashes = rows, Ids = idTable, Dead = dead, Count = position, Live = live });
            Maintain();
        }
    }

    /// <inheritdoc />
    public bool Remove(long id)
    {
        lock (_writeGate)
        {
            Snapshot s = _snapshot;
            if (!_map.Remove(id, s.Ids, out int position))
            {
                return false;
            }

            Publish(s with { Dead = WithDead(s.Dead, [position]), Live = s.Live - 1 });
            Maintain();
            return true;
        }
    }

    private void Publish(Snapshot snapshot) => Volatile.Write(ref _snapshot, snapshot);

    private int TailLimit(int main) =>
        _tailLimit > 0 ? _tailLimit : Math.Clamp(main / 64, MinTailLimit, MaxTailLimit);

    /// <summary>Compacts, re-indexes or merges the tail when due. Caller holds the write gate.</summary>
    private void Maintain()
    {
        Snapshot s = _snapshot;
        int dead = s.Count - s.Live;
        if (dead > MinDeadToCompact && dead > s.Count / 4)
        {
            Rebuild(compact: true);
        }
        else if (s.Layout is null)
        {
            if (s.Count >= _reindexAt)
            {
                Rebuild(compact: false);
            }
        }
        else if (s.Count - s.Main >= TailLimit(s.Main))
        {
            // Grown well past the count the layout was chosen for: choose again, and rebuild if the chunking changed.
            PdqIndexLayout? layout = s.Layout;
            if (s.Count > 2 * Math.Max(layout.DesignCount, PdqIndexLayout.MinIndexedCount))
            {
                layout = _chooseLayout(s.Count);
            }

            if (layout is not null && layout.HasSameChunks(s.Layout))
            {
                MergeTail(layout);
            }
            else
            {
                Rebuild(compact: false);
            }
        }
    }

    /// <summary>Makes room for a row at <paramref name="position"/>, copying tables and growing the last segment as needed.</summary>
    private static void EnsureRow(ref RowSegment[] hashes, ref long[][] ids, ref ulong[]?[] dead, int position)
    {
        int segment = position >> SegmentBits;
        int slot = position & SegmentMask;
        if (segment == hashes.Length)
        {
            // Copy-on-write tables: published snapshots keep theirs.
            Array.Resize(ref hashes, segment + 1);
            Array.Resize(ref ids, segment + 1);
            Array.Resize(ref dead, segment + 1);
            hashes[segment] = RowSegment.Allocate(MinSegmentCapacity);
            ids[segment] = GC.AllocateUninitializedArray<long>(MinSegmentCapacity);
        }
        else if (slot == ids[segment].Length)
        {
            // Grow the last segment geometrically; older snapshots keep reading the old arrays, whose rows are unchanged.
            int capacity = Math.Min(SegmentSize, ids[segment].Length * 2);
            RowSegment newRows = hashes[segment].Grow(capacity, slot);
            long[] newIds = GC.AllocateUninitializedArray<long>(capacity);
            ids[segment].AsSpan().CopyTo(newIds);
            hashes = (RowSegment[])hashes.Clone();
            ids = (long[][])ids.Clone();
            hashes[segment] = newRows;
            ids[segment] = newIds;
        }
    }

    /// <summary>
    /// Returns tombstone tables with <paramref name="positions"/> marked (sorted in place), copying the table and
    /// each affected segment once; published snapshots keep the originals.
    /// </summary>
    private static ulong[]?[] WithDead(ulong[]?[] dead, Span<int> positions)
    {
        positions.Sort();
        var copy = (ulong[]?[])dead.Clone();
        int copied = -1;
        foreach (int position in positions)
        {
            int segment = position >> SegmentBits;
            if (segment != copied)
            {
                copy[segment] = copy[segment] is { } bits ? (ulong[])bits.Clone() : new ulong[SegmentSize / 64];
                copied = segment;
            }

            copy[segment]![(position & SegmentMask) >> 6] |= 1UL << position;
        }

        return copy;
    }

    /// <summary>Marks a tombstone in tables no published snapshot uses yet.</summary>
    internal static void SetDeadInPlace(ulong[]?[] dead, int position)
    {
        ulong[] bits = dead[position >> SegmentBits] ??= new ulong[SegmentSize / 64];
        bits[(position & SegmentMask) >> 6] |= 1UL << position;
    }
}
