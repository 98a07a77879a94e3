namespace Mizan.Server.Tests.Features.Moderation;

/// <summary>One request a <see cref="WebhookReceiver"/> got: its headers and exact body.</summary>
public sealed record ReceivedWebhook(IReadOnlyDictionary<string, string> Headers, string Body);
