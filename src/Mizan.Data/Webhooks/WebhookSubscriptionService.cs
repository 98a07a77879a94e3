using System.Globalization;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Mizan.Core;
using Mizan.Data.Audit;
using Mizan.Data.Entities;

namespace Mizan.Data.Webhooks;

/// <summary>Webhook subscriptions and their deliveries, as administrators manage them. Every change is audited.</summary>
public sealed class WebhookSubscriptionService(MizanDbContext db, AuditLog audit, TimeProvider clock)
{
    /// <summary>The shortest secret a caller may supply.</summary>
    public const int MinSecretLength = 16;

    /// <summary>
    /// Creates a subscription. <paramref name="secret"/> null makes a random one; either way the result carries it
    /// once. Only http and https URLs are accepted.
    /// </summary>
    public async Task<CreatedWebhookSubscription> CreateAsync(
        int organisationId, string? url, IReadOnlyList<string>? eventTypes, string? secret, AuditActor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        string checkedUrl = ValidateUrl(url);
        var types = ValidateTypes(eventTypes);
        if (secret is not null && (secret.Length is < MinSecretLength or > 200 || secret.Any(char.IsControl)))
        {
            throw new MizanException(ErrorCodes.InvalidRequest, $"A supplied secret must be {MinSecretLength}-200 printable characters.");
        }

        secret ??= "whsec_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        await using var tx = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
        if (!await db.Organisations.AnyAsync(o => o.Id == organisationId, ct).ConfigureAwait(false))
        {
            throw new MizanException(ErrorCodes.NotFound, $"There is no organisation with id {organisationId}.");
        }

        var entity = new WebhookSubscription
        {
            OrganisationId = organisationId,
            Url = checkedUrl,
            EventTypes = [.. types],
            Secret = secret,
            Enabled = true,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            CreatedBy = actor.Name,
        };
        db.WebhookSubscriptions.Add(entity);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        await audit.AppendAsync(db, actor, new AuditRecord("webhook.created", "webhook", Id(entity.Id), null, View(entity), null), ct).ConfigureAwait(false);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        await tx.CommitAsync(ct).ConfigureAwait(false);
        return new CreatedWebhookSubscription(entity.Id, entity.OrganisationId, entity.Url, entity.EventTypes, entity.Enabled, entity.CreatedAt, secret);
    }

    /// <summary>Every subscription, by id.</summary>
    public async Task<IReadOnlyList<WebhookSubscriptionView>> ListAsync(CancellationToken ct)
    {
        var rows = await db.WebhookSubscriptions.AsNoTracking().OrderBy(s => s.Id).ToListAsync(ct).ConfigureAwait(false);
        return rows.Select(View).ToList();
    }

    /// <summary>Disables a subscription: no new deliveries are queued for it (queued ones are still sent).</summary>
    public async Task<WebhookSubscriptionView> DisableAsync(int id, string? reason, AuditActor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var tx = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
        var entity = await db.WebhookSubscriptions.FirstOrDefaultAsync(s => s.Id == id, ct).ConfigureAwait(false) ?? throw NotFound(id);
        if (!entity.Enabled)
        {
            return View(entity);
        }

        var before = View(entity);
        entity.Enabled = false;
        entity.DisabledAt = clock.GetUtcNow().UtcDateTime;
        await audit.AppendAsync(db, actor, new AuditRecord("webhook.disabled", "webhook", Id(id), before, View(entity), reason), ct).ConfigureAwait(false);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        await tx.CommitAsync(ct).ConfigureAwait(false);
        return View(entity);
    }

    /// <summary>
    /// Queues a <c>webhook.ping</c> delivery to one enabled subscription, to check a receiver end to end (URL,
    /// signature check, deduplication). Returns the delivery id.
    /// </summary>
    public async Task<string> PingAsync(int id, CancellationToken ct)
    {
        var subscription = await db.WebhookSubscriptions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct).ConfigureAwait(false) ?? throw NotFound(id);
        if (!subscription.Enabled)
        {
            throw new MizanException(ErrorCodes.Conflict, $"Webhook subscription {id} is disabled.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var data = System.Text.Json.JsonSerializer.SerializeToElement(new { subscriptionId = id, message = "Ping from Mizan: this receiver is set up." });
        var delivery = WebhookOutbox.NewDelivery(id, WebhookEventTypes.Ping, data, now);
        db.WebhookDeliveries.Add(delivery);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return delivery.DeliveryId;
    }

    /// <summary>A subscription's deliveries, newest first, before the row id <paramref name="before"/> (0: from the newest).</summary>
    public async Task<IReadOnlyList<(long RowId, WebhookDeliveryView View)>> ListDeliveriesAsync(
        int subscriptionId, string? status, long before, int limit, CancellationToken ct)
    {
        if (!await db.WebhookSubscriptions.AnyAsync(s => s.Id == subscriptionId, ct).ConfigureAwait(false))
        {
            throw NotFound(subscriptionId);
        }

        var query = db.WebhookDeliveries.AsNoTracking().Where(d => d.SubscriptionId == subscriptionId);
        if (status is not null)
        {
            query = query.Where(d => d.Status == status);
        }

        if (before > 0)
        {
            query = query.Where(d => d.Id < before);
        }

        var rows = await query.OrderByDescending(d => d.Id).Take(limit).ToListAsync(ct).ConfigureAwait(false);
        return rows.Select(d => (d.Id, View(d))).ToList();
    }

    /// <summary>Queues a failed delivery again (same delivery id, attempts counted afresh).</summary>
    public async Task<WebhookDeliveryView> RetryAsync(string deliveryId, AuditActor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var tx = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
        var d = await db.WebhookDeliveries.FirstOrDefaultAsync(x => x.DeliveryId == deliveryId, ct).ConfigureAwait(false)
            ?? throw new MizanException(ErrorCodes.NotFound, $"There is no delivery '{deliveryId}'.");
        if (d.Status != DeliveryStatus.Failed)
        {
            throw new MizanException(ErrorCodes.Conflict, $"Delivery '{deliveryId}' is {d.Status}; only failed deliveries can be retried.");
        }

        var before = View(d);
        d.Status = DeliveryStatus.Pending;
        d.Attempts = 0;
        d.NextAttemptAt = clock.GetUtcNow().UtcDateTime;
        await audit.AppendAsync(db, actor, new AuditRecord("webhook_delivery.retried", "webhook_delivery", deliveryId, before, View(d), null), ct).ConfigureAwait(false);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        await tx.CommitAsync(ct).ConfigureAwait(false);
        return View(d);
    }

    /// <summary>Throws unless <paramref name="url"/> is an absolute http or https URL without credentials.</summary>
    public static string ValidateUrl(string? url)
    {
        if (string.IsNullOrWhiteSpace(url) || url.Length > 2048
            || !Uri.TryCreate(url, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new MizanException(ErrorCodes.InvalidRequest, "A webhook needs an absolute http:// or https:// URL of at most 2048 characters.");
        }

        if (!string.IsNullOrEmpty(uri.UserInfo))
        {
            throw new MizanException(ErrorCodes.InvalidRequest, "A webhook URL may not carry credentials; receivers authenticate deliveries by their signature.");
        }

        return uri.AbsoluteUri;
    }

    private static List<string> ValidateTypes(IReadOnlyList<string>? eventTypes)
    {
        if (eventTypes is null || eventTypes.Count is 0 or > 64)
        {
            throw new MizanException(ErrorCodes.InvalidRequest, $"A webhook needs 1-64 event types (e.g. {string.Join(", ", WebhookEventTypes.Known)}) or \"*\" for all.");
        }

        foreach (string type in eventTypes)
        {
            if (type != WebhookEventTypes.All && (type is null || !WebhookEventTypes.IsWellFormed(type)))
            {
                throw new MizanException(ErrorCodes.InvalidRequest, $"Event type '{type}' is not 'subject.verb' in lower case (or \"*\").");
            }
        }

        return eventTypes.Distinct(StringComparer.Ordinal).ToList();
    }

    private static WebhookSubscriptionView View(WebhookSubscription s) =>
        new(s.Id, s.OrganisationId, s.Url, [.. s.EventTypes], s.Enabled, s.CreatedAt, s.CreatedBy, s.DisabledAt);

    private static WebhookDeliveryView View(WebhookDelivery d) => new(
        d.DeliveryId, d.SubscriptionId, d.EventType, d.Status, d.Attempts, d.CreatedAt,
        d.Status == DeliveryStatus.Pending ? d.NextAttemptAt : null, d.LastAttemptAt, d.LastStatusCode, d.LastError, d.DeliveredAt);

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    private static MizanException NotFound(int id) => new(ErrorCodes.NotFound, $"There is no webhook subscription with id {id}.");
}
