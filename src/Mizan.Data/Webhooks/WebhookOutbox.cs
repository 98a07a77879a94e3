using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Mizan.Data.Entities;

namespace Mizan.Data.Webhooks;

/// <summary>
/// Writes webhook deliveries to the outbox table in the caller's transaction, so an event is queued exactly when
/// the state change that caused it commits. The delivery service sends the rows later, with retries.
/// </summary>
public sealed class WebhookOutbox(TimeProvider clock)
{
    /// <summary>How payloads are written: camelCase JSON.</summary>
    internal static readonly JsonSerializerOptions PayloadJson = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>
    /// Stages one delivery for each enabled subscription of <paramref name="organisationId"/> that wants
    /// <paramref name="eventType"/>. The body is the envelope <c>{"id", "type", "createdAt", "data"}</c>, where
    /// <c>id</c> is the delivery id (one per subscription) and <c>data</c> the payload as camelCase JSON. The
    /// caller's <c>SaveChangesAsync</c> writes the rows; requires an open transaction on <paramref name="db"/>.
    /// </summary>
    public async Task EnqueueAsync(MizanDbContext db, int organisationId, string eventType, object payload, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(payload);
        if (!WebhookEventTypes.IsWellFormed(eventType))
        {
            throw new ArgumentException($"A webhook event type is 'subject.verb' in lower case; got '{eventType}'.", nameof(eventType));
        }

        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException(
                "Webhook deliveries are queued inside the caller's transaction: call db.Database.BeginTransactionAsync first.");
        }

        var subscriptions = await db.WebhookSubscriptions.AsNoTracking()
            .Where(s => s.OrganisationId == organisationId && s.Enabled)
            .Select(s => new { s.Id, s.EventTypes })
            .ToListAsync(ct).ConfigureAwait(false);
        var now = clock.GetUtcNow().UtcDateTime;
        var data = JsonSerializer.SerializeToElement(payload, payload.GetType(), PayloadJson);
        foreach (var subscription in subscriptions)
        {
            if (!subscription.EventTypes.Contains(eventType) && !subscription.EventTypes.Contains(WebhookEventTypes.All))
            {
                continue;
            }

            db.WebhookDeliveries.Add(NewDelivery(subscription.Id, eventType, data, now));
        }
    }

    /// <summary>An outbox row with a fresh delivery id and its envelope.</summary>
    internal static WebhookDelivery NewDelivery(int subscriptionId, string eventType, JsonElement data, DateTime now)
    {
        string deliveryId = "dlv_" + Guid.CreateVersion7(now).ToString("N");
        return new WebhookDelivery
        {
            DeliveryId = deliveryId,
            SubscriptionId = subscriptionId,
            EventType = eventType,
            Body = JsonSerializer.Serialize(new WebhookEnvelope(deliveryId, eventType, now, data), PayloadJson),
            Status = DeliveryStatus.Pending,
            CreatedAt = now,
            NextAttemptAt = now,
        };
    }
}
