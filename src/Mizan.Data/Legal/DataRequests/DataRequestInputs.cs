namespace Mizan.Data.Legal.DataRequests;

/// <summary>A law-enforcement data request as an authority sends it, or as a legal officer enters it.</summary>
public sealed class DataRequestSubmission
{
    /// <summary>For a legal officer: the authority organisation it came from.</summary>
    public int? OrganisationId { get; set; }

    /// <summary>For a legal officer: perci, email, post or other.</summary>
    public string? Channel { get; set; }

    /// <summary>The legal system it is made under, such as US, DE or EU.</summary>
    public string? Jurisdiction { get; set; }

    public string? Agency { get; set; }

    /// <summary>One of <see cref="DataRequestTerms.ProcessTypes"/>.</summary>
    public string? ProcessType { get; set; }

    public string? Reference { get; set; }

    /// <summary>basic_subscriber_information, non_content and/or content.</summary>
    public List<string>? DataCategories { get; set; }

    /// <summary>Accounts named (the platform's uploader references).</summary>
    public List<string>? AccountRefs { get; set; }

    /// <summary>Items named by id.</summary>
    public List<long>? ItemIds { get; set; }

    /// <summary>Items named by their exact URL.</summary>
    public List<string>? Urls { get; set; }

    public bool? Emergency { get; set; }

    public string? EmergencyJustification { get; set; }

    /// <summary>A non-disclosure order (18 U.S.C. 2705(b)): the user is not told before then.</summary>
    public DateTimeOffset? NonDisclosureUntil { get; set; }

    /// <summary>The document as received, stored once and hashed.</summary>
    public DataRequestDocument? Document { get; set; }
}

/// <summary>A raw document: base64 content with its media type.</summary>
public sealed class DataRequestDocument
{
    public string? ContentBase64 { get; set; }

    public string? MediaType { get; set; }

    public string? FileName { get; set; }
}

/// <summary>A legal officer's review of a data request.</summary>
public sealed class DataRequestReviewInput
{
    /// <summary>approved, partially_approved or rejected.</summary>
    public string? Outcome { get; set; }

    /// <summary>The legal basis of a disclosure (required to approve).</summary>
    public string? LegalBasis { get; set; }

    /// <summary>For partially_approved: the requested categories disclosed (approved: all requested).</summary>
    public List<string>? ApprovedCategories { get; set; }

    public string? Notes { get; set; }
}

/// <summary>Filters of the data request list.</summary>
/// <param name="Status">received, disclosed or rejected.</param>
/// <param name="ProcessType">One of <see cref="DataRequestTerms.ProcessTypes"/>.</param>
/// <param name="OrganisationId">The requesting organisation (staff only).</param>
/// <param name="Emergency">Only emergency requests (true) or others (false).</param>
/// <param name="From">Received at or after.</param>
/// <param name="To">Received before.</param>
/// <param name="Cursor">The id after which to continue (newest first).</param>
/// <param name="Limit">1-200.</param>
public sealed record DataRequestQuery(
    string? Status, string? ProcessType, int? OrganisationId, bool? Emergency, DateTime? From, DateTime? To, long? Cursor, int Limit);
