namespace Mizan.Data.Entities;

/// <summary>
/// A piece of content a platform hosts and submitted for checking. Keyed for idempotency by (organisation, the
/// platform's own id). Of a file only its hashes are kept, plus the bytes of an image small enough for a reviewer
/// to look at (<see cref="Media"/>); other files are not stored.
/// </summary>
public sealed class ContentItem
{
    public long Id { get; set; }

    /// <summary>The submitting platform's organisation.</summary>
    public int OrganisationId { get; set; }

    /// <summary>The platform's own id of the content (idempotency key).</summary>
    public required string ExternalId { get; set; }

    /// <summary>A TDB-safe id, unique and never reused (<c>^[A-Za-z0-9_-]+$</c>).</summary>
    public required string Puid { get; set; }

    /// <summary>SHA-256 of the submission's canonical form: a retry with other content is a conflict.</summary>
    public required string SubmissionHash { get; set; }

    public string? Url { get; set; }

    /// <summary>One of <see cref="Moderation.ModerationTerms.ContentTypes"/>.</summary>
    public required string ContentType { get; set; }

    /// <summary>ISO 639-1, upper case (TDB form), or null when unknown.</summary>
    public string? Language { get; set; }

    public string? Text { get; set; }

    /// <summary>
    /// SHA-256 of <see cref="Text"/> as UTF-8, lower-case hex (null without text): finds the same text on other items
    /// through an index, which the text itself (of any length) cannot have on every store.
    /// </summary>
    public string? TextSha256 { get; set; }

    public DateTime? PostedAt { get; set; }

    public string? UploaderRef { get; set; }

    /// <summary>business or private (TDB account types).</summary>
    public string? AccountType { get; set; }

    /// <summary>public, restricted or private.</summary>
    public required string Visibility { get; set; }

    public string? ContextCaption { get; set; }

    public string? ContextThread { get; set; }

    /// <summary>The uploader's kind of account, such as news_outlet or researcher.</summary>
    public string? ContextAccountKind { get; set; }

    public string? FileSha256 { get; set; }

    public string? FileMd5 { get; set; }

    public string? FilePdq { get; set; }

    public int? PdqQuality { get; set; }

    public long? FileLength { get; set; }

    /// <summary>The media type the platform declared for the file.</summary>
    public string? MediaType { get; set; }

    /// <summary>The image bytes, kept for review when within Moderation:MaxStoredMediaBytes.</summary>
    public byte[]? Media { get; set; }

    /// <summary>One of <see cref="Moderation.ItemStates"/>.</summary>
    public required string State { get; set; }

    /// <summary>Countries (ISO-2, or EU) where the item is restricted.</summary>
    public List<string> RestrictedIn { get; set; } = [];

    public int NoticeCount { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }
}
