namespace Mizan.Core.Indexing;

/// <summary>Supplies the bucket of each position to <see cref="BucketSort.Group"/>.</summary>
internal interface IBucketKeys
{
    /// <summary>The bucket of <paramref name="position"/>, or <see langword="false"/> to leave it out.</summary>
    bool TryGetKey(int position, out uint key);
}

/// <summary>
/// Groups positions by a key of up to 31 bits into a <see cref="ChunkIndex"/>, stable so that each bucket lists
/// positions in ascending order.
/// </summary>
/// <remarks>
/// A most-significant-digit radix pass first: positions are partitioned by the key's high bits into at most a few
/// thousand runs (sequential writes), then each run is counting-sorted on the low bits with its counters in
/// cache, and its slice of the heads written once, in order. A single counting sort over 2^24 buckets would
/// instead take a cache and TLB miss for every position, twice.
/// </remarks>
internal static class BucketSort
{
    private const int LowBits = 14; // 2^14 counters: 64 KiB, fits in L2

    /// <param name="keys">Key source; a struct so the loops are specialised for it.</param>
    /// <param name="count">Positions [0, count) are considered.</param>
    /// <param name="width">Key width in bits; keys must be below 2^width.</param>
    /// <param name="scratch">At least <paramref name="count"/> elements, contents ignored.</param>
    public static ChunkIndex Group<TKeys>(TKeys keys, int count, int width, ulong[] scratch)
        where TKeys : struct, IBucketKeys
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(width, 31);
        ArgumentOutOfRangeException.ThrowIfLessThan(scratch.Length, count);
        int low = Math.Min(width, LowBits);
        int partitions = 1 << (width - low);
        int[] partitionStarts = new int[partitions + 1];
        for (int position = 0; position < count; position++)
        {
            if (keys.TryGetKey(position, out uint key))
            {
                partitionStarts[key >> low]++;
            }
        }

        int total = 0;
        for (int h = 0; h < partitions; h++)
        {
            int size = partitionStarts[h];
            partitionStarts[h] = total;
            total += size;
        }

        partitionStarts[partitions] = total;
        int[] partitionCursors = partitionStarts.AsSpan(0, partitions).ToArray();
        for (int position = 0; position < count; position++)
        {
            if (keys.TryGetKey(position, out uint key))
            {
                scratch[partitionCursors[key >> low]++] = ((ulong)key << 32) | (uint)position;
            }
        }

        // Size every partition's overflow records (a bucket of n ≥ 2 takes n + 1 ints), then lay them out.
        int[] counts = new int[1 << low];
        uint lowMask = (1u << low) - 1;
        int[] recordStarts = new int[partitions + 1];
        long records = 0;
        for (int h = 0; h < partitions; h++)
        {
            CountRun(scratch.AsSpan(partitionStarts[h], partitionStarts[h + 1] - partitionStarts[h]), counts, lowMask);
            recordStarts[h] = checked((int)records);
            foreach (int size in counts)
            {
                records += size >= 2 ? size + 1 : 0;
            }
        }

        recordStarts[partitions] = checked((int)records);
        var headsColumn = new NativeColumn<int>(1 << width);
        var overflowColumn = new NativeColumn<int>(recordStarts[partitions]);
        Span<int> heads = headsColumn.Span;
        Span<int> overflow = overflowColumn.Span;
        for (int h = 0; h < partitions; h++)
        {
            ReadOnlySpan<ulong> run = scratch.AsSpan(partitionStarts[h], partitionStarts[h + 1] - partitionStarts[h]);
            CountRun(run, counts, lowMask);
            Span<int> region = heads.Slice(h << low, 1 << low);
            int next = recordStarts[h];
            for (int k = 0; k < region.Length; k++)
            {
                int size = counts[k];
                if (size < 2)
                {
                    region[k] = 0;
                    counts[k] = -1; // a one-entry bucket: its head is set below
                }
                else
                {
                    region[k] = -(next + 1);
                    overflow[next] = size;
                    counts[k] = next + 1;
                    next += size + 1;
                }
            }

            foreach (ulong pair in run)
            {
                int k = (int)((uint)(pair >> 32) & lowMask);
                int cursor = counts[k];
                if (cursor < 0)
                {
                    region[k] = (int)(uint)pair + 1;
                }
                else
                {
                    overflow[cursor] = (int)(uint)pair;
                    counts[k] = cursor + 1;
                }
            }
        }

        return new ChunkIndex(headsColumn, overflowColumn);
    }

    private static void CountRun(ReadOnlySpan<ulong> run, Span<int> counts, uint lowMask)
    {
        counts.Clear();
        foreach (ulong pair in run)
        {
            counts[(int)((uint)(pair >> 32) & lowMask)]++;
        }
    }
}
