namespace Mizan.Data.Entities;

/// <summary>A piece of content waiting for, or under, human review.</summary>
public sealed class ModerationCase
{
    public long Id { get; set; }

    public long ContentItemId { get; set; }

    /// <summary>One of <see cref="Moderation.CaseStatuses"/>.</summary>
    public required string Status { get; set; }

    /// <summary>1 (most urgent) to 5.</summary>
    public int Priority { get; set; }

    /// <summary>match or notice.</summary>
    public required string Source { get; set; }

    public long? NoticeId { get; set; }

    /// <summary>Copied from the item for filtering.</summary>
    public string? Language { get; set; }

    public List<string> Labels { get; set; } = [];

    public List<string> Banks { get; set; } = [];

    public DateTime OpenedAt { get; set; }

    public int? ClaimedByKeyId { get; set; }

    public string? ClaimedBy { get; set; }

    public DateTime? ClaimedAt { get; set; }

    public long? DecisionId { get; set; }

    public DateTime UpdatedAt { get; set; }
}
