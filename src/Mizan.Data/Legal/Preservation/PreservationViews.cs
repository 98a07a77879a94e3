using System.Text.Json;
using Mizan.Data.Entities;

namespace Mizan.Data.Legal.Preservation;

/// <summary>A hold's metadata: never the preserved content or related data.</summary>
public sealed record PreservationHoldView(
    long Id,
    string Basis,
    long? ItemId,
    long? RemovalOrderId,
    long? DataRequestId,
    int? RequestingOrganisationId,
    string? RequestingAuthority,
    string? RequestReference,
    IReadOnlyList<string> Purposes,
    string Status,
    DateTime StartedAt,
    DateTime ExpiresAt,
    DateTime? ReleasedAt,
    string? ReleaseReason,
    DateTime? DestroyedAt,
    string? DestroyedBy,
    string CreatedBy,
    string PreservedSha256,
    IReadOnlyList<PreservationExtensionView> Extensions,
    int AccessCount)
{
    /// <summary>The view of a stored hold.</summary>
    public static PreservationHoldView From(PreservationHold h, IReadOnlyList<PreservationExtension> extensions, int accessCount)
    {
        ArgumentNullException.ThrowIfNull(h);
        ArgumentNullException.ThrowIfNull(extensions);
        return new PreservationHoldView(
            h.Id, h.Basis, h.ContentItemId, h.RemovalOrderId, h.DataRequestId, h.RequestingOrganisationId, h.RequestingAuthority,
            h.RequestReference, h.Purposes, h.Status, h.StartedAt, h.ExpiresAt, h.ReleasedAt, h.ReleaseReason, h.DestroyedAt,
            h.DestroyedBy, h.CreatedBy, h.PreservedSha256,
            extensions.OrderBy(e => e.Id).Select(e => new PreservationExtensionView(e.RequestedBy, e.PreviousExpiresAt, e.Until, e.Reason, e.At, e.RecordedBy)).ToList(),
            accessCount);
    }
}

/// <summary>One extension of a hold.</summary>
public sealed record PreservationExtensionView(string RequestedBy, DateTime PreviousExpiresAt, DateTime Until, string Reason, DateTime At, string RecordedBy);

/// <summary>One reading of a hold's copy: when, by whom (name and role), and the stated purpose with its justification.</summary>
public sealed record PreservationAccessView(long Id, DateTime At, string ActorName, string ActorRole, string Purpose);

/// <summary>A page of holds, newest first.</summary>
public sealed record PreservationPage(IReadOnlyList<PreservationHoldView> Items, string? NextCursor);

/// <summary>
/// What a legal officer reads with a stated purpose: the preserved text, media (base64) and related data, with the
/// hash recorded at creation and whether the copy still matches it.
/// </summary>
public sealed record PreservedCopy(
    long HoldId,
    long AccessId,
    string Purpose,
    string? Text,
    string? MediaBase64,
    string? MediaType,
    JsonElement? RelatedData,
    string PreservedSha256,
    bool Intact);
