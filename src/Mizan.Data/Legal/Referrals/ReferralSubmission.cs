namespace Mizan.Data.Legal.Referrals;

/// <summary>A referral as an authority sends it, or as a legal officer enters it.</summary>
public sealed class ReferralSubmission
{
    /// <summary>eu_iru, national_iru, law_enforcement or other.</summary>
    public string? ReferrerType { get; set; }

    /// <summary>The authority's own reference.</summary>
    public string? Reference { get; set; }

    /// <summary>1-100 exact http(s) locations of the content.</summary>
    public List<string>? Urls { get; set; }

    /// <summary>Why the referrer thinks the content breaks the terms.</summary>
    public string? Reasons { get; set; }

    /// <summary>The terms clause the referrer points to, if any.</summary>
    public string? AllegedClause { get; set; }

    /// <summary>For a legal officer: the authority organisation it came from.</summary>
    public int? OrganisationId { get; set; }

    /// <summary>For a legal officer: perci, email, post or other (an authority key always submits through api).</summary>
    public string? Channel { get; set; }
}

/// <summary>The outcome of a referral as a legal officer or moderator records it.</summary>
public sealed class ReferralOutcomeInput
{
    /// <summary>actioned_under_terms, no_violation or needs_info.</summary>
    public string? Outcome { get; set; }

    /// <summary>The terms clause(s) assessed against (required unless needs_info).</summary>
    public string? AssessedAgainst { get; set; }

    /// <summary>The reasons told to the referrer: no user identity, no content.</summary>
    public string? Reasons { get; set; }
}

/// <summary>Filters of the referral list.</summary>
/// <param name="Status">received, assessed or answered.</param>
/// <param name="Outcome">actioned_under_terms, no_violation or needs_info.</param>
/// <param name="OrganisationId">The referrer's organisation (staff only; an authority always sees its own).</param>
/// <param name="TrustedFlagger">Only referrals from designated trusted flaggers (true) or from others (false).</param>
/// <param name="From">Received at or after.</param>
/// <param name="To">Received before.</param>
/// <param name="Cursor">The id after which to continue (newest first).</param>
/// <param name="Limit">1-200.</param>
public sealed record ReferralQuery(
    string? Status, string? Outcome, int? OrganisationId, bool? TrustedFlagger, DateTime? From, DateTime? To, long? Cursor, int Limit);
