namespace Mizan.Data.Legal.Orders;

/// <summary>
/// The Annex I fields of a removal order (TCO Art. 3(4)), as an authority submits them through the API or as a
/// legal officer reads them from a received document. The entry-only fields say where a document came from.
/// </summary>
public sealed class RemovalOrderSubmission
{
    /// <summary>Section A: the authority's own reference (unique per authority).</summary>
    public string? AuthorityReference { get; set; }

    /// <summary>Section A: ISO 3166-1 alpha-2 of the issuing Member State (GR for Greece).</summary>
    public string? IssuingMemberState { get; set; }

    /// <summary>Section A: the issuing authority.</summary>
    public IssuingAuthorityInput? IssuingAuthority { get; set; }

    /// <summary>Section F: the contact point for follow-up.</summary>
    public string? FollowUpContact { get; set; }

    /// <summary>Section A: when the order was issued.</summary>
    public DateTimeOffset? IssuedAt { get; set; }

    /// <summary>Section B: the exact URLs of the content.</summary>
    public List<string>? Urls { get; set; }

    /// <summary>Section B: anything else that locates the content.</summary>
    public string? AdditionalLocators { get; set; }

    /// <summary>Section B: TCO Art. 2(7) types (incitement, soliciting_offence, soliciting_participation, instruction, threat).</summary>
    public List<string>? MaterialTypes { get; set; }

    /// <summary>Section B: the reasons the content is terrorist content.</summary>
    public string? Reasons { get; set; }

    /// <summary>Section G: where and until when the order can be challenged.</summary>
    public RedressInput? Redress { get; set; }

    /// <summary>Section C: the user may not be told until then (TCO Art. 11(3), at most six weeks).</summary>
    public DateTimeOffset? NonDisclosureUntil { get; set; }

    /// <summary>Section D: issued by an authority of another Member State than the provider's (Art. 4).</summary>
    public bool IsCrossBorder { get; set; }

    public string? HomeMemberState { get; set; }

    public bool CopySentToHomeAuthority { get; set; }

    /// <summary>When the 12 hours' advance information of Art. 3(2) arrived, for an authority's first order.</summary>
    public DateTimeOffset? AdvanceNoticeReceivedAt { get; set; }

    /// <summary>An emergency order (no advance information needed).</summary>
    public bool Emergency { get; set; }

    /// <summary>Entry only: the authority's organisation (kind authority) the document came from.</summary>
    public int? OrganisationId { get; set; }

    /// <summary>Entry only: perci, email or other.</summary>
    public string? Channel { get; set; }

    /// <summary>Entry only: how the legal officer authenticated the sender (Art. 3(5)).</summary>
    public string? Authentication { get; set; }

    /// <summary>Entry only: the transport details (mail headers) as received.</summary>
    public string? TransportHeaders { get; set; }
}

/// <summary>Annex I section A: who issued the order.</summary>
public sealed record IssuingAuthorityInput(
    string? Name, string? Type, string? Representative, string? FileNumber, string? Address, string? Phone, string? Email);

/// <summary>Annex I section G: redress.</summary>
public sealed record RedressInput(string? Body, string? Deadline, string? LawUrl);
