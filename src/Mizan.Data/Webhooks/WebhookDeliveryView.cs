namespace Mizan.Data.Webhooks;

/// <summary>One delivery and how it went.</summary>
public sealed record WebhookDeliveryView(
    string DeliveryId,
    int SubscriptionId,
    string EventType,
    string Status,
    int Attempts,
    DateTime CreatedAt,
    DateTime? NextAttemptAt,
    DateTime? LastAttemptAt,
    int? LastStatusCode,
    string? LastError,
    DateTime? DeliveredAt);
