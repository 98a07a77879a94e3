using System.Runtime.InteropServices;

namespace Mizan.Core.Indexing;

/// <summary>
/// One chunk's index: the entry positions grouped by chunk value. <c>heads[k]</c> is 0 for an empty bucket, p + 1
/// for a bucket holding position p alone, and -(i + 1) for a bucket whose record starts at <c>overflow[i]</c>: its
/// size n followed by its n positions, ascending. Immutable once built.
/// </summary>
/// <remarks>
/// This is CSR (offsets + positions) with one-entry buckets stored in place of their offset. The chunk width is
/// chosen to give about one entry per value, so most buckets are empty or hold one entry, and probing one of those
/// reads a single cache line instead of an offset and then a position elsewhere.
/// </remarks>
internal sealed class ChunkIndex(NativeColumn<int> heads, NativeColumn<int> overflow) : IDisposable
{
    /// <summary>One entry per chunk value (2^width).</summary>
    public NativeColumn<int> Heads { get; } = heads;

    /// <summary>Records of buckets with two or more entries.</summary>
    public NativeColumn<int> Overflow { get; } = overflow;

    public long Bytes => Heads.Bytes + Overflow.Bytes;

    /// <summary>Frees the columns now; only for an index no reader can be using (never published).</summary>
    public void Dispose()
    {
        Heads.Dispose();
        Overflow.Dispose();
    }

    /// <summary>
    /// The positions in bucket <paramref name="key"/>; a one-entry bucket is returned through
    /// <paramref name="single"/>, so the span is valid until that variable changes.
    /// </summary>
    public static ReadOnlySpan<int> Bucket(ReadOnlySpan<int> heads, ReadOnlySpan<int> overflow, int key, ref int single)
    {
        int head = heads[key];
        if (head > 0)
        {
            single = head - 1;
            return MemoryMarshal.CreateReadOnlySpan(ref single, 1);
        }

        if (head == 0)
        {
            return [];
        }

        int record = -head - 1;
        return overflow.Slice(record + 1, overflow[record]);
    }

    /// <summary>
    /// A copy with tail entries added. <paramref name="sortedTail"/> holds <c>(key &lt;&lt; 32) | position</c> in
    /// ascending order, every position above those already indexed, so buckets stay in position order. A bucket
    /// that grows gets a new record at the end of the overflow; its old record is left unused until a rebuild.
    /// </summary>
    public ChunkIndex Merge(ReadOnlySpan<ulong> sortedTail)
    {
        ReadOnlySpan<int> heads = Heads.Span, overflow = Overflow.Span;
        long extra = 0;
        int single = 0;
        for (int j = 0; j < sortedTail.Length;)
        {
            int key = (int)(sortedTail[j] >> 32);
            int end = RunEnd(sortedTail, j);
            int total = Bucket(heads, overflow, key, ref single).Length + (end - j);
            extra += total >= 2 ? total + 1 : 0;
            j = end;
        }

        var newHeadsColumn = new NativeColumn<int>(heads.Length);
        var newOverflowColumn = new NativeColumn<int>(checked((int)(overflow.Length + extra)));
        Span<int> newHeads = newHeadsColumn.Span, newOverflow = newOverflowColumn.Span;
        heads.CopyTo(newHeads);
        overflow.CopyTo(newOverflow);
        int next = overflow.Length;
        for (int j = 0; j < sortedTail.Length;)
        {
            int key = (int)(sortedTail[j] >> 32);
            int end = RunEnd(sortedTail, j);
            ReadOnlySpan<int> old = Bucket(heads, overflow, key, ref single);
            int total = old.Length + (end - j);
            if (total == 1)
            {
                newHeads[key] = (int)(uint)sortedTail[j] + 1;
            }
            else
            {
                newOverflow[next] = total;
                old.CopyTo(newOverflow[(next + 1)..]);
                for (int t = j; t < end; t++)
                {
                    newOverflow[next + 1 + old.Length + (t - j)] = (int)(uint)sortedTail[t];
                }

                newHeads[key] = -(next + 1);
                next += total + 1;
            }

            j = end;
        }

        GC.KeepAlive(this);
        return new ChunkIndex(newHeadsColumn, newOverflowColumn);
    }

    private static int RunEnd(ReadOnlySpan<ulong> sorted, int start)
    {
        uint key = (uint)(sorted[start] >> 32);
        int end = start + 1;
        while (end < sorted.Length && (uint)(sorted[end] >> 32) == key)
        {
            end++;
        }

        return end;
    }
}
