namespace Mizan.Data.Entities;

/// <summary>
/// The single row (id 1) naming the last event of the audit chain. Appending updates it in the same transaction,
/// so the row lock serialises appenders on every provider, and verification notices events cut off the end.
/// </summary>
public sealed class AuditChainHead
{
    public int Id { get; set; }

    public long LastSeq { get; set; }

    public required string LastHash { get; set; }
}
