using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace Mizan.Core.Text.Matching;

/// <summary>
/// The LSH buckets of one channel: band key → item slots, as columns. Postings (key, slot, next) live in three
/// parallel arrays and are chained from a power-of-two head table indexed by the key's low bits; all bands share
/// the table (the band number is hashed into the key). 16 bytes a posting at the table's fill of ~1.
/// </summary>
/// <remarks>Not thread-safe: <see cref="TextIndex"/> guards it.</remarks>
internal sealed class BandTable
{
    private const int MinCapacity = 1024;

    private uint[] _keys = new uint[MinCapacity];
    private int[] _slots = new int[MinCapacity];
    private int[] _next = new int[MinCapacity];
    private int[] _heads = NewHeads(MinCapacity);
    private int _count;

    public int Count => _count;

    public long MemoryBytes => ((long)_keys.Length * (sizeof(uint) + sizeof(int) + sizeof(int))) + ((long)_heads.Length * sizeof(int));

    public void Add(uint key, int slot)
    {
        if (_count == _keys.Length)
        {
            Grow();
        }

        int p = _count++;
        int head = (int)(key & (uint)(_heads.Length - 1));
        _keys[p] = key;
        _slots[p] = slot;
        _next[p] = _heads[head];
        _heads[head] = p;
    }

    /// <summary>First posting of the chain <paramref name="key"/> hashes to (−1: none); compare keys when walking.</summary>
    public int First(uint key) => _heads[(int)(key & (uint)(_heads.Length - 1))];

    public int Next(int posting) => _next[posting];

    /// <summary>Hints the CPU to fetch the head of <paramref name="key"/>'s chain, so lookups of a batch of keys overlap
    /// their cache misses (a miss a lookup in an index of a million items).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public unsafe void PrefetchHead(uint key)
    {
        if (Sse.IsSupported)
        {
            // A prefetch is only a hint: an address made stale by the GC moving the array is harmless.
            Sse.Prefetch0(Unsafe.AsPointer(ref _heads[(int)(key & (uint)(_heads.Length - 1))]));
        }
    }

    /// <summary>Hints the CPU to fetch posting <paramref name="posting"/>'s key and slot.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public unsafe void PrefetchPosting(int posting)
    {
        if (Sse.IsSupported && posting >= 0)
        {
            Sse.Prefetch0(Unsafe.AsPointer(ref _keys[posting]));
            Sse.Prefetch0(Unsafe.AsPointer(ref _slots[posting]));
        }
    }

    public uint Key(int posting) => _keys[posting];

    public int Slot(int posting) => _slots[posting];

    /// <summary>Drops postings whose slot maps to −1 and renumbers the rest: <paramref name="remap"/>[old] = new.</summary>
    public void Compact(ReadOnlySpan<int> remap)
    {
        int kept = 0;
        for (int p = 0; p < _count; p++)
        {
            int slot = remap[_slots[p]];
            if (slot >= 0)
            {
                _keys[kept] = _keys[p];
                _slots[kept] = slot;
                kept++;
            }
        }

        _count = kept;
        int capacity = Math.Max(MinCapacity, (int)Math.Min(Array.MaxLength, (long)kept * 5 / 4));
        if (capacity < _keys.Length / 2)
        {
            Array.Resize(ref _keys, capacity);
            Array.Resize(ref _slots, capacity);
            _next = new int[capacity];
        }

        Rechain(NewHeads(HeadsFor(_keys.Length)));
    }

    private void Grow()
    {
        int capacity = (int)Math.Min(Array.MaxLength, (long)_keys.Length * 2);
        if (capacity == _keys.Length)
        {
            throw new InvalidOperationException("The text index is full.");
        }

        Array.Resize(ref _keys, capacity);
        Array.Resize(ref _slots, capacity);
        _next = new int[capacity];
        Rechain(NewHeads(HeadsFor(capacity)));
    }

    /// <summary>Rebuilds every chain in posting order, so a chain lists newer postings first as <see cref="Add"/> does.</summary>
    private void Rechain(int[] heads)
    {
        uint mask = (uint)(heads.Length - 1);
        for (int p = 0; p < _count; p++)
        {
            int head = (int)(_keys[p] & mask);
            _next[p] = heads[head];
            heads[head] = p;
        }

        _heads = heads;
    }

    private static int HeadsFor(int capacity) => (int)Math.Min(1 << 30, System.Numerics.BitOperations.RoundUpToPowerOf2((uint)capacity));

    private static int[] NewHeads(int length)
    {
        var heads = new int[length];
        heads.AsSpan().Fill(-1);
        return heads;
    }
}
