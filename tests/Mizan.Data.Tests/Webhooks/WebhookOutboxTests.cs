using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Mizan.Data.Audit;
using Mizan.Data.Entities;
using Mizan.Data.Organisations;
using Mizan.Data.Webhooks;

namespace Mizan.Data.Tests.Webhooks;

public sealed class WebhookOutboxTests
{
    private static readonly CancellationToken s_ct = CancellationToken.None;

    [Fact]
    public async Task EnqueueAsync_StagesOneRowPerMatchingActiveSubscriptionOfTheOrganisation()
    {
        await using var store = await TestStore.CreateAsync();
        var db = store.Get<MizanDbContext>();
        var other = await store.Get<OrganisationService>().CreateAsync("other platform", OrganisationKinds.Platform, AuditActor.System("test"), s_ct);
        db.WebhookSubscriptions.AddRange(
            Subscription(OrganisationService.DefaultId, "https://a.example/hook", ["decision.made"]),
            Subscription(OrganisationService.DefaultId, "https://b.example/hook", ["*"]),
            Subscription(OrganisationService.DefaultId, "https://c.example/hook", ["content.removed"]),
            Subscription(OrganisationService.DefaultId, "https://d.example/hook", ["decision.made"], enabled: false),
            Subscription(other.Id, "https://e.example/hook", ["decision.made"]));
        await db.SaveChangesAsync(s_ct);

        await using (var tx = await db.Database.BeginTransactionAsync(s_ct))
        {
            await store.Get<WebhookOutbox>().EnqueueAsync(db, OrganisationService.DefaultId, "decision.made", new { DecisionId = 42, Action = "remove" }, s_ct);
            await db.SaveChangesAsync(s_ct);
            await tx.CommitAsync(s_ct);
        }

        var rows = await db.WebhookDeliveries.AsNoTracking().Include(d => d.Subscription).OrderBy(d => d.Id).ToListAsync(s_ct);
        Assert.Equal(["https://a.example/hook", "https://b.example/hook"], rows.Select(r => r.Subscription!.Url));
        Assert.All(rows, r => Assert.Equal(DeliveryStatus.Pending, r.Status));
        Assert.NotEqual(rows[0].DeliveryId, rows[1].DeliveryId);
        using var body = JsonDocument.Parse(rows[0].Body);
        Assert.Equal(rows[0].DeliveryId, body.RootElement.GetProperty("id").GetString());
        Assert.Equal("decision.made", body.RootElement.GetProperty("type").GetString());
        Assert.Equal(42, body.RootElement.GetProperty("data").GetProperty("decisionId").GetInt32());
        Assert.Equal("remove", body.RootElement.GetProperty("data").GetProperty("action").GetString());
        Assert.True(body.RootElement.TryGetProperty("createdAt", out _));
    }

    [Fact]
    public async Task EnqueueAsync_RolledBack_LeavesNoRow()
    {
        await using var store = await TestStore.CreateAsync();
        var db = store.Get<MizanDbContext>();
        db.WebhookSubscriptions.Add(Subscription(OrganisationService.DefaultId, "https://a.example/hook", ["*"]));
        await db.SaveChangesAsync(s_ct);

        await using (var tx = await db.Database.BeginTransactionAsync(s_ct))
        {
            await store.Get<WebhookOutbox>().EnqueueAsync(db, OrganisationService.DefaultId, "case.opened", new { CaseId = 1 }, s_ct);
            await db.SaveChangesAsync(s_ct);
            await tx.RollbackAsync(s_ct);
        }

        Assert.Equal(0, await db.WebhookDeliveries.CountAsync(s_ct));
    }

    [Fact]
    public async Task EnqueueAsync_WithoutTransaction_Throws()
    {
        await using var store = await TestStore.CreateAsync();

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            store.Get<WebhookOutbox>().EnqueueAsync(store.Get<MizanDbContext>(), 1, "case.opened", new { CaseId = 1 }, s_ct));
    }

    internal static WebhookSubscription Subscription(int organisationId, string url, List<string> types, bool enabled = true) => new()
    {
        OrganisationId = organisationId,
        Url = url,
        EventTypes = types,
        Secret = "test-secret",
        Enabled = enabled,
        CreatedAt = DateTime.UtcNow,
    };
}
