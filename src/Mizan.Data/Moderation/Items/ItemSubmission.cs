namespace Mizan.Data.Moderation.Items;

/// <summary>A platform's submission of one piece of content it hosts.</summary>
public sealed class ItemSubmission
{
    /// <summary>The platform's own id (idempotency key).</summary>
    public string? Id { get; set; }

    public string? Url { get; set; }

    public string? Type { get; set; }

    /// <summary>ISO 639-1 code, such as ar or en.</summary>
    public string? Language { get; set; }

    public string? Text { get; set; }

    public DateTimeOffset? PostedAt { get; set; }

    public UploaderInfo? Uploader { get; set; }

    public string? Visibility { get; set; }

    public ItemContext? Context { get; set; }
}
