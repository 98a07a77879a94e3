using Microsoft.EntityFrameworkCore;

namespace Mizan.Data.Webhooks;

/// <summary>
/// Claims due outbox rows and records how their attempts went. A claim is one atomic UPDATE that stamps the rows
/// with a fresh token and pushes their due time past a lease, so no two nodes send the same row at once: on
/// PostgreSQL the candidate rows are selected <c>FOR UPDATE SKIP LOCKED</c>, so concurrent claimers take
/// different rows without waiting; on SQLite the statement holds the database write lock. A node that dies
/// mid-delivery simply lets the lease run out and another node claims the row again, under the same delivery id
/// (at-least-once).
/// </summary>
public sealed class WebhookDeliveryStore(MizanDbContext db, WebhookOptions options, TimeProvider clock)
{
    /// <summary>Claims up to <paramref name="max"/> due deliveries for this node.</summary>
    public async Task<IReadOnlyList<ClaimedDelivery>> ClaimAsync(int max, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var leaseEnd = now.AddSeconds(options.LeaseSeconds);
        string token = Guid.NewGuid().ToString("N");
        bool postgres = db.Database.ProviderName?.Contains("Npgsql", StringComparison.Ordinal) == true;
        string lockClause = postgres ? " FOR UPDATE SKIP LOCKED" : "";
        string sql =
            "UPDATE webhook_deliveries SET \"ClaimToken\" = {0}, \"NextAttemptAt\" = {1}, \"Attempts\" = \"Attempts\" + 1 " +
            "WHERE \"Id\" IN (SELECT \"Id\" FROM webhook_deliveries WHERE \"Status\" = {2} AND \"NextAttemptAt\" <= {3} " +
            "ORDER BY \"NextAttemptAt\", \"Id\" LIMIT {4}" + lockClause + ")";
        int claimed = await db.Database.ExecuteSqlRawAsync(sql, [token, leaseEnd, DeliveryStatus.Pending, now, max], ct).ConfigureAwait(false);
        if (claimed == 0)
        {
            return [];
        }

        return await db.WebhookDeliveries.AsNoTracking()
            .Where(d => d.ClaimToken == token)
            .OrderBy(d => d.Id)
            .Select(d => new ClaimedDelivery(d.Id, d.DeliveryId, d.EventType, d.Body, d.Subscription!.Url, d.Subscription.Secret, d.Attempts, token))
            .ToListAsync(ct).ConfigureAwait(false);
    }

    /// <summary>Marks a claimed delivery delivered. Ignored if the claim was lost meanwhile (the lease ran out).</summary>
    public Task<bool> DeliveredAsync(ClaimedDelivery claim, int statusCode, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var now = clock.GetUtcNow().UtcDateTime;
        return FinishAsync(claim, DeliveryStatus.Delivered, now, statusCode, null, now, ct);
    }

    /// <summary>
    /// Records a failed attempt: the row is due again after the backoff delay, or marked failed after the last
    /// allowed attempt. Ignored if the claim was lost meanwhile.
    /// </summary>
    public Task<bool> AttemptFailedAsync(ClaimedDelivery claim, int? statusCode, string error, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var now = clock.GetUtcNow().UtcDateTime;
        bool last = claim.Attempt >= options.MaxAttempts;
        var next = last ? now : now + options.RetryDelay(claim.Attempt, Random.Shared.NextDouble());
        string message = error.Length > 1000 ? error[..1000] : error;
        return FinishAsync(claim, last ? DeliveryStatus.Failed : DeliveryStatus.Pending, next, statusCode, message, null, ct);
    }

    /// <summary>Gives a claimed delivery back untried (this node is stopping): due at once, the attempt not counted.</summary>
    public async Task ReleaseAsync(ClaimedDelivery claim, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var now = clock.GetUtcNow().UtcDateTime;
        await db.WebhookDeliveries
            .Where(d => d.Id == claim.Id && d.ClaimToken == claim.ClaimToken)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.ClaimToken, (string?)null).SetProperty(d => d.NextAttemptAt, now).SetProperty(d => d.Attempts, d => d.Attempts - 1), ct)
            .ConfigureAwait(false);
    }

    private async Task<bool> FinishAsync(
        ClaimedDelivery claim, string status, DateTime next, int? statusCode, string? error, DateTime? deliveredAt, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        int rows = await db.WebhookDeliveries
            .Where(d => d.Id == claim.Id && d.ClaimToken == claim.ClaimToken)
            .ExecuteUpdateAsync(
                s => s.SetProperty(d => d.Status, status)
                    .SetProperty(d => d.ClaimToken, (string?)null)
                    .SetProperty(d => d.NextAttemptAt, next)
                    .SetProperty(d => d.LastAttemptAt, now)
                    .SetProperty(d => d.LastStatusCode, statusCode)
                    .SetProperty(d => d.LastError, error)
                    .SetProperty(d => d.DeliveredAt, deliveredAt),
                ct).ConfigureAwait(false);
        return rows == 1;
    }
}
