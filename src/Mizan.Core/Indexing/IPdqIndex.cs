using Mizan.Core.Hashing;

namespace Mizan.Core.Indexing;

/// <summary>
/// An in-memory set of <c>(id, PDQ hash)</c> entries searchable by Hamming distance. Every implementation
/// returns exactly the entries a linear scan would: no approximation.
/// </summary>
public interface IPdqIndex
{
    /// <summary>Number of live entries (added and not removed).</summary>
    int Count { get; }

    /// <summary>Adds an entry; if <paramref name="id"/> is already present its hash is replaced.</summary>
    void Add(long id, PdqHash hash);

    /// <summary>Removes the entry with <paramref name="id"/>; returns <see langword="false"/> if there is none.</summary>
    bool Remove(long id);

    /// <summary>
    /// Appends to <paramref name="results"/> every live entry whose distance to <paramref name="query"/> is at most
    /// <paramref name="maxDistance"/>, in no particular order, each once. Distances above 256 behave as 256.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDistance"/> is negative.</exception>
    void Search(PdqHash query, int maxDistance, List<PdqMatch> results);
}
