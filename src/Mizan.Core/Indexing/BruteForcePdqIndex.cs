using System.Numerics;
using Mizan.Core.Hashing;

namespace Mizan.Core.Indexing;

/// <summary>
/// The reference <see cref="IPdqIndex"/>: hashes in four <see cref="ulong"/> columns with a parallel id column,
/// searched by a linear scan. Plain scalar code, kept as the oracle that <see cref="PdqIndex"/> is tested against.
/// </summary>
/// <remarks>
/// Concurrent <see cref="Search"/> calls are safe while no write is in progress; <see cref="Add"/> and
/// <see cref="Remove"/> need external synchronisation (as with <see cref="List{T}"/>).
/// </remarks>
public sealed class BruteForcePdqIndex : IPdqIndex
{
    private const int InitialCapacity = 16;

    private ulong[] _w0 = [];
    private ulong[] _w1 = [];
    private ulong[] _w2 = [];
    private ulong[] _w3 = [];
    private long[] _ids = [];
    private readonly Dictionary<long, int> _positionById = [];
    private int _count;

    /// <summary>Creates an empty index.</summary>
    public BruteForcePdqIndex()
    {
    }

    /// <summary>Creates an index holding <paramref name="ids"/>[i] → <paramref name="hashes"/>[i]; a repeated id keeps its last hash.</summary>
    /// <exception cref="ArgumentException">The spans differ in length.</exception>
    public BruteForcePdqIndex(ReadOnlySpan<long> ids, ReadOnlySpan<PdqHash> hashes)
    {
        if (ids.Length != hashes.Length)
        {
            throw new ArgumentException("ids and hashes must have the same length.", nameof(hashes));
        }

        Grow(ids.Length);
        for (int i = 0; i < ids.Length; i++)
        {
            Add(ids[i], hashes[i]);
        }
    }

    /// <inheritdoc />
    public int Count => _count;

    /// <summary>Approximate bytes held by the columns and the id map.</summary>
    public long EstimatedMemoryBytes =>
        (long)_w0.Length * 5 * sizeof(ulong) + (long)_positionById.Count * 24;

    /// <inheritdoc />
    public void Add(long id, PdqHash hash)
    {
        if (!_positionById.TryGetValue(id, out int position))
        {
            if (_count == _w0.Length)
            {
                Grow(Math.Max(InitialCapacity, _count * 2));
            }

            position = _count++;
            _positionById.Add(id, position);
            _ids[position] = id;
        }

        _w0[position] = hash.W0;
        _w1[position] = hash.W1;
        _w2[position] = hash.W2;
        _w3[position] = hash.W3;
    }

    /// <inheritdoc />
    public bool Remove(long id)
    {
        if (!_positionById.Remove(id, out int position))
        {
            return false;
        }

        // Move the last entry into the hole so the columns stay dense.
        int last = --_count;
        if (position != last)
        {
            _w0[position] = _w0[last];
            _w1[position] = _w1[last];
            _w2[position] = _w2[last];
            _w3[position] = _w3[last];
            _ids[position] = _ids[last];
            _positionById[_ids[position]] = position;
        }

        return true;
    }

    /// <inheritdoc />
    public void Search(PdqHash query, int maxDistance, List<PdqMatch> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentOutOfRangeException.ThrowIfNegative(maxDistance);

        ulong q0 = query.W0, q1 = query.W1, q2 = query.W2, q3 = query.W3;
        int n = _count;
        ReadOnlySpan<ulong> w0 = _w0.AsSpan(0, n), w1 = _w1.AsSpan(0, n), w2 = _w2.AsSpan(0, n), w3 = _w3.AsSpan(0, n);
        ReadOnlySpan<long> ids = _ids.AsSpan(0, n);
        for (int i = 0; i < w0.Length; i++)
        {
            int distance = BitOperations.PopCount(w0[i] ^ q0) + BitOperations.PopCount(w1[i] ^ q1)
                + BitOperations.PopCount(w2[i] ^ q2) + BitOperations.PopCount(w3[i] ^ q3);
            if (distance <= maxDistance)
            {
                results.Add(new PdqMatch(ids[i], distance));
            }
        }
    }

    private void Grow(int capacity)
    {
        Array.Resize(ref _w0, capacity);
        Array.Resize(ref _w1, capacity);
        Array.Resize(ref _w2, capacity);
        Array.Resize(ref _w3, capacity);
        Array.Resize(ref _ids, capacity);
    }
}
