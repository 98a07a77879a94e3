namespace Mizan.Data.Entities;

/// <summary>An extension of a preservation hold, on request.</summary>
public sealed class PreservationExtension
{
    public long Id { get; set; }

    public long PreservationHoldId { get; set; }

    public required string RequestedBy { get; set; }

    public DateTime PreviousExpiresAt { get; set; }

    public DateTime Until { get; set; }

    public required string Reason { get; set; }

    public DateTime At { get; set; }

    public required string RecordedBy { get; set; }
}
