using System.Net;
using Mizan.Tests.Shared;

namespace Mizan.Server.Tests.Features.Moderation;

public sealed class PolicyApiTests(ModerationAppFactory factory) : IClassFixture<ModerationAppFactory>
{
    [Fact]
    public async Task AutoBank_VerifiedNearExact_RemovesAutomaticallyWithStatement()
    {
        var (bank, image) = await factory.BankWithImageAsync(autoAction: true, seed: 21);
        await factory.SetPolicyAsync(new { banks = new Dictionary<string, object> { [bank] = new { verified = true, signals = new { pdq = new { action = "auto", priority = 1 } } } } });

        var item = await factory.SubmitImageAsync(image, factory.Unique("auto"));

        Assert.Equal("removed", item.GetProperty("state").GetString());
        Assert.Contains(item.GetProperty("matches").EnumerateArray(), m => m.GetProperty("policyAction").GetString() == "auto");
        var decision = await (await factory.ClientFor("auditor").GetPathAsync($"/v1/decisions/{item.GetProperty("decisionId").GetInt64()}")).JsonAsync();
        Assert.Equal("remove", decision.GetProperty("action").GetString());
        Assert.Equal("fully", decision.GetProperty("automatedDecision").GetString());
        Assert.True(decision.GetProperty("automatedDetection").GetBoolean());
        Assert.Equal("system:policy", decision.GetProperty("decidedBy").GetString());
        var statement = await (await factory.ClientFor("integration").GetPathAsync($"/v1/decisions/{decision.GetProperty("id").GetInt64()}/statement")).JsonAsync();
        Assert.Equal("fully", statement.GetProperty("statement").GetProperty("automation").GetProperty("automatedDecision").GetString());
    }

    public static TheoryData<string> Blockers() => ["bank not marked", "bank not verified", "not near-exact", "news outlet"];

    [Theory]
    [MemberData(nameof(Blockers))]
    public async Task AutoRule_ConditionFails_OpensCaseInstead(string blocker)
    {
        var (bank, image) = await factory.BankWithImageAsync(autoAction: blocker != "bank not marked", seed: 30 + blocker.Length);
        await factory.SetPolicyAsync(new
        {
            nearExact = new { pdqMaxDistance = blocker == "not near-exact" ? 0 : 8 },
            banks = new Dictionary<string, object> { [bank] = new { verified = blocker != "bank not verified", @default = new { action = "auto", priority = 2 } } },
        });
        // Not near-exact: a recompressed copy lands a few bits away from the stored hash.
        byte[] query = blocker == "not near-exact" ? TestImages.Reencode(image, 40) : image;

        var item = await factory.SubmitImageAsync(query, factory.Unique("blocked"), accountKind: blocker == "news outlet" ? "news_outlet" : null);

        Assert.Equal("live", item.GetProperty("state").GetString());
        Assert.False(item.TryGetProperty("decisionId", out _));
        var pdq = Assert.Single(item.GetProperty("matches").EnumerateArray(), m => m.GetProperty("signal").GetString() == "pdq");
        if (blocker == "not near-exact")
        {
            Assert.True(pdq.GetProperty("distance").GetInt32() > 0, "the recompressed copy must differ for this test");
        }

        Assert.Equal("case", pdq.GetProperty("policyAction").GetString());
        Assert.StartsWith("No automatic action", pdq.GetProperty("policyNote").GetString(), StringComparison.Ordinal);
        var c = await (await factory.ClientFor("moderator").GetPathAsync($"/v1/cases/{item.GetProperty("caseId").GetInt64()}")).JsonAsync();
        Assert.Equal(2, c.GetProperty("case").GetProperty("priority").GetInt32());
    }

    [Fact]
    public async Task PutPolicy_Invalid_Returns400AndKeepsCurrent()
    {
        await factory.SetPolicyAsync(new { @default = new { action = "case", priority = 4 } });
        var admin = factory.ClientFor("admin");

        var response = await admin.SendAsync(
            new HttpRequestMessage(HttpMethod.Put, "/v1/policy") { Content = ModerationAppFactory.JsonContent(new { @default = new { action = "shred" } }) },
            TestContext.Current.CancellationToken);

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "invalid_request");
        Assert.Contains("default.action", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var current = await (await admin.GetPathAsync("/v1/policy")).JsonAsync();
        Assert.Equal(4, current.GetProperty("policy").GetProperty("default").GetProperty("priority").GetInt32());
    }

    [Fact]
    public void PolicyFile_Invalid_StopsStartWithClearError()
    {
        using var dir = new TempDirectory();
        string path = Path.Combine(dir.Path, "policy.json");
        File.WriteAllText(path, """{"banks": {"known": {"signals": {"pdq": {"action": "auto", "priority": 0}}}}}""");
        using var app = new MizanAppFactory();
        app.Settings["Policy:File"] = path;

        var ex = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        var inner = ex as InvalidOperationException ?? ex.InnerException as InvalidOperationException;
        Assert.NotNull(inner);
        Assert.Contains(path, inner.Message, StringComparison.Ordinal);
        Assert.Contains("banks.known.signals.pdq.priority", inner.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PolicyFile_Valid_IsInForceAfterStart()
    {
        using var dir = new TempDirectory();
        string path = Path.Combine(dir.Path, "policy.json");
        File.WriteAllText(path, """{"default": {"action": "none", "priority": 5}, "banks": {"known": {"verified": true}}}""");
        using var app = new MizanAppFactory();
        app.Settings["Policy:File"] = path;

        var policy = await (await app.ClientFor("admin").GetPathAsync("/v1/policy")).JsonAsync();

        Assert.Equal("none", policy.GetProperty("policy").GetProperty("default").GetProperty("action").GetString());
        Assert.True(policy.GetProperty("policy").GetProperty("banks").GetProperty("known").GetProperty("verified").GetBoolean());
        Assert.Equal(1, policy.GetProperty("version").GetInt32());
    }
}
