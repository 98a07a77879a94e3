using Mizan.Data.Legal;

namespace Mizan.Data.Entities;

/// <summary>
/// A law-enforcement request for user data (subpoena, 2703(d) order, warrant, emergency request, production order,
/// MLAT...). Nothing is disclosed without a legal officer's approval recorded with its legal basis.
/// </summary>
public sealed class DataRequest : IAuthorityRequest
{
    public long Id { get; set; }

    /// <summary>The requesting authority's organisation; its keys read this request (and the disclosure once approved).</summary>
    public int OrganisationId { get; set; }

    public required string Jurisdiction { get; set; }

    public required string Agency { get; set; }

    /// <summary>subpoena, court_order_2703d, warrant, emergency_2702, preservation_letter, mlat, european_production_order or other.</summary>
    public required string ProcessType { get; set; }

    public string? Reference { get; set; }

    public long? RawDocumentId { get; set; }

    public DateTime ReceivedAt { get; set; }

    /// <summary>basic_subscriber_information, non_content or content.</summary>
    public List<string> DataCategories { get; set; } = [];

    /// <summary>The accounts (platform uploader references) the request names.</summary>
    public List<string> AccountRefs { get; set; } = [];

    public List<long> ItemIds { get; set; } = [];

    public bool Emergency { get; set; }

    public string? EmergencyJustification { get; set; }

    /// <summary>A non-disclosure order (18 U.S.C. 2705(b)) keeps the user uninformed until then.</summary>
    public DateTime? NonDisclosureUntil { get; set; }

    public DateTime? DueAt { get; set; }

    /// <summary>received, approved, rejected or disclosed.</summary>
    public required string Status { get; set; }

    /// <summary>approved, partially_approved or rejected.</summary>
    public string? LegalReviewOutcome { get; set; }

    public string? LegalBasis { get; set; }

    public string? ReviewNotes { get; set; }

    public int? ReviewedByKeyId { get; set; }

    public string? ReviewedBy { get; set; }

    public DateTime? ReviewedAt { get; set; }

    /// <summary>The approved disclosure as JSON; readable by the authority only after approval.</summary>
    public string? Disclosure { get; set; }

    public DateTime? DisclosedAt { get; set; }

    public DateTime? UserNotifiedAt { get; set; }
}
