using Microsoft.EntityFrameworkCore;
using Mizan.Data.Entities;
using Mizan.Data.Moderation;
using Mizan.Data.Organisations;
using Mizan.Data.Webhooks;

namespace Mizan.Data.Legal.Orders;

/// <summary>
/// One pass of the deadline watch: for each order whose clock runs, raise the alarm of the most urgent point
/// (Legal:AlarmMinutesBefore) it has reached, once; when the deadline has passed, flag the order overdue with its
/// cause. It runs once across nodes: the due orders are locked in the pass's transaction (PostgreSQL
/// <c>FOR UPDATE SKIP LOCKED</c>, so another node skips them; SQLite allows one writer), an alarm already in the
/// table is not raised again, and the unique index on (order, deadline, point) refuses a duplicate in any case.
/// </summary>
public sealed class DeadlineWatch(MizanDbContext db, LegalOptions options, TimeProvider clock, ModerationChanges changes, RemovalOrderService orders)
{
    private const int Batch = 200;

    /// <summary>Runs one pass as <paramref name="node"/>; returns the alarms it raised (overdue ones included).</summary>
    public async Task<int> RunOnceAsync(string node, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(node);
        var points = options.AlarmPoints();
        var now = clock.GetUtcNow().UtcDateTime;
        var horizon = now.AddMinutes(points.Count > 0 ? points[0] : 0);
        var actor = ModerationActor.System("deadline-watch", OrganisationService.DefaultId);
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var due = await DueAsync(horizon, cancellationToken).ConfigureAwait(false);
        if (due.Count == 0)
        {
            return 0;
        }

        var ids = due.Select(o => o.Id).ToList();
        var raised = (await db.DeadlineAlarms.AsNoTracking().Where(a => ids.Contains(a.RemovalOrderId))
                .Select(a => new { a.RemovalOrderId, a.DeadlineAt, a.MinutesBefore }).ToListAsync(cancellationToken).ConfigureAwait(false))
            .Select(a => (a.RemovalOrderId, a.DeadlineAt, a.MinutesBefore)).ToHashSet();
        int count = 0;
        foreach (var order in due)
        {
            var deadline = order.DeadlineAt!.Value;
            int? point = now >= deadline ? 0 : points.Where(p => deadline.AddMinutes(-p) <= now).Cast<int?>().LastOrDefault();
            if (point is not { } minutes || raised.Contains((order.Id, deadline, minutes)))
            {
                continue;
            }

            db.DeadlineAlarms.Add(new DeadlineAlarm
            {
                RemovalOrderId = order.Id, DeadlineAt = deadline, MinutesBefore = minutes, RaisedAt = now, RaisedBy = node,
            });
            count++;
            if (minutes == 0)
            {
                int unresolved = await UnresolvedAsync(order, cancellationToken).ConfigureAwait(false);
                await orders.MarkOverdueAsync(order, deadline, RemovalOrderService.CauseFor(order.State, order.Urls.Count, unresolved), actor, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await changes.RecordAsync(
                    actor, "removal_order.alarm_raised", "removal_order", order.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), null,
                    new { state = order.State, deadlineAt = deadline, minutesBefore = minutes, raisedAt = now, node }, null, cancellationToken).ConfigureAwait(false);
                await changes.NotifyAsync(
                    OrganisationService.DefaultId, WebhookEventTypes.RemovalOrderAlarm,
                    new { minutesBefore = minutes, deadlineAt = DateTime.SpecifyKind(deadline, DateTimeKind.Utc), order = RemovalOrderView.ForAuthority(order) },
                    cancellationToken).ConfigureAwait(false);
            }

            order.UpdatedAt = now;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException ex) when (StoreErrors.IsUniqueViolation(ex))
        {
            // Another node raised one of these alarms meanwhile; its pass recorded everything, so this one records nothing.
            await tx.RollbackAsync(cancellationToken).ConfigureAwait(false);
            db.ChangeTracker.Clear();
            return 0;
        }

        return count;
    }

    private Task<List<RemovalOrder>> DueAsync(DateTime horizon, CancellationToken cancellationToken)
    {
        if (db.Database.IsNpgsql())
        {
            return db.RemovalOrders.FromSqlRaw(
                    "SELECT * FROM removal_orders WHERE \"State\" IN ({0}, {1}, {2}) AND \"DeadlineAt\" IS NOT NULL AND \"DeadlineAt\" <= {3} " +
                    "ORDER BY \"DeadlineAt\", \"Id\" LIMIT {4} FOR UPDATE SKIP LOCKED",
                    RemovalOrderStates.Received, RemovalOrderStates.Validating, RemovalOrderStates.Executing, horizon, Batch)
                .ToListAsync(cancellationToken);
        }

        var running = RemovalOrderStates.ClockRunning.ToList();
        return db.RemovalOrders.Where(o => running.Contains(o.State) && o.DeadlineAt != null && o.DeadlineAt <= horizon)
            .OrderBy(o => o.DeadlineAt).ThenBy(o => o.Id).Take(Batch).ToListAsync(cancellationToken);
    }

    private async Task<int> UnresolvedAsync(RemovalOrder order, CancellationToken cancellationToken)
    {
        var urls = order.Urls.ToList();
        int found = await db.ContentItems.Where(i => i.Url != null && urls.Contains(i.Url)).Select(i => i.Url).Distinct()
            .CountAsync(cancellationToken).ConfigureAwait(false);
        return urls.Count - found;
    }
}
