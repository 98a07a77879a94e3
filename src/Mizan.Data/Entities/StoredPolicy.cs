namespace Mizan.Data.Entities;

/// <summary>The moderation policy in force, as validated JSON (one row).</summary>
public sealed class StoredPolicy
{
    public int Id { get; set; }

    public required string Json { get; set; }

    public int Version { get; set; }

    public DateTime UpdatedAt { get; set; }

    public required string UpdatedBy { get; set; }
}
