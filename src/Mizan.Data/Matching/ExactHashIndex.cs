using System.Buffers.Binary;
using Mizan.Core.Hashing;

namespace Mizan.Data.Matching;

/// <summary>
/// Exact-hash lookups (MD5, SHA-256) by dictionary. Keys are the first 128 bits of the hash with the signal type;
/// the full value is verified against the store when a candidate is resolved, so a prefix collision cannot
/// produce a false match. Safe for concurrent readers with one writer at a time.
/// </summary>
public sealed class ExactHashIndex
{
    private readonly Dictionary<Key, long[]> _map = [];
    private readonly ReaderWriterLockSlim _lock = new();

    /// <summary>Number of indexed rows.</summary>
    public int Count { get; private set; }

    /// <summary>Adds a row id under a hash. <paramref name="hex"/> must be canonical hex of at least 16 bytes.</summary>
    public void Add(byte signal, string hex, long id)
    {
        var key = MakeKey(signal, hex);
        _lock.EnterWriteLock();
        try
        {
            if (_map.TryGetValue(key, out var ids))
            {
                if (Array.IndexOf(ids, id) >= 0)
                {
                    return;
                }

                _map[key] = [.. ids, id];
            }
            else
            {
                _map[key] = [id];
            }

            Count++;
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    /// <summary>Removes a row id; false when it was not indexed.</summary>
    public bool Remove(byte signal, string hex, long id)
    {
        var key = MakeKey(signal, hex);
        _lock.EnterWriteLock();
        try
        {
            if (!_map.TryGetValue(key, out var ids) || Array.IndexOf(ids, id) < 0)
            {
                return false;
            }

            if (ids.Length == 1)
            {
                _map.Remove(key);
            }
            else
            {
                _map[key] = Array.FindAll(ids, x => x != id);
            }

            Count--;
            return true;
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    /// <summary>Appends the row ids stored under this hash.</summary>
    public void Lookup(byte signal, string hex, List<long> results)
    {
        var key = MakeKey(signal, hex);
        _lock.EnterReadLock();
        try
        {
            if (_map.TryGetValue(key, out var ids))
            {
                results.AddRange(ids);
            }
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    private static Key MakeKey(byte signal, string hex)
    {
        Span<byte> bytes = stackalloc byte[16];
        if (!HexFormat.TryParse(hex.AsSpan(0, 32), bytes))
        {
            throw new ArgumentException("Exact hashes are indexed by canonical hex.", nameof(hex));
        }

        return new Key(signal, BinaryPrimitives.ReadUInt64BigEndian(bytes), BinaryPrimitives.ReadUInt64BigEndian(bytes[8..]));
    }

    private readonly record struct Key(byte Signal, ulong Hi, ulong Lo);
}
