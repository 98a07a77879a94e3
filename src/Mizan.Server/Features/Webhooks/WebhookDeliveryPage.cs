using Mizan.Data.Webhooks;

namespace Mizan.Server.Features.Webhooks;

/// <summary>A page of deliveries, newest first; <see cref="NextCursor"/> is null on the last page.</summary>
internal sealed record WebhookDeliveryPage(IReadOnlyList<WebhookDeliveryView> Items, string? NextCursor);
