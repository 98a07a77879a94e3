using System.Buffers;

namespace Mizan.Core.Indexing;

public sealed partial class PdqIndex
{
    /// <summary>
    /// Rebuilds every chunk index from scratch (after dropping removed entries if <paramref name="compact"/>) and
    /// publishes the result in one step. Caller holds the write gate. Until publication the old snapshot stays
    /// in use, so memory peaks at the old plus the new structures.
    /// </summary>
    private void Rebuild(bool compact)
    {
        Snapshot s = _snapshot;
        if (compact)
        {
            s = Compacted(s);
        }

        PdqIndexLayout? layout = _chooseLayout(s.Count);
        if (layout is null)
        {
            _reindexAt = Math.Max(PdqIndexLayout.MinIndexedCount, 2 * s.Count);
            Publish(s with { Layout = null, Offsets = [], Positions = [], Main = 0 });
            return;
        }

        var offsets = new int[layout.ChunkCount][];
        var positions = new int[layout.ChunkCount][];
        var work = new ChunkBuild(layout, s, offsets, positions);
        Parallel.For(0, layout.ChunkCount, work.Run);
        Publish(s with { Layout = layout, Offsets = offsets, Positions = positions, Main = s.Count });
    }

    /// <summary>A copy of <paramref name="s"/> without removed entries, renumbered densely; replaces the id map.</summary>
    private Snapshot Compacted(Snapshot s)
    {
        int live = s.Live;
        int segments = (live + SegmentSize - 1) >> SegmentBits;
        var hashes = new ulong[segments][];
        var ids = new long[segments][];
        for (int i = 0; i < segments; i++)
        {
            int size = Math.Min(SegmentSize, live - (i << SegmentBits));
            hashes[i] = GC.AllocateUninitializedArray<ulong>(size * 4);
            ids[i] = GC.AllocateUninitializedArray<long>(size);
        }

        var map = new IdPositionMap(live);
        int target = 0;
        for (int position = 0; position < s.Count; position++)
        {
            if (s.IsDead(position))
            {
                continue;
            }

            s.Hashes[position >> SegmentBits].AsSpan((position & SegmentMask) * 4, 4)
                .CopyTo(hashes[target >> SegmentBits].AsSpan((target & SegmentMask) * 4, 4));
            long id = s.Ids[position >> SegmentBits][position & SegmentMask];
            ids[target >> SegmentBits][target & SegmentMask] = id;
            map.Set(id, target, ids);
            target++;
        }

        _map = map;
        return new Snapshot(null, [], [], hashes, ids, new ulong[]?[segments], live, 0, live);
    }

    /// <summary>
    /// Merges the tail into each chunk index in turn, publishing after each chunk so that only one chunk's old and
    /// new arrays coexist. Meanwhile a chunk may hold positions at or above <see cref="Snapshot.Main"/>; searches
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
                        ulong[] rows = s.Hashes[position >> SegmentBits];
                        int row = (position & SegmentMask) * 4;
                        uint key = PdqIndexLayout.Extract(rows[row + first], rows[row + second], shift, width);
                        pairs[n++] = ((ulong)key << 32) | (uint)position;
                    }
                }

                // Sorted by key then position, so each bucket stays in ascending position order.
                Array.Sort(pairs, 0, n);
                int[] oldOffsets = s.Offsets[chunk];
                int[] oldPositions = s.Positions[chunk];
                int[] newOffsets = GC.AllocateUninitializedArray<int>(oldOffsets.Length);
                int[] newPositions = GC.AllocateUninitializedArray<int>(oldPositions.Length + n);

                int j = 0;
                for (int k = 0; k < newOffsets.Length; k++)
                {
                    while (j < n && (pairs[j] >> 32) < (uint)k)
                    {
                        j++;
                    }

                    newOffsets[k] = oldOffsets[k] + j;
                }

                int source = 0, destination = 0;
                for (j = 0; j < n; j++)
                {
                    int end = oldOffsets[(int)(pairs[j] >> 32) + 1];
                    oldPositions.AsSpan(source, end - source).CopyTo(newPositions.AsSpan(destination));
                    destination += end - source;
                    source = end;
                    newPositions[destination++] = (int)(uint)pairs[j];
                }

                oldPositions.AsSpan(source).CopyTo(newPositions.AsSpan(destination));

                var offsets = (int[][])s.Offsets.Clone();
                var positions = (int[][])s.Positions.Clone();
                offsets[chunk] = newOffsets;
                positions[chunk] = newPositions;
                s = s with { Offsets = offsets, Positions = positions };
                Publish(s);
            }
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(pairs);
        }

        Publish(s with { Layout = layout, Main = target });
    }

    /// <summary>Counting sort of one chunk's values over all live positions of a snapshot; one instance per rebuild.</summary>
    private sealed class ChunkBuild(PdqIndexLayout layout, Snapshot snapshot, int[][] offsets, int[][] positions)
    {
        public void Run(int chunk)
        {
            int first = layout.FirstWord(chunk), second = layout.SecondWord(chunk);
            int shift = layout.Shift(chunk), width = layout.Width(chunk);
            int buckets = 1 << width;
            int[] starts = new int[buckets + 1];
            int count = snapshot.Count;

            for (int position = 0; position < count; position += SegmentSize)
            {
                ulong[] rows = snapshot.Hashes[position >> SegmentBits];
                int size = Math.Min(SegmentSize, count - position);
                ulong[]? dead = snapshot.Dead[position >> SegmentBits];
                for (int i = 0; i < size; i++)
                {
                    if (dead is null || (dead[i >> 6] & (1UL << i)) == 0)
                    {
                        starts[PdqIndexLayout.Extract(rows[(i * 4) + first], rows[(i * 4) + second], shift, width)]++;
                    }
                }
            }

            int total = 0;
            for (int k = 0; k < buckets; k++)
            {
                int size = starts[k];
                starts[k] = total;
                total += size;
            }

            starts[buckets] = total;
            int[] sorted = GC.AllocateUninitializedArray<int>(total);
            for (int position = 0; position < count; position += SegmentSize)
            {
                ulong[] rows = snapshot.Hashes[position >> SegmentBits];
                int size = Math.Min(SegmentSize, count - position);
                ulong[]? dead = snapshot.Dead[position >> SegmentBits];
                for (int i = 0; i < size; i++)
                {
                    if (dead is null || (dead[i >> 6] & (1UL << i)) == 0)
                    {
                        sorted[starts[PdqIndexLayout.Extract(rows[(i * 4) + first], rows[(i * 4) + second], shift, width)]++] = position + i;
                    }
                }
            }

            // Each starts[k] has advanced to the end of bucket k, the start of k + 1: shift back by one.
            Array.Copy(starts, 0, starts, 1, buckets);
            starts[0] = 0;
            offsets[chunk] = starts;
            positions[chunk] = sorted;
        }
    }
}
