namespace Mizan.Data.Entities;

/// <summary>
/// A change feed for the in-memory indexes of every process sharing the store: each write of a bank entry
/// (added, retracted) appends its row id here in the same transaction. A node re-reads the entry's current state
/// for every change after the last sequence number it applied, so applying a change twice is harmless.
/// </summary>
public sealed class IndexChange
{
    public long Seq { get; set; }

    public long EntryId { get; set; }
}
