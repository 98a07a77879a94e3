using System.Runtime.CompilerServices;

namespace Mizan.Core.Indexing;

public sealed partial class PdqIndex
{
    /// <summary>
    /// One published state of the index. Never changed after publication, with one safe exception: rows at
    /// positions at or beyond <see cref="Count"/> may be written by the writer before a newer snapshot that
    /// covers them is published, and no reader of this snapshot looks there.
    /// </summary>
    /// <param name="Layout">Chunking of the 256 bits, or null when there are no chunk indexes.</param>
    /// <param name="Chunks">Per chunk of the layout: entry positions grouped by chunk value.</param>
    /// <param name="Hashes">Segments of <see cref="SegmentSize"/> rows, four words a row (W0..W3).</param>
    /// <param name="Ids">Segments of ids parallel to <paramref name="Hashes"/>.</param>
    /// <param name="Dead">Segments of tombstone bits; a null segment has no removed entries.</param>
    /// <param name="Count">Positions in use, removed entries included.</param>
    /// <param name="Main">Positions below this are in every chunk index; the rest (the tail) are scanned.</param>
    /// <param name="Live">Entries not removed.</param>
    private sealed record Snapshot(
        PdqIndexLayout? Layout,
        ChunkIndex[] Chunks,
        RowSegment[] Hashes,
        long[][] Ids,
        ulong[]?[] Dead,
        int Count,
        int Main,
        int Live)
    {
        public static readonly Snapshot Empty = new(null, [], [], [], [], 0, 0, 0);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool IsDead(int position)
        {
            ulong[]? segment = Dead[position >> SegmentBits];
            return segment is not null && (segment[(position & SegmentMask) >> 6] & (1UL << position)) != 0;
        }

        /// <summary>The hash at <paramref name="position"/> as four words, checked.</summary>
        public Span<ulong> Row(int position) => Hashes[position >> SegmentBits].Row(position & SegmentMask);

        public long MemoryBytes()
        {
            long bytes = 0;
            foreach (ChunkIndex chunk in Chunks)
            {
                bytes += chunk.Bytes;
            }

            foreach (RowSegment segment in Hashes)
            {
                bytes += segment.Words.Bytes;
            }

            foreach (long[] segment in Ids)
            {
                bytes += (long)segment.Length * sizeof(long);
            }

            foreach (ulong[]? segment in Dead)
            {
                bytes += segment is null ? 0 : (long)segment.Length * sizeof(ulong);
            }

            return bytes;
        }
    }
}
