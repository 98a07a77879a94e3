namespace Mizan.Data.Moderation.Settings;

/// <summary>How a reviewer wants media shown until they choose to reveal it.</summary>
/// <param name="BlurMedia">Blur images and video frames.</param>
/// <param name="Greyscale">Show them in greyscale.</param>
public sealed record DisplaySettings(bool BlurMedia, bool Greyscale);
