namespace Mizan.Core.Indexing;

/// <summary>An indexed entry found by a PDQ search.</summary>
/// <param name="Id">The entry's id as given to <see cref="IPdqIndex.Add"/> (a database row id).</param>
/// <param name="Distance">Hamming distance (0-256) between the query and the entry's hash.</param>
public readonly record struct PdqMatch(long Id, int Distance);
