using Mizan.Data.Legal;

namespace Mizan.Data.Entities;

/// <summary>
/// A non-binding referral (Europol EU IRU, a national unit, another authority): assessed against the platform's own
/// terms like any notice, with the outcome fed back. No statutory deadline; counted as a government request.
/// </summary>
public sealed class Referral : IAuthorityRequest
{
    public long Id { get; set; }

    /// <summary>The referring authority's organisation; its keys read this referral.</summary>
    public int OrganisationId { get; set; }

    public required string ReferrerName { get; set; }

    /// <summary>eu_iru, national_iru, law_enforcement or other.</summary>
    public required string ReferrerType { get; set; }

    public string? MemberState { get; set; }

    /// <summary>A designated trusted flagger (DSA Art. 22): handled with priority.</summary>
    public bool TrustedFlagger { get; set; }

    public string? ReferenceNumber { get; set; }

    /// <summary>api, perci, email or other.</summary>
    public required string Channel { get; set; }

    public long? RawDocumentId { get; set; }

    public DateTime ReceivedAt { get; set; }

    public List<string> Urls { get; set; } = [];

    public required string Reasons { get; set; }

    /// <summary>The terms clause the referrer points to, if any.</summary>
    public string? AllegedClause { get; set; }

    public List<long> ItemIds { get; set; } = [];

    /// <summary>The moderation cases opened for the items.</summary>
    public List<long> CaseIds { get; set; } = [];

    /// <summary>received, assessed or answered.</summary>
    public required string Status { get; set; }

    /// <summary>actioned_under_terms, no_violation or needs_info.</summary>
    public string? Outcome { get; set; }

    public string? OutcomeReasons { get; set; }

    /// <summary>The terms clause(s) it was assessed against.</summary>
    public string? AssessedAgainst { get; set; }

    public List<long> DecisionIds { get; set; } = [];

    public DateTime? AssessedAt { get; set; }

    public string? AssessedBy { get; set; }

    public DateTime? FeedbackSentAt { get; set; }
}
