namespace Mizan.Core.Text.Background;

/// <summary>
/// A set of gram hashes behind a blocked Bloom filter (Putze, Sanders and Singler, "Cache-, hash- and space-efficient
/// Bloom filters", WEA 2007): each lookup first tests three bits in one 64-byte block of a bit array small enough to
/// stay in cache (12 bits per gram), and only on a hit asks the exact set. Most grams of an incoming post are not in
/// the corpus, so most lookups never touch the set, whose hundreds of thousands of entries do not fit in cache.
/// </summary>
/// <remarks>Written by hand: no maintained .NET library offers a blocked Bloom filter over precomputed 64-bit hashes.
/// The hashes are already mixed (SplitMix64), so their bits are used directly.</remarks>
internal sealed class GramFilter
{
    private const int BitsPerGram = 12;
    private const int WordsPerBlock = 8; // 512 bits: one cache line

    private readonly ulong[] _bits;
    private readonly ulong _blockMask;
    private readonly HashSet<ulong> _set;

    public GramFilter(HashSet<ulong> set)
    {
        _set = set;
        long blocks = Math.Max(1, (set.Count * (long)BitsPerGram + 511) / 512);
        int blockCount = (int)Math.Min(1L << 24, System.Numerics.BitOperations.RoundUpToPowerOf2((ulong)blocks));
        _bits = new ulong[blockCount * WordsPerBlock];
        _blockMask = (ulong)blockCount - 1;
        foreach (ulong hash in set)
        {
            int block = (int)(hash & _blockMask) * WordsPerBlock;
            for (int i = 0; i < 3; i++)
            {
                int bit = (int)(hash >> (32 + (9 * i))) & 511;
                _bits[block + (bit >> 6)] |= 1UL << (bit & 63);
            }
        }
    }

    /// <summary>The number of grams in the set.</summary>
    public int Count => _set.Count;

    /// <summary>Whether <paramref name="hash"/> is in the set (exact: the filter only saves the lookup).</summary>
    public bool Contains(ulong hash) => MayContain(hash) && _set.Contains(hash);

    /// <summary>False when <paramref name="hash"/> is certainly not in the set; true when it is, and for a small share
    /// of hashes that are not (a pre-filter whose false positives only cost the exact check behind it).</summary>
    public bool MayContain(ulong hash)
    {
        int block = (int)(hash & _blockMask) * WordsPerBlock;
        for (int i = 0; i < 3; i++)
        {
            int bit = (int)(hash >> (32 + (9 * i))) & 511;
            if ((_bits[block + (bit >> 6)] & (1UL << (bit & 63))) == 0)
            {
                return false;
            }
        }

        return true;
    }
}
