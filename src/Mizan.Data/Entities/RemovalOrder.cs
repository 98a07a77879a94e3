namespace Mizan.Data.Entities;

/// <summary>
/// A removal order (TCO Art. 3) with the Annex I fields, its clock and every state it passed through. The receipt
/// time is fixed on arrival and never changes; <see cref="DeadlineAt"/> is receipt + 1 hour, recomputed only when a
/// clarification arrives or the grounds of impossibility cease (Art. 3(7), 3(8)).
/// </summary>
public sealed class RemovalOrder
{
    public long Id { get; set; }

    /// <summary>The issuing authority's organisation (kind authority); its keys read this order.</summary>
    public int OrganisationId { get; set; }

    /// <summary>One of <see cref="Legal.RemovalOrderStates"/>.</summary>
    public required string State { get; set; }

    // Annex I section A: the issuing authority.
    public required string AuthorityReference { get; set; }

    /// <summary>ISO 3166-1 alpha-2 of the issuing Member State (GR for Greece).</summary>
    public required string IssuingMemberState { get; set; }

    public required string IssuingAuthorityName { get; set; }

    /// <summary>judicial, law_enforcement or other.</summary>
    public required string IssuingAuthorityType { get; set; }

    public string? RepresentativeName { get; set; }

    public string? FileNumber { get; set; }

    public string? ContactAddress { get; set; }

    public string? ContactPhone { get; set; }

    public string? ContactEmail { get; set; }

    /// <summary>Annex I section F: the contact point for follow-up.</summary>
    public string? FollowUpContact { get; set; }

    /// <summary>api, perci, email or other.</summary>
    public required string Channel { get; set; }

    /// <summary>How the sender was authenticated (Art. 3(5)): the API key, or what the legal officer checked.</summary>
    public required string AuthenticationEvidence { get; set; }

    /// <summary>The received document as it arrived (entered orders), stored once.</summary>
    public long? RawDocumentId { get; set; }

    /// <summary>SHA-256 of the received document, or of the canonical API submission.</summary>
    public required string RawDocumentSha256 { get; set; }

    // Timing.
    public DateTime? IssuedAt { get; set; }

    /// <summary>Authoritative receipt time, set by the server on arrival. Never editable.</summary>
    public DateTime ReceivedAt { get; set; }

    /// <summary>When the hour runs out; null while the clock is paused.</summary>
    public DateTime? DeadlineAt { get; set; }

    public DateTime? ClockPausedAt { get; set; }

    public DateTime? ClockRestartedAt { get; set; }

    public DateTime? ExecutedAt { get; set; }

    public DateTime? FeedbackSentAt { get; set; }

    public DateTime? FinalAt { get; set; }

    public DateTime? ClosedAt { get; set; }

    /// <summary>Set when the deadline passed before execution (a flag, not a state).</summary>
    public DateTime? OverdueAt { get; set; }

    /// <summary>Why the order was not executed in time (evidence for Art. 18).</summary>
    public string? OverdueCause { get; set; }

    // Annex I section B: the content and the reasons.
    public List<string> Urls { get; set; } = [];

    public string? AdditionalLocators { get; set; }

    /// <summary>TCO Art. 2(7) types: incitement, soliciting_offence, soliciting_participation, instruction, threat.</summary>
    public List<string> MaterialTypes { get; set; } = [];

    public required string Reasons { get; set; }

    public string LegalBasis { get; set; } = "Regulation (EU) 2021/784";

    // Annex I section G: redress.
    public string? RedressBody { get; set; }

    public string? RedressDeadline { get; set; }

    public string? RedressLawUrl { get; set; }

    // Section C: non-disclosure (Art. 11(3)).
    public DateTime? NonDisclosureUntil { get; set; }

    public DateTime? NonDisclosureExtendedUntil { get; set; }

    // Section D: cross-border (Art. 4).
    public bool IsCrossBorder { get; set; }

    public string? HomeMemberState { get; set; }

    public bool CopySentToHomeAuthority { get; set; }

    // First order from this authority (Art. 3(2)).
    public DateTime? AdvanceNoticeReceivedAt { get; set; }

    public bool Emergency { get; set; }

    // Execution.
    /// <summary>removed or disabled_in_eu.</summary>
    public string? ActionTaken { get; set; }

    public string? ExecutedBy { get; set; }

    /// <summary>Whether execution ran without a person (confirmed later by a legal officer).</summary>
    public bool ExecutedAutomatically { get; set; }

    public DateTime? ConfirmedAt { get; set; }

    public string? ConfirmedBy { get; set; }

    /// <summary>The content items the URLs resolved to.</summary>
    public List<long> ItemIds { get; set; } = [];

    /// <summary>The decisions that disabled them (one per item).</summary>
    public List<long> DecisionIds { get; set; } = [];

    // Impossibility and clarification (Annex III).
    /// <summary>force_majeure, de_facto_impossibility, manifest_error or insufficient_information.</summary>
    public string? ImpossibilityReason { get; set; }

    public string? ImpossibilityDetails { get; set; }

    public DateTime? AnnexIIISentAt { get; set; }

    public DateTime? ClarificationReceivedAt { get; set; }

    public string? Clarification { get; set; }

    public DateTime? GroundsCeasedAt { get; set; }

    // Scrutiny (Art. 4) and court review (Art. 9).
    /// <summary>hosting_provider or content_provider.</summary>
    public string? ScrutinyRequestedBy { get; set; }

    public DateTime? ScrutinyRequestedAt { get; set; }

    public string? ScrutinyReasons { get; set; }

    public DateTime? ScrutinyDecidedAt { get; set; }

    public bool? InfringementFound { get; set; }

    public DateTime? ReinstatedAt { get; set; }

    /// <summary>scrutiny or court.</summary>
    public string? ReinstatementBasis { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }
}
