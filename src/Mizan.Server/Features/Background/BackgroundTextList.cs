using Mizan.Data.Background;

namespace Mizan.Server.Features.Background;

/// <summary>Every background text added by administrators.</summary>
internal sealed record BackgroundTextList(IReadOnlyList<BackgroundTextView> Items);
