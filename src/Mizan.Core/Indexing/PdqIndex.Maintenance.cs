using System.Buffers;

namespace Mizan.Core.Indexing;

public sealed partial class PdqIndex
{
    /// <summary>
    /// Rebuilds every chunk index from scratch (after dropping removed entries if <paramref name="compact"/>) and
    /// publishes the result in one step. Caller holds the write gate. Until publication the old snapshot stays
    /// in use, so memory peaks at the old plus the new structures.
    /// </summary>
    /// <param name="compact">Drop removed entries first.</param>
    /// <param name="scratch">A spare array of at least Count elements for one of the workers, if the caller has one.</param>
    private void Rebuild(bool compact, ulong[]? scratch = null)
    {
        Snapshot s = _snapshot;
        if (compact)
        {
            s = Compacted(s, scratch);
        }

        PdqIndexLayout? layout = _chooseLayout(s.Count);
        if (layout is null)
        {
            _reindexAt = Math.Max(PdqIndexLayout.MinIndexedCount, 2 * s.Count);
            Publish(s with { Layout = null, Chunks = [], Main = 0 });
            return;
        }

        var chunks = new ChunkIndex[layout.ChunkCount];
        var work = new ChunkBuild(layout, s, chunks, scratch);
        // One scratch array (8 bytes an entry) per worker, so at most ProcessorCount of them.
        var options = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
        Parallel.For(0, layout.ChunkCount, options, work.NewScratch, work.Run, static _ => { });
        Publish(s with { Layout = layout, Chunks = chunks, Main = s.Count });
    }

    /// <summary>A copy of <paramref name="s"/> without removed entries, renumbered densely; replaces the id map.</summary>
    private Snapshot Compacted(Snapshot s, ulong[]? scratch)
    {
        int live = s.Live;
        int segments = (live + SegmentSize - 1) >> SegmentBits;
        var hashes = new RowSegment[segments];
        var ids = new long[segments][];
        for (int i = 0; i < segments; i++)
        {
            int size = Math.Min(SegmentSize, live - (i << SegmentBits));
            hashes[i] = RowSegment.Allocate(size);
            ids[i] = GC.AllocateUninitializedArray<long>(size);
        }

        int target = 0;
        for (int position = 0; position < s.Count; position++)
        {
            if (s.IsDead(position))
            {
                continue;
            }

            s.Row(position).CopyTo(hashes[target >> SegmentBits].Row(target & SegmentMask));
            ids[target >> SegmentBits][target & SegmentMask] = s.Ids[position >> SegmentBits][position & SegmentMask];
            target++;
        }

        var dead = new ulong[]?[segments];
        if (scratch is null || scratch.Length < live)
        {
            scratch = GC.AllocateUninitializedArray<ulong>(Math.Max(live, 1));
        }

        IdPositionMap map = IdPositionMap.Build(ids, live, scratch, dead, out _);
        _map = map;
        return new Snapshot(null, [], hashes, ids, dead, live, 0, live);
    }

    /// <summary>
    /// Merges the tail into each chunk index in turn, publishing after each chunk so that only one chunk's old and
    /// new columns coexist. Meanwhile a chunk may hold positions at or above <see cref="Snapshot.Main"/>; searches
    /// skip those (they are still scanned as tail) until the last step publishes the new Main.
    /// </summary>
    private void MergeTail(PdqIndexLayout layout)
    {
        Snapshot s = _snapshot;
        int main = s.Main;
        int target = s.Count;
        int tail = 0;
        for (int position = main; position < target; position++)
        {
            tail += s.IsDead(position) ? 0 : 1;
        }

        ulong[] pairs = ArrayPool<ulong>.Shared.Rent(Math.Max(tail, 1));
        try
        {
            for (int chunk = 0; chunk < layout.ChunkCount; chunk++)
            {
                int first = layout.FirstWord(chunk), second = layout.SecondWord(chunk);
                int shift = layout.Shift(chunk), width = layout.Width(chunk);
                int n = 0;
                for (int position = main; position < target; position++)
                {
                    if (!s.IsDead(position))
                    {
                        Span<ulong> row = s.Row(position);
                        uint key = PdqIndexLayout.Extract(row[first], row[second], shift, width);
                        pairs[n++] = ((ulong)key << 32) | (uint)position;
                    }
                }

                // Sorted by key then position, so each bucket stays in ascending position order.
                Array.Sort(pairs, 0, n);
                var chunks = (ChunkIndex[])s.Chunks.Clone();
                chunks[chunk] = s.Chunks[chunk].Merge(pairs.AsSpan(0, n));
                s = s with { Chunks = chunks };
                Publish(s);
            }
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(pairs);
        }

        Publish(s with { Layout = layout, Main = target });
    }

    /// <summary>Groups each chunk's values over all live positions of a snapshot; one instance per rebuild.</summary>
    private sealed class ChunkBuild(PdqIndexLayout layout, Snapshot snapshot, ChunkIndex[] chunks, ulong[]? spare)
    {
        public ulong[] NewScratch() =>
            Interlocked.Exchange(ref spare, null) is { } array && array.Length >= snapshot.Count
                ? array
                : GC.AllocateUninitializedArray<ulong>(Math.Max(snapshot.Count, 1));

        public ulong[] Run(int chunk, ParallelLoopState state, ulong[] scratch)
        {
            var keys = new ChunkKeys(
                snapshot, layout.FirstWord(chunk), layout.SecondWord(chunk), layout.Shift(chunk), layout.Width(chunk));
            chunks[chunk] = BucketSort.Group(keys, snapshot.Count, layout.Width(chunk), scratch);
            return scratch;
        }
    }

    /// <summary>Chunk values of the live positions below the snapshot's Count (the only positions asked for).</summary>
    private readonly unsafe struct ChunkKeys(Snapshot snapshot, int first, int second, int shift, int width) : IBucketKeys
    {
        public bool TryGetKey(int position, out uint key)
        {
            if (snapshot.IsDead(position))
            {
                key = 0;
                return false;
            }

            ulong* row = RowAt(snapshot.Hashes, position);
            key = PdqIndexLayout.Extract(row[first], row[second], shift, width);
            return true;
        }
    }
}
