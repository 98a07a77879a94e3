using System.Text.Json;
using Mizan.Data.Entities;

namespace Mizan.Data.Legal.DataRequests;

/// <summary>
/// A data request as the API shows it. The requesting authority's keys see the status view (its reference, process
/// type, status and review outcome) and the disclosure only once a legal officer approved it; staff see everything.
/// </summary>
public sealed record DataRequestView(
    long Id,
    int OrganisationId,
    string? Reference,
    string ProcessType,
    string Status,
    DateTime ReceivedAt,
    DateTime? DueAt,
    string? LegalReviewOutcome,
    DateTime? ReviewedAt,
    DateTime? DisclosedAt,
    JsonElement? Disclosure,
    string? Jurisdiction,
    string? Agency,
    IReadOnlyList<string>? DataCategories,
    IReadOnlyList<string>? AccountRefs,
    IReadOnlyList<long>? ItemIds,
    bool? Emergency,
    string? EmergencyJustification,
    DateTime? NonDisclosureUntil,
    long? RawDocumentId,
    string? LegalBasis,
    string? ReviewNotes,
    string? ReviewedBy,
    IReadOnlyList<long>? PreservationHoldIds)
{
    /// <summary>The full view, for staff.</summary>
    public static DataRequestView From(DataRequest r, IReadOnlyList<long> holdIds)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new DataRequestView(
            r.Id, r.OrganisationId, r.Reference, r.ProcessType, r.Status, r.ReceivedAt, r.DueAt, r.LegalReviewOutcome, r.ReviewedAt,
            r.DisclosedAt, Parse(r.Disclosure), r.Jurisdiction, r.Agency, r.DataCategories, r.AccountRefs, r.ItemIds, r.Emergency,
            r.EmergencyJustification, r.NonDisclosureUntil, r.RawDocumentId, r.LegalBasis, r.ReviewNotes, r.ReviewedBy, holdIds);
    }

    /// <summary>The requesting authority's view: the status, and the disclosure only after approval.</summary>
    public static DataRequestView ForRequester(DataRequest r)
    {
        ArgumentNullException.ThrowIfNull(r);
        bool approved = r.Status == DataRequestTerms.Disclosed && r.LegalReviewOutcome is DataRequestTerms.Approved or DataRequestTerms.PartiallyApproved;
        return new DataRequestView(
            r.Id, r.OrganisationId, r.Reference, r.ProcessType, r.Status, r.ReceivedAt, r.DueAt, r.LegalReviewOutcome, r.ReviewedAt,
            approved ? r.DisclosedAt : null, approved ? Parse(r.Disclosure) : null,
            null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    private static JsonElement? Parse(string? json) => json is null ? null : JsonDocument.Parse(json).RootElement.Clone();
}

/// <summary>A page of data requests, newest first.</summary>
public sealed record DataRequestPage(IReadOnlyList<DataRequestView> Items, string? NextCursor);
