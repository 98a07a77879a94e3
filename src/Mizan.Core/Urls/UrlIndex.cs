using System.Buffers;
using System.Collections.Concurrent;

namespace Mizan.Core.Urls;

/// <summary>
/// Bank entries keyed by canonical URL, each with a <see cref="UrlMatchScope"/>, searched with a posted URL.
/// </summary>
/// <remarks>
/// <para>
/// Three maps hold the entries: exact entries by <see cref="CanonicalUrl.Value"/>, domain entries by
/// <see cref="CanonicalUrl.Host"/>, and path-prefix entries by host and <see cref="CanonicalUrl.Path"/>. A search
/// looks up the query's value once, each of its host's parent domains (<c>a.b.example.org</c>,
/// <c>b.example.org</c>, <c>example.org</c>, <c>org</c>) and each of its path's ancestors (<c>/x/y</c>,
/// <c>/x</c>, <c>/</c>), so it costs O(labels + segments) lookups whatever the size of the index.
/// </para>
/// <para>
/// Thread-safe: any number of <see cref="Search"/> calls may run concurrently with each other and with
/// <see cref="Add"/> and <see cref="Remove"/>. Searches take no lock; writers are serialised and replace the small
/// per-key id arrays rather than changing them, so a search sees each key either before or after a write. Adding
/// or removing an id on a key that holds k ids costs O(k).
/// </para>
/// </remarks>
public sealed class UrlIndex
{
    private readonly Lock _writeLock = new();

    // Written under _writeLock only: each id's scope and key, so that Remove and re-Add can find the old entry.
    private readonly Dictionary<long, (UrlMatchScope Scope, string Key)> _entries = [];

    private readonly ConcurrentDictionary<string, long[]> _exact = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long[]> _domain = new(StringComparer.Ordinal);

    // Keyed by host + path ("example.org/a/b"); a host never contains '/', so the key is unambiguous.
    private readonly ConcurrentDictionary<string, long[]> _pathPrefix = new(StringComparer.Ordinal);

    private readonly ConcurrentDictionary<string, long[]>.AlternateLookup<ReadOnlySpan<char>> _domainBySpan;
    private readonly ConcurrentDictionary<string, long[]>.AlternateLookup<ReadOnlySpan<char>> _pathPrefixBySpan;

    private int _count;

    /// <summary>Creates an empty index.</summary>
    public UrlIndex()
    {
        _domainBySpan = _domain.GetAlternateLookup<ReadOnlySpan<char>>();
        _pathPrefixBySpan = _pathPrefix.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>How many entries (ids) the index holds.</summary>
    public int Count => Volatile.Read(ref _count);

    /// <summary>
    /// Adds an entry, or replaces the entry that already has <paramref name="id"/>. Several ids may hold the same
    /// URL and scope; a search reports each of them.
    /// </summary>
    /// <param name="id">The entry's id, reported in <see cref="UrlMatch.Id"/>.</param>
    /// <param name="url">The bank entry's URL. <see cref="UrlMatchScope.Domain"/> uses only its host and
    /// <see cref="UrlMatchScope.PathPrefix"/> only its host and path.</param>
    /// <param name="scope">How the entry matches.</param>
    /// <exception cref="ArgumentNullException"><paramref name="url"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="scope"/> is not a defined value.</exception>
    public void Add(long id, CanonicalUrl url, UrlMatchScope scope)
    {
        ArgumentNullException.ThrowIfNull(url);
        string key = scope switch
        {
            UrlMatchScope.Exact => url.Value,
            UrlMatchScope.Domain => url.Host,
            UrlMatchScope.PathPrefix => string.Concat(url.Host, url.Path),
            _ => throw new ArgumentOutOfRangeException(nameof(scope), scope, "Unknown URL match scope."),
        };

        lock (_writeLock)
        {
            if (_entries.TryGetValue(id, out (UrlMatchScope Scope, string Key) old))
            {
                RemoveId(MapFor(old.Scope), old.Key, id);
            }

            _entries[id] = (scope, key);
            ConcurrentDictionary<string, long[]> map = MapFor(scope);
            map[key] = map.TryGetValue(key, out long[]? ids) ? [.. ids, id] : [id];
            Volatile.Write(ref _count, _entries.Count);
        }
    }

    /// <summary>Removes the entry with <paramref name="id"/>.</summary>
    /// <returns>Whether the index held it.</returns>
    public bool Remove(long id)
    {
        lock (_writeLock)
        {
            if (!_entries.Remove(id, out (UrlMatchScope Scope, string Key) old))
            {
                return false;
            }

            RemoveId(MapFor(old.Scope), old.Key, id);
            Volatile.Write(ref _count, _entries.Count);
            return true;
        }
    }

    /// <summary>
    /// Appends to <paramref name="results"/> every entry that matches <paramref name="query"/>: exact entries
    /// first, then path-prefix entries from the longest path to the root, then domain entries from the query's own
    /// host to its top-level domain. Each id appears at most once. Nothing is appended when nothing matches.
    /// </summary>
    /// <param name="query">The posted URL.</param>
    /// <param name="results">Receives the matches; not cleared first.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public void Search(CanonicalUrl query, List<UrlMatch> results)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(results);

        if (_exact.TryGetValue(query.Value, out long[]? exact))
        {
            AddMatches(exact, UrlMatchScope.Exact, results);
        }

        SearchPathPrefixes(query.Host, query.Path, results);

        // A domain entry matches its host and every name that ends with "." + host (a subdomain). IP literals have
        // no parent domains.
        ReadOnlySpan<char> host = query.Host;
        while (true)
        {
            if (_domainBySpan.TryGetValue(host, out long[]? ids))
            {
                AddMatches(ids, UrlMatchScope.Domain, results);
            }

            int dot = host.IndexOf('.');
            if (dot < 0 || query.HostKind != UrlHostKind.DnsName)
            {
                break;
            }

            host = host[(dot + 1)..];
        }
    }

    /// <summary>Looks up host + path, then host + each ancestor path, ending with host + "/".</summary>
    private void SearchPathPrefixes(string host, string path, List<UrlMatch> results)
    {
        int length = host.Length + path.Length;
        char[] rented = ArrayPool<char>.Shared.Rent(length);
        try
        {
            Span<char> key = rented.AsSpan(0, length);
            host.CopyTo(key);
            path.CopyTo(key[host.Length..]);
            while (true)
            {
                if (_pathPrefixBySpan.TryGetValue(key, out long[]? ids))
                {
                    AddMatches(ids, UrlMatchScope.PathPrefix, results);
                }

                if (key.Length == host.Length + 1)
                {
                    break; // just searched the root, "/"
                }

                // Canonical paths have no trailing or repeated '/', so the last '/' starts the last segment; cutting
                // there keeps prefixes on segment boundaries (/abc never matches /abcdef).
                int slash = key.LastIndexOf('/');
                key = key[..Math.Max(slash, host.Length + 1)];
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(rented);
        }
    }

    private static void AddMatches(long[] ids, UrlMatchScope scope, List<UrlMatch> results)
    {
        foreach (long id in ids)
        {
            results.Add(new UrlMatch(id, scope));
        }
    }

    private ConcurrentDictionary<string, long[]> MapFor(UrlMatchScope scope) => scope switch
    {
        UrlMatchScope.Exact => _exact,
        UrlMatchScope.Domain => _domain,
        _ => _pathPrefix,
    };

    private static void RemoveId(ConcurrentDictionary<string, long[]> map, string key, long id)
    {
        long[] ids = map[key];
        if (ids.Length == 1)
        {
            map.TryRemove(key, out _);
            return;
        }

        long[] rest = new long[ids.Length - 1];
        int index = Array.IndexOf(ids, id);
        ids.AsSpan(0, index).CopyTo(rest);
        ids.AsSpan(index + 1).CopyTo(rest.AsSpan(index));
        map[key] = rest;
    }
}
