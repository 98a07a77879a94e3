using Mizan.Data.Webhooks;

namespace Mizan.Server.Features.Webhooks;

/// <summary>Every subscription (without secrets).</summary>
internal sealed record WebhookList(IReadOnlyList<WebhookSubscriptionView> Items);
