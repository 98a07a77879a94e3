namespace Mizan.Data.Entities;

/// <summary>
/// One outbox row: an event to deliver to one subscription. The body (with the delivery id) is fixed when the
/// row is written, so every attempt sends the same bytes under the same id.
/// </summary>
public sealed class WebhookDelivery
{
    public long Id { get; set; }

    /// <summary>The id receivers deduplicate on (also <c>id</c> in the body).</summary>
    public required string DeliveryId { get; set; }

    public int SubscriptionId { get; set; }

    public WebhookSubscription? Subscription { get; set; }

    public required string EventType { get; set; }

    /// <summary>The JSON envelope sent as the request body.</summary>
    public required string Body { get; set; }

    /// <summary>One of <see cref="Mizan.Data.Webhooks.DeliveryStatus"/>.</summary>
    public required string Status { get; set; }

    public int Attempts { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>When the row may next be claimed: the next retry, or the end of a claim's lease.</summary>
    public DateTime NextAttemptAt { get; set; }

    /// <summary>The token of the claim that is delivering the row now (null when nobody holds it).</summary>
    public string? ClaimToken { get; set; }

    public DateTime? LastAttemptAt { get; set; }

    public int? LastStatusCode { get; set; }

    public string? LastError { get; set; }

    public DateTime? DeliveredAt { get; set; }
}
