namespace Mizan.Data.Legal.Preservation;

/// <summary>A hold a legal officer places on an item on a basis other than a removal order.</summary>
public sealed class PreservationInput
{
    public long? ItemId { get; set; }

    /// <summary>us_2703f, us_2704_backup, court_order, e_evidence, internal_legal_hold or tco_art6_specific_measure.</summary>
    public string? Basis { get; set; }

    /// <summary>The data request behind it (required for us_2703f).</summary>
    public long? DataRequestId { get; set; }

    public string? RequestingAuthority { get; set; }

    public string? Reference { get; set; }

    /// <summary>What may justify reading the copy; defaults by basis.</summary>
    public List<string>? Purposes { get; set; }

    /// <summary>For court orders and internal holds: until when (default: Legal:PreservationMonths).</summary>
    public DateTimeOffset? Until { get; set; }
}

/// <summary>A reading of a preserved copy: one of the hold's purposes, and why this reading is needed.</summary>
public sealed class PreservationAccessInput
{
    public string? Purpose { get; set; }

    public string? Justification { get; set; }
}

/// <summary>An extension of a hold on request.</summary>
public sealed class PreservationExtensionInput
{
    /// <summary>Who asked (authority, court, counsel).</summary>
    public string? RequestedBy { get; set; }

    public DateTimeOffset? Until { get; set; }

    public string? Reason { get; set; }
}

/// <summary>The early end of a hold.</summary>
public sealed class PreservationReleaseInput
{
    public string? Reason { get; set; }
}

/// <summary>Filters of the hold list.</summary>
/// <param name="Status">active, extended, released or destroyed.</param>
/// <param name="Basis">One of <see cref="PreservationBases.All"/>.</param>
/// <param name="ItemId">Holds of one item.</param>
/// <param name="RemovalOrderId">Holds of one removal order.</param>
/// <param name="DataRequestId">Holds of one data request.</param>
/// <param name="Cursor">The id after which to continue (newest first).</param>
/// <param name="Limit">1-200.</param>
public sealed record PreservationQuery(
    string? Status, string? Basis, long? ItemId, long? RemovalOrderId, long? DataRequestId, long? Cursor, int Limit);
