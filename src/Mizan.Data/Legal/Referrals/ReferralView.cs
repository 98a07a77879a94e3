using Mizan.Data.Entities;

namespace Mizan.Data.Legal.Referrals;

/// <summary>
/// A referral as the API shows it. The referrer's own keys get the status view: what they sent and the answer, without
/// the items, cases, decisions or who assessed it (those fields are null and left out).
/// </summary>
public sealed record ReferralView(
    long Id,
    int OrganisationId,
    string ReferrerName,
    string ReferrerType,
    string? MemberState,
    bool TrustedFlagger,
    string? Reference,
    string Channel,
    DateTime ReceivedAt,
    IReadOnlyList<string> Urls,
    string Reasons,
    string? AllegedClause,
    string Status,
    string? Outcome,
    string? AssessedAgainst,
    string? OutcomeReasons,
    DateTime? AssessedAt,
    DateTime? FeedbackSentAt,
    string? AssessedBy,
    IReadOnlyList<long>? ItemIds,
    IReadOnlyList<long>? CaseIds,
    IReadOnlyList<long>? DecisionIds)
{
    /// <summary>The full view, for staff.</summary>
    public static ReferralView From(Referral r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new ReferralView(
            r.Id, r.OrganisationId, r.ReferrerName, r.ReferrerType, r.MemberState, r.TrustedFlagger, r.ReferenceNumber, r.Channel,
            Utc(r.ReceivedAt), r.Urls, r.Reasons, r.AllegedClause, r.Status, r.Outcome, r.AssessedAgainst, r.OutcomeReasons,
            Utc(r.AssessedAt), Utc(r.FeedbackSentAt), r.AssessedBy, r.ItemIds, r.CaseIds, r.DecisionIds);
    }

    /// <summary>The referrer's view: status, outcome and reasons; nothing about items, cases, users or staff.</summary>
    public static ReferralView ForReferrer(Referral r) =>
        From(r) with { AssessedBy = null, ItemIds = null, CaseIds = null, DecisionIds = null };

    private static DateTime Utc(DateTime t) => DateTime.SpecifyKind(t, DateTimeKind.Utc);

    private static DateTime? Utc(DateTime? t) => t is { } v ? Utc(v) : null;
}

/// <summary>A page of referrals, newest first.</summary>
public sealed record ReferralPage(IReadOnlyList<ReferralView> Items, string? NextCursor);
