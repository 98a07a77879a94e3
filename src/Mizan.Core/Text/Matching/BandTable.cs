using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace Mizan.Core.Text.Matching;

/// <summary>
/// The LSH buckets of one channel: band key → item slots, as one column of packed (key, slot) entries in an
/// open-addressing table with linear probing; all bands share the table (the band number is hashed into the key)
/// and a key with several items simply occupies several entries of its probe run. A lookup reads one or two
/// cache lines from the key's home position to the first empty entry. The table doubles at 3/4 full, so it holds
/// 8 bytes an entry at a fill of 3/8 to 3/4: 11–21 bytes a posting.
/// </summary>
/// <remarks>Not thread-safe: <see cref="TextIndex"/> guards it.</remarks>
internal sealed class BandTable
{
    /// <summary>An empty entry: key 2^32 − 1 with slot 2^32 − 1, which no item has (slots are below 2^31).</summary>
    public const ulong EmptyEntry = ulong.MaxValue;

    private const int MinCapacity = 1024;

    private ulong[] _entries = NewEntries(MinCapacity);
    private int _count;

    public int Count => _count;

    public long MemoryBytes => (long)_entries.Length * sizeof(ulong);

    /// <summary>The entry array: probe from <see cref="Home"/> with <see cref="Mask"/> until <see cref="EmptyEntry"/>.</summary>
    public ulong[] Entries => _entries;

    public int Mask => _entries.Length - 1;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint KeyOf(ulong entry) => (uint)(entry >> 32);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int SlotOf(ulong entry) => (int)(uint)entry;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Home(uint key) => (int)(Shingling.Mix(key) & (uint)(_entries.Length - 1));

    public void Add(uint key, int slot)
    {
        if (_count >= (_entries.Length >> 2) * 3)
        {
            Resize(checked(_entries.Length * 2));
        }

        Insert(_entries, ((ulong)key << 32) | (uint)slot);
        _count++;
    }

    /// <summary>Hints the CPU to fetch the home of <paramref name="key"/>, so lookups of a batch of keys overlap
    /// their cache misses (about one a lookup in an index of a million items).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public unsafe void Prefetch(uint key)
    {
        if (Sse.IsSupported)
        {
            // A prefetch is only a hint: an address made stale by the GC moving the array is harmless.
            Sse.Prefetch0(Unsafe.AsPointer(ref _entries[Home(key)]));
        }
    }

    /// <summary>Drops entries whose slot maps to −1 and renumbers the rest: <paramref name="remap"/>[old] = new.</summary>
    public void Compact(ReadOnlySpan<int> remap)
    {
        int kept = 0;
        foreach (ulong entry in _entries)
        {
            if (entry != EmptyEntry && remap[SlotOf(entry)] >= 0)
            {
                kept++;
            }
        }

        ulong[] entries = NewEntries(CapacityFor(kept));
        foreach (ulong entry in _entries)
        {
            if (entry != EmptyEntry && remap[SlotOf(entry)] is int slot and >= 0)
            {
                Insert(entries, (entry & 0xFFFF_FFFF_0000_0000UL) | (uint)slot);
            }
        }

        _entries = entries;
        _count = kept;
    }

    private void Resize(int capacity)
    {
        ulong[] entries = NewEntries(capacity);
        foreach (ulong entry in _entries)
        {
            if (entry != EmptyEntry)
            {
                Insert(entries, entry);
            }
        }

        _entries = entries;
    }

    private static void Insert(ulong[] entries, ulong entry)
    {
        int mask = entries.Length - 1;
        int i = (int)(Shingling.Mix(KeyOf(entry)) & (uint)mask);
        while (entries[i] != EmptyEntry)
        {
            i = (i + 1) & mask;
        }

        entries[i] = entry;
    }

    /// <summary>A power of two holding <paramref name="count"/> entries at most half full.</summary>
    private static int CapacityFor(int count) =>
        (int)Math.Max(MinCapacity, BitOperations.RoundUpToPowerOf2((uint)Math.Max(1, count) * 2));

    private static ulong[] NewEntries(int capacity)
    {
        var entries = GC.AllocateUninitializedArray<ulong>(capacity);
        entries.AsSpan().Fill(EmptyEntry);
        return entries;
    }
}
