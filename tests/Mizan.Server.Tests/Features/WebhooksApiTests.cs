using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Mizan.Data;
using Mizan.Data.Webhooks;

namespace Mizan.Server.Tests.Features;

public sealed class WebhooksApiTests : IClassFixture<MizanAppFactory>
{
    private readonly MizanAppFactory _factory;

    public WebhooksApiTests(MizanAppFactory factory)
    {
        // These tests queue deliveries to addresses nobody listens on; nothing should try to send them.
        factory.Settings["Webhooks:Enabled"] = "false";
        _factory = factory;
    }

    [Fact]
    public async Task CreateWebhook_ShowsTheSecretOnce_ListsWithoutIt_AndIsAudited()
    {
        var admin = _factory.ClientFor("admin");

        var created = await admin.PostJsonAsync("/v1/webhooks", new { url = "https://receiver.example/hooks/mizan", eventTypes = new[] { "decision.made", "content.removed" } });
        var sub = await created.JsonAsync();
        var list = await (await admin.GetPathAsync("/v1/webhooks")).JsonAsync();
        var audit = await (await admin.GetPathAsync($"/v1/audit?subjectType=webhook&subjectId={sub.GetProperty("id").GetInt32()}")).JsonAsync();

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(1, sub.GetProperty("organisationId").GetInt32());
        Assert.True(sub.GetProperty("secret").GetString()!.Length > 40);
        var listed = list.GetProperty("items").EnumerateArray().Single(s => s.GetProperty("id").GetInt32() == sub.GetProperty("id").GetInt32());
        Assert.False(listed.TryGetProperty("secret", out _));
        Assert.Equal(["decision.made", "content.removed"], listed.GetProperty("eventTypes").EnumerateArray().Select(e => e.GetString()));
        var e = Assert.Single(audit.GetProperty("items").EnumerateArray());
        Assert.Equal("webhook.created", e.GetProperty("action").GetString());
        Assert.DoesNotContain(sub.GetProperty("secret").GetString()!, e.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DisableWebhook_NoLongerReceivesNewEvents()
    {
        var admin = _factory.ClientFor("admin");
        var sub = await (await admin.PostJsonAsync("/v1/webhooks", new { url = "http://127.0.0.1:9/disabled", eventTypes = new[] { "case.opened" } })).JsonAsync();
        int id = sub.GetProperty("id").GetInt32();

        var disabled = await (await admin.PostJsonAsync($"/v1/webhooks/{id}/disable", new { reason = "receiver retired (test)" })).JsonAsync();
        using (var scope = _factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MizanDbContext>();
            var ct = TestContext.Current.CancellationToken;
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            await scope.ServiceProvider.GetRequiredService<WebhookOutbox>().EnqueueAsync(db, 1, "case.opened", new { caseId = 1 }, ct);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            Assert.Equal(0, await db.WebhookDeliveries.CountAsync(d => d.SubscriptionId == id, ct));
        }

        Assert.False(disabled.GetProperty("enabled").GetBoolean());
    }

    [Theory]
    [InlineData("""{"url": "ftp://receiver.example/x", "eventTypes": ["*"]}""", HttpStatusCode.BadRequest, "invalid_request")]
    [InlineData("""{"url": "file:///etc/passwd", "eventTypes": ["*"]}""", HttpStatusCode.BadRequest, "invalid_request")]
    [InlineData("""{"url": "/relative", "eventTypes": ["*"]}""", HttpStatusCode.BadRequest, "invalid_request")]
    [InlineData("""{"url": "https://user:pw@receiver.example/x", "eventTypes": ["*"]}""", HttpStatusCode.BadRequest, "invalid_request")]
    [InlineData("""{"url": "https://receiver.example/x"}""", HttpStatusCode.BadRequest, "invalid_request")]
    [InlineData("""{"url": "https://receiver.example/x", "eventTypes": ["Decision Made"]}""", HttpStatusCode.BadRequest, "invalid_request")]
    [InlineData("""{"url": "https://receiver.example/x", "eventTypes": ["*"], "secret": "short"}""", HttpStatusCode.BadRequest, "invalid_request")]
    [InlineData("""{"url": "https://receiver.example/x", "eventTypes": ["*"], "organisationId": 999}""", HttpStatusCode.NotFound, "not_found")]
    [InlineData("""{"url": 5}""", HttpStatusCode.BadRequest, "invalid_request")]
    public async Task CreateWebhook_BadInput_ReturnsProblemAndStoresNothing(string json, HttpStatusCode status, string code)
    {
        var admin = _factory.ClientFor("admin");
        int before = (await (await admin.GetPathAsync("/v1/webhooks")).JsonAsync()).GetProperty("items").GetArrayLength();

        await ProblemAssert.IsProblemAsync(await admin.PostRawJsonAsync("/v1/webhooks", json), status, code);

        Assert.Equal(before, (await (await admin.GetPathAsync("/v1/webhooks")).JsonAsync()).GetProperty("items").GetArrayLength());
    }

    [Theory]
    [InlineData("/v1/webhooks/999/deliveries", HttpStatusCode.NotFound, "not_found")]
    [InlineData("/v1/webhooks/1/deliveries?status=lost", HttpStatusCode.BadRequest, "invalid_request")]
    [InlineData("/v1/webhooks/1/deliveries?limit=0", HttpStatusCode.BadRequest, "invalid_request")]
    public async Task ListDeliveries_BadInput_ReturnsProblem(string path, HttpStatusCode status, string code)
    {
        var admin = _factory.ClientFor("admin");
        await admin.PostJsonAsync("/v1/webhooks", new { url = "https://receiver.example/one", eventTypes = new[] { "*" } });

        await ProblemAssert.IsProblemAsync(await admin.GetPathAsync(path), status, code);
    }

    [Fact]
    public async Task RetryDelivery_Unknown_Returns404Problem()
    {
        var response = await _factory.ClientFor("admin").PostJsonAsync("/v1/webhooks/deliveries/dlv_nope/retry", new { });

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound, "not_found");
    }
}
