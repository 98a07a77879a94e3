using System.Numerics;
using System.Runtime.CompilerServices;

namespace Mizan.Core.Text.Matching;

/// <summary>
/// A one-hash bitmap of a shingle set (a query's, or a known item's when locating it in a query), sized at about 16 bits per shingle, so verifying a candidate costs
/// one bit test per known shingle (a binary search into the sorted query set only on the ~6% that pass) instead
/// of a merge over the whole query set: a long post verified against many candidates is mostly bit tests.
/// </summary>
internal sealed class QueryFilter
{
    private const int MinBits = 1 << 12;
    private const int MaxBits = 1 << 22;

    private ulong[] _bits = new ulong[MinBits / 64];
    private uint _mask;

    public void Build(ReadOnlySpan<uint> query)
    {
        int bits = (int)Math.Clamp(BitOperations.RoundUpToPowerOf2((uint)Math.Max(1, query.Length) * 16), MinBits, MaxBits);
        if (_bits.Length < bits / 64)
        {
            _bits = new ulong[bits / 64];
        }
        else
        {
            _bits.AsSpan(0, bits / 64).Clear();
        }

        _mask = (uint)(bits - 1);
        foreach (uint hash in query)
        {
            uint bit = hash & _mask;
            _bits[bit >> 6] |= 1UL << (int)bit;
        }
    }

    /// <summary>True when <paramref name="hash"/> is in <paramref name="set"/>, the set the filter was built from.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Contains(uint hash, ReadOnlySpan<uint> set)
    {
        uint bit = hash & _mask;
        return (_bits[bit >> 6] & (1UL << (int)bit)) != 0 && set.BinarySearch(hash) >= 0;
    }

    /// <summary>|<paramref name="known"/> ∩ <paramref name="query"/>|; <paramref name="query"/> is the set the filter was built from.</summary>
    public int IntersectionCount(ReadOnlySpan<uint> known, ReadOnlySpan<uint> query)
    {
        int count = 0;
        ulong[] bits = _bits;
        uint mask = _mask;
        foreach (uint hash in known)
        {
            uint bit = hash & mask;
            if ((bits[bit >> 6] & (1UL << (int)bit)) != 0 && query.BinarySearch(hash) >= 0)
            {
                count++;
            }
        }

        return count;
    }
}
