namespace Mizan.Core.Indexing;

/// <summary>Supplies the bucket of each position to <see cref="BucketSort.Group"/>.</summary>
internal interface IBucketKeys
{
    /// <summary>The bucket of <paramref name="position"/>, or <see langword="false"/> to leave it out.</summary>
    bool TryGetKey(int position, out uint key);
}

/// <summary>
/// Groups positions by a key of up to 31 bits into CSR arrays (offsets by key, positions), stable so that each
/// bucket lists positions in ascending order.
/// </summary>
/// <remarks>
/// A most-significant-digit radix pass first: positions are partitioned by the key's high bits into at most a few
/// thousand runs (sequential writes), then each run is counting-sorted on the low bits with its slice of the
/// offsets array in cache. A single counting sort over a 2^24 offsets array would instead take a cache and TLB
/// miss for every position, twice.
/// </remarks>
internal static class BucketSort
{
    private const int LowBits = 14; // 2^14 counters: 64 KiB, fits in L2

    /// <param name="keys">Key source; a struct so the loops are specialised for it.</param>
    /// <param name="count">Positions [0, count) are considered.</param>
    /// <param name="width">Key width in bits; keys must be below 2^width.</param>
    /// <param name="scratch">At least <paramref name="count"/> elements, contents ignored.</param>
    /// <param name="offsetsColumn">2^width + 1 entries: bucket k is values[offsets[k]..offsets[k + 1]).</param>
    /// <param name="valuesColumn">The positions kept, grouped by key.</param>
    public static void Group<TKeys>(
        TKeys keys, int count, int width, ulong[] scratch, out NativeColumn<int> offsetsColumn, out NativeColumn<int> valuesColumn)
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

        // Each run is counting-sorted with counters that stay in cache; the offsets are written once, in order,
        // so the freshly allocated (not zeroed) column is touched sequentially.
        int buckets = 1 << width;
        offsetsColumn = new NativeColumn<int>(buckets + 1);
        valuesColumn = new NativeColumn<int>(total);
        Span<int> offsets = offsetsColumn.Span;
        Span<int> values = valuesColumn.Span;
        Span<int> cursors = new int[1 << low];
        uint lowMask = (1u << low) - 1;
        for (int h = 0; h < partitions; h++)
        {
            int from = partitionStarts[h], to = partitionStarts[h + 1];
            cursors.Clear();
            for (int i = from; i < to; i++)
            {
                cursors[(int)((uint)(scratch[i] >> 32) & lowMask)]++;
            }

            Span<int> region = offsets.Slice(h << low, 1 << low);
            int running = from;
            for (int k = 0; k < region.Length; k++)
            {
                int size = cursors[k];
                region[k] = running;
                cursors[k] = running;
                running += size;
            }

            for (int i = from; i < to; i++)
            {
                values[cursors[(int)((uint)(scratch[i] >> 32) & lowMask)]++] = (int)(uint)scratch[i];
            }
        }

        offsets[buckets] = total;
    }
}
