namespace Mizan.Core.Indexing;

/// <summary>
/// Id → position map for <see cref="PdqIndex"/>: open addressing with linear probing over one <see cref="int"/>
/// array of positions (4 bytes a slot; the ids themselves are read from the index's id segments), instead of a
/// <see cref="Dictionary{TKey, TValue}"/> at ~28 bytes an entry. Not thread-safe: only the writer uses it.
/// </summary>
internal sealed class IdPositionMap
{
    private const int MinCapacityBits = 4;
    private const int MaxCapacityBits = 30; // 2^30 slots at load 0.7: about 750 million ids

    private int[] _slots; // position + 1; 0 = empty
    private int _bits;
    private int _count;

    public IdPositionMap(int expectedCount)
    {
        _bits = MinCapacityBits;
        while (!Fits(expectedCount, _bits))
        {
            _bits = NextBits(_bits);
        }

        _slots = new int[1 << _bits];
    }

    public int Count => _count;

    /// <summary>
    /// Maps the ids at positions [0, <paramref name="count"/>) in bulk. Where an id repeats, its highest position
    /// wins and the others are marked in <paramref name="dead"/> and counted in <paramref name="superseded"/>.
    /// </summary>
    /// <remarks>
    /// Inserting millions of ids one by one costs a chain of dependent cache misses each. Instead the positions
    /// are grouped by home slot (<see cref="BucketSort"/>) and laid out in home order, which is exactly the table
    /// linear probing produces; entries that would run past the end are inserted normally, wrapping around.
    /// </remarks>
    public static IdPositionMap Build(long[][] ids, int count, ulong[] scratch, ulong[]?[] dead, out int superseded)
    {
        var map = new IdPositionMap(count);
        using ChunkIndex byHome = BucketSort.Group(new HomeKeys(ids, map._bits), count, map._bits, scratch);
        ReadOnlySpan<int> heads = byHome.Heads.Span, records = byHome.Overflow.Span;
        int[] slots = map._slots;
        int free = 0;
        int single = 0;
        List<int>? overflow = null;
        superseded = 0;
        for (int home = 0; home < slots.Length; home++)
        {
            ReadOnlySpan<int> positions = ChunkIndex.Bucket(heads, records, home, ref single);
            for (int i = 0; i < positions.Length; i++)
            {
                int position = positions[i];
                bool repeated = false;
                if (i + 1 < positions.Length)
                {
                    // Only ids sharing a home slot can be equal; most slots hold one, so most ids are never read.
                    long id = IdAt(ids, position);
                    for (int j = i + 1; j < positions.Length && !repeated; j++)
                    {
                        repeated = IdAt(ids, positions[j]) == id;
                    }
                }

                if (repeated)
                {
                    PdqIndex.SetDeadInPlace(dead, position);
                    superseded++;
                }
                else if (Math.Max(home, free) < slots.Length)
                {
                    free = Math.Max(home, free);
                    slots[free++] = position + 1;
                    map._count++;
                }
                else
                {
                    (overflow ??= []).Add(position);
                }
            }
        }

        foreach (int position in overflow ?? [])
        {
            map.Set(IdAt(ids, position), position, ids);
        }

        return map;
    }

    public long MemoryBytes => (long)_slots.Length * sizeof(int);

    public bool TryGet(long id, long[][] ids, out int position)
    {
        int mask = _slots.Length - 1;
        for (int slot = Home(id); ; slot = (slot + 1) & mask)
        {
            int stored = _slots[slot];
            if (stored == 0)
            {
                position = -1;
                return false;
            }

            if (IdAt(ids, stored - 1) == id)
            {
                position = stored - 1;
                return true;
            }
        }
    }

    /// <summary>Maps <paramref name="id"/> (already written at <paramref name="position"/>) and returns its previous position or -1.</summary>
    public int Set(long id, int position, long[][] ids)
    {
        if (!Fits(_count + 1, _bits))
        {
            Rehash(NextBits(_bits), ids);
        }

        int mask = _slots.Length - 1;
        for (int slot = Home(id); ; slot = (slot + 1) & mask)
        {
            int stored = _slots[slot];
            if (stored == 0)
            {
                _slots[slot] = position + 1;
                _count++;
                return -1;
            }

            if (IdAt(ids, stored - 1) == id)
            {
                _slots[slot] = position + 1;
                return stored - 1;
            }
        }
    }

    public bool Remove(long id, long[][] ids, out int position)
    {
        int mask = _slots.Length - 1;
        int slot = Home(id);
        while (true)
        {
            int stored = _slots[slot];
            if (stored == 0)
            {
                position = -1;
                return false;
            }

            if (IdAt(ids, stored - 1) == id)
            {
                position = stored - 1;
                break;
            }

            slot = (slot + 1) & mask;
        }

        // Backward-shift deletion: pull later members of the probe run into the hole so lookups need no tombstones.
        int hole = slot;
        for (int next = (hole + 1) & mask; _slots[next] != 0; next = (next + 1) & mask)
        {
            int home = Home(IdAt(ids, _slots[next] - 1));
            // The entry may move to the hole only if its home is not cyclically within (hole, next].
            bool homeBetween = hole <= next ? home > hole && home <= next : home > hole || home <= next;
            if (!homeBetween)
            {
                _slots[hole] = _slots[next];
                hole = next;
            }
        }

        _slots[hole] = 0;
        _count--;
        return true;
    }

    private static bool Fits(int count, int bits) => count <= (1L << bits) * 7 / 10;

    private static int NextBits(int bits) =>
        bits < MaxCapacityBits ? bits + 1 : throw new InvalidOperationException("Too many ids for the index.");

    private static long IdAt(long[][] ids, int position) =>
        ids[position >> PdqIndex.SegmentBits][position & PdqIndex.SegmentMask];

    private int Home(long id) => Home(id, _bits);

    // Fibonacci hashing: row ids are often consecutive, so spread them with the golden-ratio multiplier.
    private static int Home(long id, int bits) => (int)(((ulong)id * 0x9E3779B97F4A7C15UL) >> (64 - bits));

    private readonly struct HomeKeys(long[][] ids, int bits) : IBucketKeys
    {
        public bool TryGetKey(int position, out uint key)
        {
            key = (uint)Home(IdAt(ids, position), bits);
            return true;
        }
    }

    private void Rehash(int bits, long[][] ids)
    {
        int[] old = _slots;
        _bits = bits;
        _slots = new int[1 << bits];
        int mask = _slots.Length - 1;
        foreach (int stored in old)
        {
            if (stored == 0)
            {
                continue;
            }

            int slot = Home(IdAt(ids, stored - 1));
            while (_slots[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            _slots[slot] = stored;
        }
    }
}
