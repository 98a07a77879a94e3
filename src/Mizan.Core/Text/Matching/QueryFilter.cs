using System.Numerics;
using System.Runtime.CompilerServices;

namespace Mizan.Core.Text.Matching;

/// <summary>
/// Exact membership in a set of shingle hashes, by an open-addressing table at most a quarter full (a probe
/// usually reads one entry): a query's set, built once per query and channel when its first candidate is
/// verified, so verifying a candidate costs one probe per known shingle instead of a merge over the whole query
/// set; or a known item's set, when locating it in the query.
/// </summary>
internal sealed class QueryFilter
{
    private const int MinCapacity = 1 << 10;

    private ulong[] _entries = new ulong[MinCapacity];
    private int _mask;

    public void Build(ReadOnlySpan<uint> set)
    {
        int capacity = (int)Math.Max(MinCapacity, BitOperations.RoundUpToPowerOf2((uint)Math.Max(1, set.Length) * 4));
        if (_entries.Length < capacity)
        {
            _entries = new ulong[capacity];
        }
        else
        {
            _entries.AsSpan(0, capacity).Clear();
        }

        _mask = capacity - 1;
        ulong[] entries = _entries;
        foreach (uint hash in set)
        {
            // An entry is the hash with bit 32 set; 0 is empty.
            ulong entry = hash | (1UL << 32);
            int i = Home(hash);
            while (entries[i] != 0 && entries[i] != entry)
            {
                i = (i + 1) & _mask;
            }

            entries[i] = entry;
        }
    }

    /// <summary>True when <paramref name="hash"/> is in the set the filter was built from.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Contains(uint hash)
    {
        ulong entry = hash | (1UL << 32);
        ulong[] entries = _entries;
        for (int i = Home(hash); ; i = (i + 1) & _mask)
        {
            ulong existing = entries[i];
            if (existing == entry)
            {
                return true;
            }

            if (existing == 0)
            {
                return false;
            }
        }
    }

    /// <summary>|<paramref name="known"/> ∩ the set the filter was built from|.</summary>
    public int IntersectionCount(ReadOnlySpan<uint> known)
    {
        int count = 0;
        foreach (uint hash in known)
        {
            count += Contains(hash) ? 1 : 0;
        }

        return count;
    }

    // Fibonacci hashing of the (already mixed) 32-bit shingle hash.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Home(uint hash) => (int)((hash * 0x9E3779B97F4A7C15UL) >> 32) & _mask;
}
