using System.Globalization;
using System.Text.Json;
using Mizan.Data.Webhooks;
using Mizan.Tests.Shared;

namespace Mizan.Server.Tests.Features.Moderation;

/// <summary>
/// The whole loop through the real app, a real database and a real HTTP receiver: an image matching a bank opens a
/// case; a moderator removes it; the statement of reasons is complete; the signed webhook arrives; the user
/// complains; a second reviewer reverses; the restore webhook arrives; the audit chain verifies; tampering with
/// one stored event makes verification fail and name it.
/// </summary>
public sealed class ModerationEndToEndTests
{
    private const string Secret = "test-secret-0123456789abcdef";
    private static readonly TimeSpan s_wait = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task ImageMatch_RemoveComplainReverse_WebhooksSignedAndAuditChainHolds()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        using var app = new MizanAppFactory();
        app.Settings["Webhooks:PollSeconds"] = "0.2";
        var admin = app.ClientFor("admin");
        (await admin.PostJsonAsync("/v1/webhooks", new { url = receiver.Url, eventTypes = new[] { "*" }, secret = Secret, organisationId = 1 })).EnsureSuccessStatusCode();

        // An image whose PDQ hash is in a bank opens a case.
        await (await admin.PostJsonAsync("/v1/banks", new { name = "e2e", description = "test data" })).JsonAsync();
        byte[] image = TestImages.Jpeg(256, 256, 99);
        (await admin.PostFileAsync("/v1/banks/e2e/entries", image, "image/jpeg", new Dictionary<string, string> { ["id"] = "known-e2e", ["labels"] = "test-data" })).EnsureSuccessStatusCode();
        var integration = app.ClientFor("integration");
        var item = await (await integration.PostFileAsync("/v1/items", TestImages.Reencode(image, 75), "image/jpeg", new Dictionary<string, string>
        {
            ["id"] = "post-e2e", ["type"] = "image", ["language"] = "ar", ["url"] = "https://platform.example/p/e2e",
            ["postedAt"] = "2026-11-20T08:00:00Z", ["uploaderRef"] = "acct-e2e", ["accountType"] = "private", ["caption"] = "test data",
        })).JsonAsync();
        long caseId = item.GetProperty("caseId").GetInt64();
        await receiver.WaitForAsync("case.opened", s_wait);

        // A moderator claims and removes it.
        var moderator = ClientNamed(app, "moderator", "moderator-one");
        (await moderator.PostJsonAsync($"/v1/cases/{caseId}/claim", new { })).EnsureSuccessStatusCode();
        var decision = await (await moderator.PostJsonAsync($"/v1/cases/{caseId}/decision", CasesApiTests.Removal)).JsonAsync();
        long decisionId = decision.GetProperty("id").GetInt64();

        // The statement of reasons has every element of DSA Art. 17(3), field by field.
        var s = (await (await integration.GetPathAsync($"/v1/decisions/{decisionId}/statement?lang=en")).JsonAsync()).GetProperty("statement");
        Assert.Equal(decisionId, s.GetProperty("decisionId").GetInt64());
        Assert.Equal(item.GetProperty("puid").GetString(), s.GetProperty("puid").GetString());
        Assert.Equal("remove", s.GetProperty("restriction").GetProperty("type").GetString());
        Assert.NotEmpty(s.GetProperty("restriction").GetProperty("territorialScope").EnumerateArray());
        Assert.True(s.GetProperty("restriction").TryGetProperty("applicationDate", out _));
        Assert.False(string.IsNullOrWhiteSpace(s.GetProperty("restriction").GetProperty("description").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(s.GetProperty("facts").GetString()));
        Assert.True(s.GetProperty("automation").GetProperty("automatedDetection").GetBoolean());
        Assert.Equal("not_automated", s.GetProperty("automation").GetProperty("automatedDecision").GetString());
        Assert.NotEmpty(s.GetProperty("automation").GetProperty("detectors").EnumerateArray());
        Assert.Equal("illegal", s.GetProperty("ground").GetProperty("type").GetString());
        Assert.False(string.IsNullOrWhiteSpace(s.GetProperty("ground").GetProperty("reference").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(s.GetProperty("ground").GetProperty("explanation").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(s.GetProperty("exemptionConsidered").GetString()));
        Assert.True(s.GetProperty("redress").GetProperty("complaintOpenUntil").GetDateTime() > DateTime.UtcNow.AddMonths(6).AddDays(-1));
        Assert.False(string.IsNullOrWhiteSpace(s.GetProperty("redress").GetProperty("description").GetString()));

        // The removal webhook arrives signed.
        var removed = await receiver.WaitForAsync("content.removed", s_wait);
        AssertSigned(removed);
        var removedData = JsonDocument.Parse(removed.Body).RootElement.GetProperty("data");
        Assert.Equal("post-e2e", removedData.GetProperty("externalId").GetString());
        Assert.Equal("remove", removedData.GetProperty("decision").GetProperty("action").GetString());
        AssertSigned(await receiver.WaitForAsync("decision.made", s_wait));

        // The user complains; a second reviewer reverses.
        var complaint = await (await integration.PostJsonAsync("/v1/complaints", new
        {
            decisionId, complainant = "content_provider", @ref = "acct-e2e", grounds = "The post was news reporting.",
        })).JsonAsync();
        var reviewer = ClientNamed(app, "appeals_reviewer", "reviewer-two");
        var reversed = await (await reviewer.PostJsonAsync($"/v1/complaints/{complaint.GetProperty("id").GetInt64()}/decision", new { outcome = "reversed", reasons = "News reporting is exempt." })).JsonAsync();
        Assert.Equal("known-e2e", reversed.GetProperty("flaggedEntries")[0].GetProperty("entry").GetString());

        // The restore webhook arrives signed.
        var restored = await receiver.WaitForAsync("content.restored", s_wait);
        AssertSigned(restored);
        Assert.Equal("restored", JsonDocument.Parse(restored.Body).RootElement.GetProperty("data").GetProperty("state").GetString());
        AssertSigned(await receiver.WaitForAsync("decision.reversed", s_wait));

        // The audit chain verifies and holds every step.
        var auditor = app.ClientFor("auditor");
        var verify = await (await auditor.GetPathAsync("/v1/audit/verify")).JsonAsync();
        Assert.True(verify.GetProperty("valid").GetBoolean(), verify.GetRawText());
        foreach (string action in new[] { "item.submitted", "case.opened", "case.claimed", "decision.made", "case.decided", "item.state_changed", "complaint.received", "complaint.decided", "decision.reversed", "bank_entry.flagged" })
        {
            var events = await (await auditor.GetPathAsync($"/v1/audit?action={action}")).JsonAsync();
            Assert.True(events.GetProperty("items").GetArrayLength() > 0, $"no {action} event");
        }

        // Tampering with one stored event makes verification fail and name it.
        long seq = (await (await auditor.GetPathAsync("/v1/audit?action=decision.made")).JsonAsync()).GetProperty("items")[0].GetProperty("seq").GetInt64();
        Assert.Equal(1, app.Database.ExecuteSql(app.DataDirectory, $"""UPDATE audit_events SET "Reason" = 'edited afterwards' WHERE "Seq" = {seq.ToString(CultureInfo.InvariantCulture)}"""));

        var broken = await (await auditor.GetPathAsync("/v1/audit/verify")).JsonAsync();
        Assert.False(broken.GetProperty("valid").GetBoolean());
        Assert.Equal(seq, broken.GetProperty("brokenSeq").GetInt64());
    }

    private static void AssertSigned(ReceivedWebhook webhook)
    {
        long timestamp = long.Parse(webhook.Headers[WebhookSignature.TimestampHeader], CultureInfo.InvariantCulture);
        Assert.True(WebhookSignature.Verify(Secret, timestamp, webhook.Body, webhook.Headers[WebhookSignature.SignatureHeader]), "bad signature");
        Assert.Equal(
            webhook.Headers[WebhookSignature.DeliveryIdHeader],
            JsonDocument.Parse(webhook.Body).RootElement.GetProperty("id").GetString());
    }

    private static HttpClient ClientNamed(MizanAppFactory app, string role, string name)
    {
        using var scope = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.CreateScope(app.Services);
        string key = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<Mizan.Data.Keys.ApiKeyService>(scope.ServiceProvider)
            .CreateAsync(name, role, CancellationToken.None).GetAwaiter().GetResult().Key;
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", key);
        return client;
    }
}
