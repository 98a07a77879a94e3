namespace Mizan.Data.Entities;

/// <summary>One reading of preserved content, with who and why (TCO Art. 6(3)). Also in the audit chain.</summary>
public sealed class PreservationAccess
{
    public long Id { get; set; }

    public long PreservationHoldId { get; set; }

    public DateTime At { get; set; }

    public int? ActorKeyId { get; set; }

    public required string ActorName { get; set; }

    public required string ActorRole { get; set; }

    public required string Purpose { get; set; }
}
