namespace Mizan.Data.Entities;

/// <summary>
/// Content and related data kept after removal (TCO Art. 6: six months, extendable; 18 U.S.C. 2703(f): 90 days plus
/// 90 per renewed request), readable only by the legal role with a stated purpose, destroyed on expiry.
/// </summary>
public sealed class PreservationHold
{
    public long Id { get; set; }

    /// <summary>tco_art6_order, tco_art6_specific_measure, us_2703f, us_2704_backup, court_order, e_evidence or internal_legal_hold.</summary>
    public required string Basis { get; set; }

    public long? ContentItemId { get; set; }

    public long? RemovalOrderId { get; set; }

    public long? DataRequestId { get; set; }

    /// <summary>The authority that asked for it (organisation), if any.</summary>
    public int? RequestingOrganisationId { get; set; }

    public string? RequestingAuthority { get; set; }

    public string? RequestReference { get; set; }

    /// <summary>What may justify access (TCO 6(1)(a) review/complaints, 6(1)(b) investigation), as codes.</summary>
    public List<string> Purposes { get; set; } = [];

    /// <summary>active, extended, released or destroyed.</summary>
    public required string Status { get; set; }

    public DateTime StartedAt { get; set; }

    public DateTime ExpiresAt { get; set; }

    // The preserved copy: gone (null) once destroyed.
    public string? PreservedText { get; set; }

    public byte[]? PreservedMedia { get; set; }

    public string? PreservedMediaType { get; set; }

    /// <summary>Related data (URL, uploader reference, times, hashes, account type) as JSON.</summary>
    public string? PreservedMetadata { get; set; }

    /// <summary>SHA-256 over the preserved copy, recorded at creation.</summary>
    public required string PreservedSha256 { get; set; }

    public DateTime? ReleasedAt { get; set; }

    public string? ReleaseReason { get; set; }

    public DateTime? DestroyedAt { get; set; }

    public string? DestroyedBy { get; set; }

    public required string CreatedBy { get; set; }
}
