using System.Net;
using Microsoft.EntityFrameworkCore;
using Mizan.Server.Tests.Features.Moderation;

namespace Mizan.Server.Tests.Features.Legal.Referrals;

public sealed class ReferralsApiTests(ModerationAppFactory factory) : IClassFixture<ModerationAppFactory>
{
    private static readonly object s_removal = new
    {
        action = "remove", ground = "incompatible", groundReference = "Terms 4.2 (violent organisations)",
        explanation = "The post promotes a violent organisation (test data).", exemptionConsidered = "none",
    };

    private static readonly object s_keep = new { action = "keep", explanation = "News reporting; no violation (test data).", exemptionConsidered = "news_reporting" };

    [Fact]
    public async Task Referral_ReviewersDecide_OutcomeRecordedAndFedBackWithoutUserData()
    {
        var (authority, org) = await LegalTestKit.AuthorityAsync(factory);
        var first = await LegalTestKit.TextItemAsync(factory, "ref-a");
        var second = await LegalTestKit.TextItemAsync(factory, "ref-b");

        var response = await authority.PostJsonAsync("/v1/referrals", new
        {
            urls = new[] { first.Url, second.Url, "https://elsewhere.example/unknown" }, reasons = "Both posts appear to promote a proscribed group (test data).",
            allegedClause = "Terms 4.2", reference = "IRU-2026-0042", referrerType = "national_iru",
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var submitted = await response.JsonAsync();
        long id = submitted.GetProperty("id").GetInt64();
        Assert.Equal("received", submitted.GetProperty("status").GetString());
        Assert.False(submitted.TryGetProperty("itemIds", out _));
        Assert.False(submitted.TryGetProperty("caseIds", out _));
        Assert.EndsWith("Z", submitted.GetProperty("receivedAt").GetString(), StringComparison.Ordinal);
        var staff = await (await factory.ClientFor("legal").GetPathAsync($"/v1/referrals/{id}")).JsonAsync();
        Assert.Equal([first.Id, second.Id], staff.GetProperty("itemIds").EnumerateArray().Select(x => x.GetInt64()));
        var caseIds = staff.GetProperty("caseIds").EnumerateArray().Select(x => x.GetInt64()).ToList();
        Assert.Equal(2, caseIds.Count);
        var c = await (await factory.ClientFor("moderator").GetPathAsync($"/v1/cases/{caseIds[0]}")).JsonAsync();
        Assert.Equal("referral", c.GetProperty("case").GetProperty("source").GetString());
        Assert.Equal(2, c.GetProperty("case").GetProperty("priority").GetInt32());

        var moderator = factory.ClientNamed("moderator", factory.Unique("reviewer"));
        (await moderator.PostJsonAsync($"/v1/cases/{caseIds[0]}/claim", new { })).EnsureSuccessStatusCode();
        var removal = await (await moderator.PostJsonAsync($"/v1/cases/{caseIds[0]}/decision", s_removal)).JsonAsync();
        var midway = await (await authority.GetPathAsync($"/v1/referrals/{id}")).JsonAsync();
        (await moderator.PostJsonAsync($"/v1/cases/{caseIds[1]}/claim", new { })).EnsureSuccessStatusCode();
        await (await moderator.PostJsonAsync($"/v1/cases/{caseIds[1]}/decision", s_keep)).JsonAsync();

        Assert.Equal("other_notification", removal.GetProperty("sourceType").GetString());
        Assert.Equal("assessed", midway.GetProperty("status").GetString());
        Assert.False(midway.TryGetProperty("outcome", out _));
        var answered = await (await authority.GetPathAsync($"/v1/referrals/{id}")).JsonAsync();
        Assert.Equal("answered", answered.GetProperty("status").GetString());
        Assert.Equal("actioned_under_terms", answered.GetProperty("outcome").GetString());
        Assert.Equal("Terms 4.2 (violent organisations)", answered.GetProperty("assessedAgainst").GetString());
        string reasons = answered.GetProperty("outcomeReasons").GetString()!;
        Assert.Contains(first.Url + ": removed", reasons, StringComparison.Ordinal);
        Assert.Contains(second.Url + ": kept", reasons, StringComparison.Ordinal);
        Assert.True(answered.TryGetProperty("feedbackSentAt", out _));
        string text = answered.GetRawText();
        Assert.DoesNotContain(first.Uploader, text, StringComparison.Ordinal);
        Assert.DoesNotContain("city council", text, StringComparison.Ordinal);
        Assert.False(answered.TryGetProperty("decisionIds", out _));
        Assert.False(answered.TryGetProperty("assessedBy", out _));

        long removalId = removal.GetProperty("id").GetInt64();
        long? referralOfDecision = await LegalTestKit.QueryAsync(factory, db => db.Decisions.Where(d => d.Id == removalId).Select(d => d.ReferralId).FirstAsync());
        Assert.Equal(id, referralOfDecision);
        var hook = Assert.Single(await LegalTestKit.WebhooksAsync(factory, org, "referral.answered"));
        Assert.Equal(id, hook.GetProperty("data").GetProperty("id").GetInt64());
        Assert.Equal("actioned_under_terms", hook.GetProperty("data").GetProperty("outcome").GetString());
        Assert.DoesNotContain(first.Uploader, hook.GetRawText(), StringComparison.Ordinal);
        var actions = (await LegalTestKit.AuditAsync(factory, "referral", id)).Select(e => e.GetProperty("action").GetString()).ToList();
        Assert.Equal(["referral.received", "referral.assessed", "referral.answered"], actions);
    }

    [Fact]
    public async Task Referral_FromDesignatedTrustedFlagger_PriorityOneAndTrustedSource()
    {
        var (flagger, _) = await LegalTestKit.AuthorityAsync(factory, "trusted_flagger");
        var item = await LegalTestKit.TextItemAsync(factory, "ref-tf");

        var referral = await (await flagger.PostJsonAsync("/v1/referrals", new { urls = new[] { item.Url }, reasons = "Test data referral." })).JsonAsync();

        long id = referral.GetProperty("id").GetInt64();
        Assert.True(referral.GetProperty("trustedFlagger").GetBoolean());
        long caseId = (await (await factory.ClientFor("legal").GetPathAsync($"/v1/referrals/{id}")).JsonAsync()).GetProperty("caseIds")[0].GetInt64();
        var c = await (await factory.ClientFor("moderator").GetPathAsync($"/v1/cases/{caseId}")).JsonAsync();
        Assert.Equal(1, c.GetProperty("case").GetProperty("priority").GetInt32());
        var moderator = factory.ClientNamed("moderator", factory.Unique("reviewer"));
        (await moderator.PostJsonAsync($"/v1/cases/{caseId}/claim", new { })).EnsureSuccessStatusCode();
        var decision = await (await moderator.PostJsonAsync($"/v1/cases/{caseId}/decision", s_keep)).JsonAsync();
        Assert.Equal("trusted_flagger", decision.GetProperty("sourceType").GetString());
        var answered = await (await flagger.GetPathAsync($"/v1/referrals/{id}")).JsonAsync();
        Assert.Equal("no_violation", answered.GetProperty("outcome").GetString());
        var trusted = await (await factory.ClientFor("legal").GetPathAsync("/v1/referrals?trustedFlagger=true&status=answered")).JsonAsync();
        Assert.Contains(trusted.GetProperty("items").EnumerateArray(), r => r.GetProperty("id").GetInt64() == id);
        var untrusted = await (await factory.ClientFor("legal").GetPathAsync("/v1/referrals?trustedFlagger=false")).JsonAsync();
        Assert.DoesNotContain(untrusted.GetProperty("items").EnumerateArray(), r => r.GetProperty("id").GetInt64() == id);
    }

    [Fact]
    public async Task Referral_AnotherAuthority_SeesNothingOfIt()
    {
        var (owner, ownerOrg) = await LegalTestKit.AuthorityAsync(factory);
        var (other, _) = await LegalTestKit.AuthorityAsync(factory);
        var item = await LegalTestKit.TextItemAsync(factory, "ref-iso");
        var referral = await (await owner.PostJsonAsync("/v1/referrals", new { urls = new[] { item.Url }, reasons = "Test data referral." })).JsonAsync();
        long id = referral.GetProperty("id").GetInt64();

        await ProblemAssert.IsProblemAsync(await other.GetPathAsync($"/v1/referrals/{id}"), HttpStatusCode.NotFound, "not_found");
        var list = await (await other.GetPathAsync($"/v1/referrals?organisationId={ownerOrg}")).JsonAsync();
        Assert.Empty(list.GetProperty("items").EnumerateArray());
        var own = await (await owner.GetPathAsync("/v1/referrals")).JsonAsync();
        var only = Assert.Single(own.GetProperty("items").EnumerateArray());
        Assert.False(only.TryGetProperty("itemIds", out _));
        await ProblemAssert.IsProblemAsync(await other.PostJsonAsync($"/v1/referrals/{id}/outcome", new { outcome = "no_violation", assessedAgainst = "x", reasons = "x" }), HttpStatusCode.Forbidden, "forbidden");
        await ProblemAssert.IsProblemAsync(await owner.GetPathAsync($"/v1/cases/{item.Id}"), HttpStatusCode.Forbidden, "forbidden");
        await ProblemAssert.IsProblemAsync(await owner.GetPathAsync($"/v1/items/{item.Id}"), HttpStatusCode.Forbidden, "forbidden");
    }

    [Fact]
    public async Task Referral_NoKnownUrl_LegalOfficerAnswersNeedsInfo_OnceOnly()
    {
        var (authority, org) = await LegalTestKit.AuthorityAsync(factory);
        var referral = await (await authority.PostJsonAsync("/v1/referrals", new { urls = new[] { "https://platform.example/p/never-submitted" }, reasons = "Test data referral." })).JsonAsync();
        long id = referral.GetProperty("id").GetInt64();
        var staff = await (await factory.ClientFor("legal").GetPathAsync($"/v1/referrals/{id}")).JsonAsync();
        Assert.Empty(staff.GetProperty("caseIds").EnumerateArray());

        var bad = await factory.ClientFor("legal").PostJsonAsync($"/v1/referrals/{id}/outcome", new { outcome = "no_violation", reasons = "No clause named." });
        await ProblemAssert.IsProblemAsync(bad, HttpStatusCode.BadRequest, "invalid_request");
        Assert.Equal("received", (await (await authority.GetPathAsync($"/v1/referrals/{id}")).JsonAsync()).GetProperty("status").GetString());

        var answered = await (await factory.ClientFor("legal").PostJsonAsync($"/v1/referrals/{id}/outcome", new
        {
            outcome = "needs_info", reasons = "The location does not lead to content on this service; please send the exact post URL.",
        })).JsonAsync();
        var again = await factory.ClientFor("legal").PostJsonAsync($"/v1/referrals/{id}/outcome", new { outcome = "no_violation", assessedAgainst = "Terms 4.2", reasons = "x" });

        Assert.Equal("needs_info", answered.GetProperty("outcome").GetString());
        await ProblemAssert.IsProblemAsync(again, HttpStatusCode.Conflict, "conflict");
        var seen = await (await authority.GetPathAsync($"/v1/referrals/{id}")).JsonAsync();
        Assert.Equal("needs_info", seen.GetProperty("outcome").GetString());
        Assert.Contains("exact post URL", seen.GetProperty("outcomeReasons").GetString(), StringComparison.Ordinal);
        Assert.Single(await LegalTestKit.WebhooksAsync(factory, org, "referral.answered"));
        await ProblemAssert.IsProblemAsync(await factory.ClientFor("legal").PostJsonAsync("/v1/referrals/999999/outcome", new { outcome = "needs_info", reasons = "x" }), HttpStatusCode.NotFound, "not_found");
    }

    [Fact]
    public async Task Referral_EnteredByLegalOfficer_ForTheNamedAuthority()
    {
        var (authority, org) = await LegalTestKit.AuthorityAsync(factory);

        var entered = await (await factory.ClientFor("legal").PostJsonAsync("/v1/referrals", new
        {
            organisationId = org, channel = "perci", urls = new[] { "https://platform.example/p/perci" }, reasons = "Received through PERCI (test data).",
            referrerType = "eu_iru",
        })).JsonAsync();
        var missing = await factory.ClientFor("legal").PostJsonAsync("/v1/referrals", new { urls = new[] { "https://platform.example/p/x" }, reasons = "x" });
        var platform = await factory.ClientFor("legal").PostJsonAsync("/v1/referrals", new { organisationId = 1, urls = new[] { "https://platform.example/p/x" }, reasons = "x" });

        Assert.Equal("perci", entered.GetProperty("channel").GetString());
        Assert.Equal(org, entered.GetProperty("organisationId").GetInt32());
        var seen = await (await authority.GetPathAsync($"/v1/referrals/{entered.GetProperty("id").GetInt64()}")).JsonAsync();
        Assert.Equal("eu_iru", seen.GetProperty("referrerType").GetString());
        await ProblemAssert.IsProblemAsync(missing, HttpStatusCode.BadRequest, "invalid_request");
        await ProblemAssert.IsProblemAsync(platform, HttpStatusCode.BadRequest, "invalid_request");
    }

    [Theory]
    [InlineData("""{"reasons": "x"}""", "urls")]
    [InlineData("""{"urls": ["ftp://x.example/1"], "reasons": "x"}""", "urls")]
    [InlineData("""{"urls": ["https://x.example/1"]}""", "reasons")]
    [InlineData("""{"urls": ["https://x.example/1"], "reasons": "x", "referrerType": "army"}""", "referrerType")]
    [InlineData("""{"urls": ["https://x.example/1"], "reasons": "x", "organisationId": 1}""", "organisationId")]
    [InlineData("""{"urls": "https://x.example/1", "reasons": "x"}""", "shape")]
    public async Task Referral_BadInput_Returns400AndStoresNothing(string json, string mentions)
    {
        var (authority, org) = await LegalTestKit.AuthorityAsync(factory);

        var response = await authority.PostRawJsonAsync("/v1/referrals", json);

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "invalid_request");
        Assert.Contains(mentions, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await LegalTestKit.QueryAsync(factory, db => db.Referrals.CountAsync(r => r.OrganisationId == org)));
    }

    [Theory]
    [InlineData("status=open")]
    [InlineData("trustedFlagger=yes")]
    [InlineData("from=yesterday")]
    [InlineData("limit=0")]
    [InlineData("cursor=-1")]
    public async Task Referral_BadFilter_Returns400(string query)
    {
        var response = await factory.ClientFor("legal").GetPathAsync("/v1/referrals?" + query);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "invalid_request");
    }
}
