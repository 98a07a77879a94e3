namespace Mizan.Data.Entities;

/// <summary>A reviewer's own display settings (moderator wellbeing).</summary>
public sealed class ModeratorSettings
{
    /// <summary>The API key the settings belong to.</summary>
    public int KeyId { get; set; }

    /// <summary>Show media blurred until revealed.</summary>
    public bool BlurMedia { get; set; } = true;

    /// <summary>Show media in greyscale until revealed.</summary>
    public bool Greyscale { get; set; } = true;

    public DateTime UpdatedAt { get; set; }
}
