namespace Mizan.Server.Features.Webhooks;

/// <summary>The id of a queued ping delivery; its status shows under the subscription's deliveries.</summary>
internal sealed record WebhookPing(string DeliveryId);
