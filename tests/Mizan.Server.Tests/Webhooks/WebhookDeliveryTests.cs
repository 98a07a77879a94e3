using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Mizan.Data;
using Mizan.Data.Webhooks;

namespace Mizan.Server.Tests.Webhooks;

public sealed class WebhookDeliveryTests
{
    private const string Secret = "test-secret-0123456789";

    [Fact]
    public async Task Delivery_ArrivesSignedWithHeadersAReceiverCanVerify()
    {
        await using var receiver = await TestReceiver.StartAsync();
        using var app = Factory();
        var admin = app.ClientFor("admin");
        var sub = await (await admin.PostJsonAsync("/v1/webhooks", new { url = receiver.Url, eventTypes = new[] { "decision.made" }, secret = Secret })).JsonAsync();

        await EnqueueAsync(app, "decision.made", new { decisionId = 7, action = "remove" });
        await Eventually.TrueAsync(() => receiver.Accepted.Any(), "the delivery");

        var request = receiver.Requests.Single();
        using var body = JsonDocument.Parse(request.Body);
        Assert.Equal(request.DeliveryId, body.RootElement.GetProperty("id").GetString());
        Assert.Equal("decision.made", request.Headers["Mizan-Event-Type"]);
        Assert.Equal("decision.made", body.RootElement.GetProperty("type").GetString());
        Assert.Equal(7, body.RootElement.GetProperty("data").GetProperty("decisionId").GetInt32());
        Assert.StartsWith("application/json", request.Headers["Content-Type"], StringComparison.Ordinal);
        long timestamp = long.Parse(request.Headers["Mizan-Timestamp"], System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(timestamp, DateTimeOffset.UtcNow.ToUnixTimeSeconds() - 60, DateTimeOffset.UtcNow.ToUnixTimeSeconds() + 1);

        // A receiver's check, written from the documentation: HMAC-SHA256(secret, timestamp + "." + body).
        string expected = "sha256=" + Convert.ToHexStringLower(
            HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), Encoding.UTF8.GetBytes(request.Headers["Mizan-Timestamp"] + "." + request.Body)));
        Assert.Equal(expected, request.Headers["Mizan-Signature"]);
        Assert.False(WebhookSignature.Verify("another-secret-0123456", timestamp, request.Body, request.Headers["Mizan-Signature"]));
        Assert.False(WebhookSignature.Verify(Secret, timestamp + 1, request.Body, request.Headers["Mizan-Signature"]));

        await Eventually.TrueAsync(async () => (await StatusesAsync(admin, sub)).SequenceEqual(["delivered"]), "status delivered");
    }

    [Fact]
    public async Task Ping_IsDeliveredToThatSubscriptionOnly()
    {
        await using var receiver = await TestReceiver.StartAsync();
        using var app = Factory();
        var admin = app.ClientFor("admin");
        var sub = await (await admin.PostJsonAsync("/v1/webhooks", new { url = receiver.Url, eventTypes = new[] { "decision.made" }, secret = Secret })).JsonAsync();
        await (await admin.PostJsonAsync("/v1/webhooks", new { url = receiver.Url + "?other", eventTypes = new[] { "*" } })).JsonAsync();

        var ping = await admin.PostJsonAsync($"/v1/webhooks/{sub.GetProperty("id").GetInt32()}/ping", new { });

        Assert.Equal(HttpStatusCode.Accepted, ping.StatusCode);
        string id = (await ping.JsonAsync()).GetProperty("deliveryId").GetString()!;
        await Eventually.TrueAsync(() => receiver.Accepted.Any(), "the ping");
        var request = Assert.Single(receiver.Requests);
        Assert.Equal((id, "webhook.ping"), (request.DeliveryId, request.Headers["Mizan-Event-Type"]));
        Assert.True(WebhookSignature.Verify(Secret, long.Parse(request.Headers["Mizan-Timestamp"], System.Globalization.CultureInfo.InvariantCulture), request.Body, request.Headers["Mizan-Signature"]));
    }

    [Fact]
    public async Task Delivery_ReceiverAnswers500_IsRetriedUnderTheSameIdUntilItSucceeds()
    {
        await using var receiver = await TestReceiver.StartAsync();
        receiver.Respond = n => n <= 2 ? 500 : 204;
        using var app = Factory();
        var admin = app.ClientFor("admin");
        var sub = await (await admin.PostJsonAsync("/v1/webhooks", new { url = receiver.Url, eventTypes = new[] { "*" } })).JsonAsync();
        Assert.StartsWith("whsec_", sub.GetProperty("secret").GetString(), StringComparison.Ordinal);

        await EnqueueAsync(app, "content.removed", new { itemId = "i1" });
        await Eventually.TrueAsync(() => receiver.Accepted.Any(), "the third attempt");

        Assert.Equal([500, 500, 204], receiver.Requests.Select(r => r.Status));
        Assert.Single(receiver.Requests.Select(r => r.DeliveryId).Distinct());
        Assert.Single(receiver.Requests.Select(r => r.Body).Distinct());
        await Eventually.TrueAsync(async () => (await StatusesAsync(admin, sub)).SequenceEqual(["delivered"]), "status delivered");
        var d = (await (await admin.GetPathAsync($"/v1/webhooks/{sub.GetProperty("id").GetInt32()}/deliveries")).JsonAsync()).GetProperty("items")[0];
        Assert.Equal(3, d.GetProperty("attempts").GetInt32());
        Assert.Equal(204, d.GetProperty("lastStatusCode").GetInt32());
    }

    [Fact]
    public async Task Delivery_AllAttemptsFail_IsMarkedFailed_AndAnAdminRetryDeliversIt()
    {
        await using var receiver = await TestReceiver.StartAsync();
        receiver.Respond = _ => 503;
        using var app = Factory(("Webhooks:MaxAttempts", "2"));
        var admin = app.ClientFor("admin");
        var sub = await (await admin.PostJsonAsync("/v1/webhooks", new { url = receiver.Url, eventTypes = new[] { "case.opened" } })).JsonAsync();
        await EnqueueAsync(app, "case.opened", new { caseId = 1 });

        await Eventually.TrueAsync(async () => (await StatusesAsync(admin, sub)).SequenceEqual(["failed"]), "status failed");
        var failed = (await (await admin.GetPathAsync($"/v1/webhooks/{sub.GetProperty("id").GetInt32()}/deliveries?status=failed")).JsonAsync()).GetProperty("items")[0];
        Assert.Equal(503, failed.GetProperty("lastStatusCode").GetInt32());
        Assert.Equal(2, failed.GetProperty("attempts").GetInt32());
        string id = failed.GetProperty("deliveryId").GetString()!;

        receiver.Respond = _ => 200;
        var retried = await (await admin.PostJsonAsync($"/v1/webhooks/deliveries/{id}/retry", new { })).JsonAsync();
        Assert.Equal("pending", retried.GetProperty("status").GetString());
        await Eventually.TrueAsync(() => receiver.Accepted.Any(), "the retried delivery");
        Assert.Equal(id, receiver.Accepted.Single().DeliveryId);
        await Eventually.TrueAsync(async () => (await StatusesAsync(admin, sub)).SequenceEqual(["delivered"]), "status delivered");
        await ProblemAssert.IsProblemAsync(await admin.PostJsonAsync($"/v1/webhooks/deliveries/{id}/retry", new { }), HttpStatusCode.Conflict, "conflict");
    }

    [Fact]
    public async Task Delivery_HostStoppedMidDeliveryAndBeforeDelivery_NewHostOnTheSameDatabaseDeliversEveryOne()
    {
        await using var receiver = await TestReceiver.StartAsync();
        receiver.Respond = _ => null; // hang: the first host is stopped while its requests are in flight
        using var store = new MizanAppFactory(); // owns the store both hosts use; never started itself
        var ids = new List<string>();
        using (var first = Node(store, ("Webhooks:BatchSize", "4")))
        {
            var admin = first.ClientFor("admin");
            await (await admin.PostJsonAsync("/v1/webhooks", new { url = receiver.Url, eventTypes = new[] { "*" }, secret = Secret })).JsonAsync();
            for (int i = 0; i < 20; i++)
            {
                await EnqueueAsync(first, "decision.made", new { decisionId = i });
            }

            ids.AddRange(await DeliveryIdsAsync(first));
            await Eventually.TrueAsync(() => receiver.Requests.Count >= 4, "deliveries in flight");
        }

        Assert.Empty(receiver.Accepted);
        receiver.Respond = _ => 200;
        using var second = Node(store);
        _ = second.Services; // start the host

        await Eventually.TrueAsync(() => receiver.Accepted.Select(r => r.DeliveryId).Distinct().Count() == 20, "all 20 deliveries accepted", 60);
        Assert.Equal(ids.Order(), receiver.Accepted.Select(r => r.DeliveryId).Distinct().Order());
        Assert.Equal(20, ids.Count);
        Assert.All(receiver.Accepted, r => Assert.True(WebhookSignature.Verify(Secret, long.Parse(r.Headers["Mizan-Timestamp"], System.Globalization.CultureInfo.InvariantCulture), r.Body, r.Headers["Mizan-Signature"])));
    }

    [Fact]
    public async Task Delivery_NodeDiedWithRowsClaimed_AnotherNodeDeliversThemAfterTheLease()
    {
        // The first host never sends (delivery disabled); its claims are made by hand and never finished, as if the
        // node died: the second host takes the rows over once the lease has run out.
        await using var receiver = await TestReceiver.StartAsync();
        using var store = new MizanAppFactory(); // owns the store both hosts use; never started itself
        List<string> ids;
        using (var first = Node(store, ("Webhooks:Enabled", "false"), ("Webhooks:LeaseSeconds", "3")))
        {
            await (await first.ClientFor("admin").PostJsonAsync("/v1/webhooks", new { url = receiver.Url, eventTypes = new[] { "*" } })).JsonAsync();
            for (int i = 0; i < 5; i++)
            {
                await EnqueueAsync(first, "content.restored", new { itemId = i });
            }

            ids = await DeliveryIdsAsync(first);
            using var scope = first.Services.CreateScope();
            Assert.Equal(5, (await scope.ServiceProvider.GetRequiredService<WebhookDeliveryStore>().ClaimAsync(10, TestContext.Current.CancellationToken)).Count);
        }

        using var second = Node(store);
        _ = second.Services;

        await Eventually.TrueAsync(() => receiver.Accepted.Select(r => r.DeliveryId).Distinct().Count() == 5, "the 5 abandoned deliveries", 30);
        Assert.Equal(ids.Order(), receiver.Accepted.Select(r => r.DeliveryId).Distinct().Order());
    }

    private static MizanAppFactory Factory(params (string Key, string Value)[] settings)
    {
        var factory = new MizanAppFactory();
        foreach (var (key, value) in Fast(settings))
        {
            factory.Settings[key] = value;
        }

        return factory;
    }

    /// <summary>Another host on <paramref name="store"/>'s database (SQLite folder or PostgreSQL database).</summary>
    private static MizanAppFactory Node(MizanAppFactory store, params (string Key, string Value)[] settings) =>
        store.CreateNodeOnSameStore(Fast(settings));

    /// <summary>Short poll, backoff, timeout and lease, so the tests run in seconds; <paramref name="settings"/> on top.</summary>
    private static Dictionary<string, string?> Fast((string Key, string Value)[] settings)
    {
        var all = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["Webhooks:PollSeconds"] = "0.05",
            ["Webhooks:BaseDelaySeconds"] = "0.05",
            ["Webhooks:MaxDelaySeconds"] = "0.2",
            ["Webhooks:TimeoutSeconds"] = "2",
            ["Webhooks:LeaseSeconds"] = "5",
        };
        foreach (var (key, value) in settings)
        {
            all[key] = value;
        }

        return all;
    }

    /// <summary>Queues an event the way the moderation services do: in a transaction, through the outbox.</summary>
    private static async Task EnqueueAsync(MizanAppFactory app, string type, object payload)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MizanDbContext>();
        var ct = TestContext.Current.CancellationToken;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await scope.ServiceProvider.GetRequiredService<WebhookOutbox>().EnqueueAsync(db, 1, type, payload, ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }

    private static async Task<List<string>> DeliveryIdsAsync(MizanAppFactory app)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MizanDbContext>();
        return await db.WebhookDeliveries.Select(d => d.DeliveryId).ToListAsync(TestContext.Current.CancellationToken);
    }

    private static async Task<List<string>> StatusesAsync(HttpClient admin, JsonElement sub)
    {
        var page = await (await admin.GetPathAsync($"/v1/webhooks/{sub.GetProperty("id").GetInt32()}/deliveries")).JsonAsync();
        return page.GetProperty("items").EnumerateArray().Select(d => d.GetProperty("status").GetString()!).ToList();
    }
}
