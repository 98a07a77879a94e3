using Mizan.Data.Moderation.Items;
using Mizan.Data.Moderation.Settings;

namespace Mizan.Server.ReviewConsole;

/// <summary>What the content panel shows: the item, the reviewer's display settings, and whether media were revealed.</summary>
public sealed record ContentPanel(ItemView Item, string? MediaUrl, DisplaySettings Display, bool Revealed);
