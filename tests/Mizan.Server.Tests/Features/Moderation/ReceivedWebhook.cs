namespace Mizan.Server.Tests.Features.Moderation;

/// <summary>One request a <see cref="WebhookReceiver"/> got: its headers and exact body.</summary>
public sealed record ReceivedWebhook(IReadOnlyDictionary<string, string> Headers, string Body)
{
    /// <summary>When the receiver got it (system clock, UTC).</summary>
    public DateTime ArrivedAt { get; init; } = DateTime.UtcNow;

    /// <summary>The Mizan-Event-Type header.</summary>
    public string EventType => Headers.TryGetValue("Mizan-Event-Type", out string? type) ? type : "";
}
