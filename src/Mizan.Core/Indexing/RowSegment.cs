using System.Runtime.CompilerServices;
using Mizan.Core.Hashing;

namespace Mizan.Core.Indexing;

/// <summary>
/// Up to <see cref="PdqIndex.SegmentSize"/> hashes as 32-byte rows of four words (W0..W3) in a
/// <see cref="NativeColumn{T}"/>; the column is 64-byte aligned, so reading one hash touches one cache line.
/// A full segment is 2 MiB, one huge page.
/// </summary>
internal readonly unsafe struct RowSegment
{
    private RowSegment(NativeColumn<ulong> words) => Words = words;

    /// <summary>The backing column.</summary>
    public NativeColumn<ulong> Words { get; }

    /// <summary>Rows the segment can hold.</summary>
    public int Capacity => Words.Length / 4;

    public static RowSegment Allocate(int rows) => new(new NativeColumn<ulong>(rows * 4));

    /// <summary>Row <paramref name="slot"/>, checked.</summary>
    public Span<ulong> Row(int slot) => Words.Span.Slice(slot * 4, 4);

    /// <summary>W0 of row <paramref name="slot"/>, unchecked: the caller guarantees slot &lt; <see cref="Capacity"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong* RowUnchecked(int slot) => Words.Items + (slot * 4);

    public void Write(int slot, PdqHash hash)
    {
        Span<ulong> row = Row(slot);
        row[3] = hash.W3;
        row[0] = hash.W0;
        row[1] = hash.W1;
        row[2] = hash.W2;
    }

    /// <summary>A segment with room for <paramref name="rows"/> rows holding a copy of this one's first <paramref name="used"/>.</summary>
    public RowSegment Grow(int rows, int used)
    {
        RowSegment grown = Allocate(rows);
        Words.Span[..(used * 4)].CopyTo(grown.Words.Span);
        return grown;
    }
}
