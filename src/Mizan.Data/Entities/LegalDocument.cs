namespace Mizan.Data.Entities;

/// <summary>
/// A document as an authority sent it (a removal order, a referral, a data request), stored once and hashed on
/// arrival so the hash in the audit chain proves what was received.
/// </summary>
public sealed class LegalDocument
{
    public long Id { get; set; }

    /// <summary>The organisation it was received from, if known.</summary>
    public int? OrganisationId { get; set; }

    public required string Sha256 { get; set; }

    public required string MediaType { get; set; }

    public string? FileName { get; set; }

    public required byte[] Content { get; set; }

    /// <summary>The transport details (mail headers, channel metadata) as received.</summary>
    public string? TransportHeaders { get; set; }

    public DateTime ReceivedAt { get; set; }

    public required string ReceivedBy { get; set; }
}
