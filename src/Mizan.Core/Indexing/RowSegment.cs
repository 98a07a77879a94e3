using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Mizan.Core.Hashing;

namespace Mizan.Core.Indexing;

/// <summary>
/// Up to <see cref="PdqIndex.SegmentSize"/> hashes as rows of four words (W0..W3), row 0 starting on a 64-byte
/// boundary so that reading one hash touches one cache line rather than two half the time.
/// </summary>
/// <remarks>
/// The alignment is computed when the array is allocated. Large arrays are not moved by default; if the runtime
/// does move one (LOH compaction) the rows are still read correctly, just possibly straddling lines.
/// </remarks>
internal readonly struct RowSegment
{
    private const int SlackWords = 8; // one cache line

    private RowSegment(ulong[] words, int start)
    {
        Words = words;
        Start = start;
    }

    /// <summary>The backing array.</summary>
    public ulong[] Words { get; }

    /// <summary>Index in <see cref="Words"/> of row 0's W0.</summary>
    public int Start { get; }

    /// <summary>Rows the segment can hold.</summary>
    public int Capacity => (Words.Length - SlackWords) / 4;

    public static unsafe RowSegment Allocate(int rows)
    {
        ulong[] words = GC.AllocateUninitializedArray<ulong>((rows * 4) + SlackWords);
        long address = (long)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(words));
        return new RowSegment(words, (int)((64 - (address & 63)) & 63) / sizeof(ulong));
    }

    /// <summary>Row <paramref name="slot"/>, checked.</summary>
    public Span<ulong> Row(int slot) => Words.AsSpan(Start + (slot * 4), 4);

    /// <summary>W0 of row <paramref name="slot"/>, unchecked: the caller guarantees slot &lt; <see cref="Capacity"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ref ulong RowUnchecked(int slot) =>
        ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(Words), Start + (slot * 4));

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
        Words.AsSpan(Start, used * 4).CopyTo(grown.Words.AsSpan(grown.Start));
        return grown;
    }
}
