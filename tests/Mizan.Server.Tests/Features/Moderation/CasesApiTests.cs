using System.Net;
using System.Text.Json;

namespace Mizan.Server.Tests.Features.Moderation;

public sealed class CasesApiTests(ModerationAppFactory factory) : IClassFixture<ModerationAppFactory>
{
    internal static readonly object Removal = new
    {
        action = "remove", ground = "illegal", groundReference = "Regulation (EU) 2021/784 Art. 2(7)(a)",
        explanation = "The image glorifies an attack and matches a verified bank entry.", exemptionConsidered = "news_reporting",
        purposeAssessment = "Posted without reporting or commentary.",
    };

    [Fact]
    public async Task Queue_OrderedByPriorityThenAge_AndFiltered()
    {
        var (bank, image) = await factory.BankWithImageAsync(seed: 41);
        await factory.SetPolicyAsync(new { banks = new Dictionary<string, object> { [bank] = new { signals = new { pdq = new { action = "case", priority = 4 } } } } });
        var older = await factory.SubmitImageAsync(image, factory.Unique("old"), language: "fa");
        factory.Clock.Advance(TimeSpan.FromMinutes(1));
        var newer = await factory.SubmitImageAsync(image, factory.Unique("new"), language: "fa");
        await factory.SetPolicyAsync(new { banks = new Dictionary<string, object> { [bank] = new { signals = new { pdq = new { action = "case", priority = 2 } } } } });
        factory.Clock.Advance(TimeSpan.FromMinutes(1));
        var urgent = await factory.SubmitImageAsync(image, factory.Unique("urgent"), language: "fa");

        var page = await (await factory.ClientFor("moderator").GetPathAsync($"/v1/cases?bank={bank}&language=fa&label=glorification")).JsonAsync();

        var ids = page.GetProperty("cases").EnumerateArray().Select(c => c.GetProperty("itemId").GetInt64()).ToList();
        Assert.Equal([Id(urgent), Id(older), Id(newer)], ids);
        var none = await (await factory.ClientFor("moderator").GetPathAsync($"/v1/cases?bank={bank}&language=en")).JsonAsync();
        Assert.Empty(none.GetProperty("cases").EnumerateArray());
        var paged = await (await factory.ClientFor("moderator").GetPathAsync($"/v1/cases?bank={bank}&limit=2")).JsonAsync();
        var next = await (await factory.ClientFor("moderator").GetPathAsync($"/v1/cases?bank={bank}&limit=2&cursor={paged.GetProperty("next").GetString()}")).JsonAsync();
        Assert.Equal(Id(newer), Assert.Single(next.GetProperty("cases").EnumerateArray()).GetProperty("itemId").GetInt64());
    }

    [Fact]
    public async Task GetCase_ShowsEvidenceContextAndDisplaySettings()
    {
        var (bank, image) = await factory.BankWithImageAsync(seed: 42);
        var item = await factory.SubmitImageAsync(image, factory.Unique("view"), accountKind: "researcher");
        var moderator = factory.ClientNamed("moderator", factory.Unique("viewer"));
        await (await moderator.PutAsync("/v1/me/settings", ModerationAppFactory.JsonContent(new { blurMedia = true, greyscale = false }), TestContext.Current.CancellationToken)).JsonAsync();

        var c = await (await moderator.GetPathAsync($"/v1/cases/{item.GetProperty("caseId").GetInt64()}")).JsonAsync();

        var signal = c.GetProperty("item").GetProperty("matches").EnumerateArray().First(m => m.GetProperty("signal").GetString() == "pdq");
        Assert.Equal(bank, signal.GetProperty("bank").GetString());
        Assert.Equal(0, signal.GetProperty("distance").GetInt32());
        Assert.Equal("researcher", c.GetProperty("item").GetProperty("context").GetProperty("accountKind").GetString());
        Assert.Equal("test data caption", c.GetProperty("item").GetProperty("context").GetProperty("caption").GetString());
        Assert.True(c.GetProperty("display").GetProperty("blurMedia").GetBoolean());
        Assert.False(c.GetProperty("display").GetProperty("greyscale").GetBoolean());
        Assert.Equal($"/v1/items/{Id(item)}/media", c.GetProperty("mediaUrl").GetString());
        var defaults = await (await factory.ClientNamed("moderator", factory.Unique("fresh")).GetPathAsync("/v1/me/settings")).JsonAsync();
        Assert.True(defaults.GetProperty("blurMedia").GetBoolean() && defaults.GetProperty("greyscale").GetBoolean());
    }

    [Fact]
    public async Task ClaimDecide_OtherModerator_Gets409()
    {
        long caseId = await NewCaseAsync(43);
        var alice = factory.ClientNamed("moderator", factory.Unique("alice"));
        var bob = factory.ClientNamed("moderator", factory.Unique("bob"));
        (await alice.PostJsonAsync($"/v1/cases/{caseId}/claim", new { })).EnsureSuccessStatusCode();

        var bobClaims = await bob.PostJsonAsync($"/v1/cases/{caseId}/claim", new { });
        var bobDecides = await bob.PostJsonAsync($"/v1/cases/{caseId}/decision", Removal);

        await ProblemAssert.IsProblemAsync(bobClaims, HttpStatusCode.Conflict, "conflict");
        await ProblemAssert.IsProblemAsync(bobDecides, HttpStatusCode.Conflict, "conflict");
        (await alice.PostJsonAsync($"/v1/cases/{caseId}/release", new { })).EnsureSuccessStatusCode();
        (await bob.PostJsonAsync($"/v1/cases/{caseId}/claim", new { })).EnsureSuccessStatusCode();
        var decided = await (await bob.PostJsonAsync($"/v1/cases/{caseId}/decision", Removal)).JsonAsync();
        Assert.Equal("remove", decided.GetProperty("action").GetString());
        var again = await alice.PostJsonAsync($"/v1/cases/{caseId}/claim", new { });
        await ProblemAssert.IsProblemAsync(again, HttpStatusCode.Conflict, "conflict");
    }

    [Fact]
    public async Task Decide_Restrict_RecordsCountriesAndItemState()
    {
        long caseId = await NewCaseAsync(44);
        var moderator = factory.ClientNamed("moderator", factory.Unique("m"));
        await moderator.PostJsonAsync($"/v1/cases/{caseId}/claim", new { });

        var decision = await (await moderator.PostJsonAsync($"/v1/cases/{caseId}/decision", new
        {
            action = "restrict", countries = new[] { "DE", "FR" }, ground = "illegal", groundReference = "StGB § 86a",
            explanation = "Symbols of a banned organisation.", exemptionConsidered = "none",
        })).JsonAsync();

        var item = await (await factory.ClientFor("moderator").GetPathAsync($"/v1/items/{decision.GetProperty("itemId").GetInt64()}")).JsonAsync();
        Assert.Equal("restricted", item.GetProperty("state").GetString());
        Assert.Equal("DE,FR", string.Join(",", item.GetProperty("restrictedIn").EnumerateArray().Select(c => c.GetString())));
        Assert.Equal("not_automated", decision.GetProperty("automatedDecision").GetString());
        Assert.True(decision.GetProperty("automatedDetection").GetBoolean());
        Assert.Equal("voluntary", decision.GetProperty("sourceType").GetString());
    }

    [Fact]
    public async Task Decide_Escalate_ReturnsCaseToQueueAtTopPriority()
    {
        long caseId = await NewCaseAsync(45);
        var moderator = factory.ClientNamed("moderator", factory.Unique("m"));
        await moderator.PostJsonAsync($"/v1/cases/{caseId}/claim", new { });

        await (await moderator.PostJsonAsync($"/v1/cases/{caseId}/decision", new { action = "escalate", explanation = "Needs a reviewer who reads Pashto.", exemptionConsidered = "none" })).JsonAsync();

        var c = await (await moderator.GetPathAsync($"/v1/cases/{caseId}")).JsonAsync();
        Assert.Equal(("escalated", 1), (c.GetProperty("case").GetProperty("status").GetString(), c.GetProperty("case").GetProperty("priority").GetInt32()));
        Assert.Equal("live", c.GetProperty("item").GetProperty("state").GetString());
    }

    [Theory]
    [InlineData("""{"action": "remove", "explanation": "x", "exemptionConsidered": "none"}""", "ground")]
    [InlineData("""{"action": "remove", "ground": "illegal", "groundReference": "x", "explanation": "x"}""", "exemptionConsidered")]
    [InlineData("""{"action": "restrict", "ground": "illegal", "groundReference": "x", "explanation": "x", "exemptionConsidered": "none"}""", "countries")]
    [InlineData("""{"action": "restrict", "countries": ["Germany"], "ground": "illegal", "groundReference": "x", "explanation": "x", "exemptionConsidered": "none"}""", "countries")]
    [InlineData("""{"action": "label", "ground": "incompatible", "groundReference": "x", "explanation": "x", "exemptionConsidered": "none"}""", "label")]
    [InlineData("""{"action": "ban", "explanation": "x", "exemptionConsidered": "none"}""", "action")]
    [InlineData("""{"action": "remove", "ground": "illegal", "groundReference": "x", "explanation": "x", "exemptionConsidered": "satire"}""", "exemptionConsidered")]
    [InlineData("""{"action": "remove", "ground": "illegal", "groundReference": "x", "explanation": "x", "exemptionConsidered": "none", "secrecyUntil": "2099-01-01T00:00:00Z"}""", "secrecyUntil")]
    public async Task Decide_BadInput_Returns400AndChangesNothing(string json, string mentions)
    {
        long caseId = await NewCaseAsync(46);
        var moderator = factory.ClientNamed("moderator", factory.Unique("m"));
        await moderator.PostJsonAsync($"/v1/cases/{caseId}/claim", new { });

        var response = await moderator.PostRawJsonAsync($"/v1/cases/{caseId}/decision", json);

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "invalid_request");
        Assert.Contains(mentions, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var c = await (await moderator.GetPathAsync($"/v1/cases/{caseId}")).JsonAsync();
        Assert.Equal("claimed", c.GetProperty("case").GetProperty("status").GetString());
        Assert.Empty(c.GetProperty("decisions").EnumerateArray());
    }

    private async Task<long> NewCaseAsync(int seed)
    {
        var (_, image) = await factory.BankWithImageAsync(seed: seed);
        var item = await factory.SubmitImageAsync(image, factory.Unique("case"));
        return item.GetProperty("caseId").GetInt64();
    }

    private static long Id(JsonElement item) => item.GetProperty("id").GetInt64();
}
