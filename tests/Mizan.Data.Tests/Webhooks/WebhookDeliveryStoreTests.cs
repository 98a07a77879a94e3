using Microsoft.EntityFrameworkCore;
using Mizan.Data.Organisations;
using Mizan.Data.Webhooks;

namespace Mizan.Data.Tests.Webhooks;

public sealed class WebhookDeliveryStoreTests
{
    private static readonly CancellationToken s_ct = CancellationToken.None;

    [Fact]
    public async Task ClaimAsync_ClaimedRows_AreNotClaimedAgainUntilTheLeaseRunsOut_ThenComeBackWithTheSameIds()
    {
        await using var store = await TestStore.CreateAsync();
        var clock = new ManualClock(new DateTimeOffset(2026, 11, 28, 3, 0, 0, TimeSpan.Zero));
        var options = new WebhookOptions { LeaseSeconds = 30, TimeoutSeconds = 5 };
        var ids = await EnqueueAsync(store, clock, 5);
        var nodeA = new WebhookDeliveryStore(store.Get<MizanDbContext>(), options, clock);
        await using var other = await store.ReopenAsync();
        var nodeB = new WebhookDeliveryStore(other.Get<MizanDbContext>(), options, clock);

        var first = await nodeA.ClaimAsync(3, s_ct);
        var second = await nodeB.ClaimAsync(10, s_ct);
        var none = await nodeB.ClaimAsync(10, s_ct);

        Assert.Equal(3, first.Count);
        Assert.Equal(2, second.Count);
        Assert.Empty(none);
        Assert.Equal(ids.Order(), first.Concat(second).Select(c => c.DeliveryId).Order());

        // Node A dies without finishing: after the lease, node B takes its rows over under the same delivery ids.
        clock.Now = clock.Now.AddSeconds(31);
        var takenOver = await nodeB.ClaimAsync(10, s_ct);
        Assert.Equal(first.Select(c => c.DeliveryId).Order(), takenOver.Where(c => first.Any(f => f.Id == c.Id)).Select(c => c.DeliveryId).Order());
        Assert.All(takenOver, c => Assert.Equal(2, c.Attempt));

        // Node A's late answer is ignored: its claim is gone.
        Assert.False(await nodeA.DeliveredAsync(first[0], 200, s_ct));
        Assert.True(await nodeB.DeliveredAsync(takenOver.Single(c => c.Id == first[0].Id), 200, s_ct));
    }

    [Fact]
    public async Task AttemptFailedAsync_BacksOffThenFailsAfterTheLastAttempt()
    {
        await using var store = await TestStore.CreateAsync();
        var clock = new ManualClock(new DateTimeOffset(2026, 11, 28, 3, 0, 0, TimeSpan.Zero));
        var options = new WebhookOptions { MaxAttempts = 3, BaseDelaySeconds = 10, MaxDelaySeconds = 15, LeaseSeconds = 30, TimeoutSeconds = 5 };
        await EnqueueAsync(store, clock, 1);
        var node = new WebhookDeliveryStore(store.Get<MizanDbContext>(), options, clock);
        var db = store.Get<MizanDbContext>();

        var delays = new List<double>();
        for (int attempt = 1; attempt <= 3; attempt++)
        {
            var claim = Assert.Single(await node.ClaimAsync(1, s_ct));
            Assert.Equal(attempt, claim.Attempt);
            await node.AttemptFailedAsync(claim, 500, "HTTP 500", s_ct);
            var row = await db.WebhookDeliveries.AsNoTracking().SingleAsync(s_ct);
            delays.Add((row.NextAttemptAt - clock.Now.UtcDateTime).TotalSeconds);
            Assert.Empty(await node.ClaimAsync(1, s_ct));
            clock.Now = clock.Now.AddSeconds(16);
        }

        var final = await db.WebhookDeliveries.AsNoTracking().SingleAsync(s_ct);
        Assert.Equal((DeliveryStatus.Failed, 3, 500), (final.Status, final.Attempts, final.LastStatusCode));
        Assert.InRange(delays[0], 5, 10);    // 10 s, equal jitter: 5-10 s
        Assert.InRange(delays[1], 7.5, 15);  // 20 s capped at 15 s: 7.5-15 s
        Assert.Empty(await node.ClaimAsync(1, s_ct));
    }

    private static async Task<List<string>> EnqueueAsync(TestStore store, TimeProvider clock, int count)
    {
        var db = store.Get<MizanDbContext>();
        db.WebhookSubscriptions.Add(WebhookOutboxTests.Subscription(OrganisationService.DefaultId, "https://a.example/hook", ["*"]));
        await db.SaveChangesAsync(s_ct);
        var outbox = new WebhookOutbox(clock);
        await using (var tx = await db.Database.BeginTransactionAsync(s_ct))
        {
            for (int i = 0; i < count; i++)
            {
                await outbox.EnqueueAsync(db, OrganisationService.DefaultId, "case.opened", new { CaseId = i }, s_ct);
            }

            await db.SaveChangesAsync(s_ct);
            await tx.CommitAsync(s_ct);
        }

        db.ChangeTracker.Clear();
        return await db.WebhookDeliveries.AsNoTracking().Select(d => d.DeliveryId).ToListAsync(s_ct);
    }

    private sealed class ManualClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
