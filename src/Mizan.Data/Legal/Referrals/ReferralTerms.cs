namespace Mizan.Data.Legal.Referrals;

/// <summary>The closed vocabularies of referrals.</summary>
public static class ReferralTerms
{
    /// <summary>Cases open; nothing decided yet.</summary>
    public const string Received = "received";

    /// <summary>Some of its cases are decided, others still open.</summary>
    public const string Assessed = "assessed";

    /// <summary>The outcome is recorded and was fed back to the referrer.</summary>
    public const string Answered = "answered";

    public const string ActionedUnderTerms = "actioned_under_terms";
    public const string NoViolation = "no_violation";
    public const string NeedsInfo = "needs_info";

    /// <summary>Every status.</summary>
    public static IReadOnlyList<string> Statuses { get; } = [Received, Assessed, Answered];

    /// <summary>Every outcome.</summary>
    public static IReadOnlyList<string> Outcomes { get; } = [ActionedUnderTerms, NoViolation, NeedsInfo];

    /// <summary>Who refers: Europol's EU IRU, a national internet referral unit, law enforcement, another authority.</summary>
    public static IReadOnlyList<string> ReferrerTypes { get; } = ["eu_iru", "national_iru", "law_enforcement", "other"];

    /// <summary>The case source of a referral's cases.</summary>
    public const string CaseSource = "referral";
}
