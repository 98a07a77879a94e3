using Mizan.Data.Entities;

namespace Mizan.Data.Legal.Orders;

/// <summary>
/// A removal order as the API returns it. The authority's view (<see cref="ForAuthority"/>) leaves out what the
/// platform did internally: the items and decisions, who acted and how the sender was authenticated. Neither view
/// carries anything about the uploader or the content beyond the URLs the authority sent.
/// </summary>
public sealed record RemovalOrderView
{
    public long Id { get; init; }

    public int OrganisationId { get; init; }

    public required string State { get; init; }

    public required string AuthorityReference { get; init; }

    public required string IssuingMemberState { get; init; }

    public required IssuingAuthorityInput IssuingAuthority { get; init; }

    public string? FollowUpContact { get; init; }

    public required string Channel { get; init; }

    public string? AuthenticationEvidence { get; init; }

    public long? RawDocumentId { get; init; }

    public required string RawDocumentSha256 { get; init; }

    public DateTime? IssuedAt { get; init; }

    public DateTime ReceivedAt { get; init; }

    public DateTime? DeadlineAt { get; init; }

    public DateTime? ClockPausedAt { get; init; }

    public DateTime? ClockRestartedAt { get; init; }

    public DateTime? ExecutedAt { get; init; }

    public DateTime? FeedbackSentAt { get; init; }

    public DateTime? FinalAt { get; init; }

    public DateTime? ClosedAt { get; init; }

    public bool Overdue { get; init; }

    public DateTime? OverdueAt { get; init; }

    public string? OverdueCause { get; init; }

    public required IReadOnlyList<string> Urls { get; init; }

    public string? AdditionalLocators { get; init; }

    public required IReadOnlyList<string> MaterialTypes { get; init; }

    public required string Reasons { get; init; }

    public required string LegalBasis { get; init; }

    public RedressInput? Redress { get; init; }

    public DateTime? NonDisclosureUntil { get; init; }

    public DateTime? NonDisclosureExtendedUntil { get; init; }

    public bool IsCrossBorder { get; init; }

    public string? HomeMemberState { get; init; }

    public bool CopySentToHomeAuthority { get; init; }

    public DateTime? AdvanceNoticeReceivedAt { get; init; }

    public bool Emergency { get; init; }

    public string? ActionTaken { get; init; }

    public string? ExecutedBy { get; init; }

    public bool ExecutedAutomatically { get; init; }

    public DateTime? ConfirmedAt { get; init; }

    public string? ConfirmedBy { get; init; }

    public IReadOnlyList<long>? ItemIds { get; init; }

    public IReadOnlyList<long>? DecisionIds { get; init; }

    public string? ImpossibilityReason { get; init; }

    public string? ImpossibilityDetails { get; init; }

    public DateTime? AnnexIIISentAt { get; init; }

    public DateTime? ClarificationReceivedAt { get; init; }

    public string? Clarification { get; init; }

    public DateTime? GroundsCeasedAt { get; init; }

    public string? ScrutinyRequestedBy { get; init; }

    public DateTime? ScrutinyRequestedAt { get; init; }

    public string? ScrutinyReasons { get; init; }

    public DateTime? ScrutinyDecidedAt { get; init; }

    public bool? InfringementFound { get; init; }

    public DateTime? ReinstatedAt { get; init; }

    public string? ReinstatementBasis { get; init; }

    /// <summary>The staff view of an order.</summary>
    public static RemovalOrderView From(RemovalOrder o)
    {
        ArgumentNullException.ThrowIfNull(o);
        return new RemovalOrderView
        {
            Id = o.Id,
            OrganisationId = o.OrganisationId,
            State = o.State,
            AuthorityReference = o.AuthorityReference,
            IssuingMemberState = o.IssuingMemberState,
            IssuingAuthority = new IssuingAuthorityInput(
                o.IssuingAuthorityName, o.IssuingAuthorityType, o.RepresentativeName, o.FileNumber, o.ContactAddress, o.ContactPhone, o.ContactEmail),
            FollowUpContact = o.FollowUpContact,
            Channel = o.Channel,
            AuthenticationEvidence = o.AuthenticationEvidence,
            RawDocumentId = o.RawDocumentId,
            RawDocumentSha256 = o.RawDocumentSha256,
            IssuedAt = Utc(o.IssuedAt),
            ReceivedAt = Utc(o.ReceivedAt),
            DeadlineAt = Utc(o.DeadlineAt),
            ClockPausedAt = Utc(o.ClockPausedAt),
            ClockRestartedAt = Utc(o.ClockRestartedAt),
            ExecutedAt = Utc(o.ExecutedAt),
            FeedbackSentAt = Utc(o.FeedbackSentAt),
            FinalAt = Utc(o.FinalAt),
            ClosedAt = Utc(o.ClosedAt),
            Overdue = o.OverdueAt is not null,
            OverdueAt = Utc(o.OverdueAt),
            OverdueCause = o.OverdueCause,
            Urls = o.Urls,
            AdditionalLocators = o.AdditionalLocators,
            MaterialTypes = o.MaterialTypes,
            Reasons = o.Reasons,
            LegalBasis = o.LegalBasis,
            Redress = o.RedressBody is null && o.RedressDeadline is null && o.RedressLawUrl is null
                ? null : new RedressInput(o.RedressBody, o.RedressDeadline, o.RedressLawUrl),
            NonDisclosureUntil = Utc(o.NonDisclosureUntil),
            NonDisclosureExtendedUntil = Utc(o.NonDisclosureExtendedUntil),
            IsCrossBorder = o.IsCrossBorder,
            HomeMemberState = o.HomeMemberState,
            CopySentToHomeAuthority = o.CopySentToHomeAuthority,
            AdvanceNoticeReceivedAt = Utc(o.AdvanceNoticeReceivedAt),
            Emergency = o.Emergency,
            ActionTaken = o.ActionTaken,
            ExecutedBy = o.ExecutedBy,
            ExecutedAutomatically = o.ExecutedAutomatically,
            ConfirmedAt = Utc(o.ConfirmedAt),
            ConfirmedBy = o.ConfirmedBy,
            ItemIds = o.ItemIds,
            DecisionIds = o.DecisionIds,
            ImpossibilityReason = o.ImpossibilityReason,
            ImpossibilityDetails = o.ImpossibilityDetails,
            AnnexIIISentAt = Utc(o.AnnexIIISentAt),
            ClarificationReceivedAt = Utc(o.ClarificationReceivedAt),
            Clarification = o.Clarification,
            GroundsCeasedAt = Utc(o.GroundsCeasedAt),
            ScrutinyRequestedBy = o.ScrutinyRequestedBy,
            ScrutinyRequestedAt = Utc(o.ScrutinyRequestedAt),
            ScrutinyReasons = o.ScrutinyReasons,
            ScrutinyDecidedAt = Utc(o.ScrutinyDecidedAt),
            InfringementFound = o.InfringementFound,
            ReinstatedAt = Utc(o.ReinstatedAt),
            ReinstatementBasis = o.ReinstatementBasis,
        };
    }

    /// <summary>The issuing authority's view: its order and where it stands, nothing of the platform's internals.</summary>
    public static RemovalOrderView ForAuthority(RemovalOrder o) => From(o).Redacted();

    /// <summary>This view without the platform's internals, as the issuing authority sees it.</summary>
    public RemovalOrderView Redacted() => this with
    {
        AuthenticationEvidence = null,
        RawDocumentId = null,
        ExecutedBy = null,
        ConfirmedBy = null,
        ItemIds = null,
        DecisionIds = null,
    };

    private static DateTime? Utc(DateTime? t) => t is { } v ? DateTime.SpecifyKind(v, DateTimeKind.Utc) : null;

    private static DateTime Utc(DateTime t) => DateTime.SpecifyKind(t, DateTimeKind.Utc);
}
