namespace Mizan.Data.Moderation.Items;

/// <summary>What surrounds the content: its purpose may depend on it (TCO Art. 1(3)).</summary>
/// <param name="Caption">The caption or post text around a media item.</param>
/// <param name="Thread">The thread or conversation it appears in (URL or platform reference).</param>
/// <param name="AccountKind">Such as news_outlet, journalist, researcher, ngo.</param>
public sealed record ItemContext(string? Caption, string? Thread, string? AccountKind);
