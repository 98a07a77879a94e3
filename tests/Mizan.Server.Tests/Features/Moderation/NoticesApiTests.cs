using System.Net;

namespace Mizan.Server.Tests.Features.Moderation;

public sealed class NoticesApiTests(ModerationAppFactory factory) : IClassFixture<ModerationAppFactory>
{
    [Fact]
    public async Task Notice_ForKnownUrl_AcknowledgedLinkedCountedAndQueued()
    {
        string id = factory.Unique("noticed");
        var item = await (await factory.ClientFor("integration").PostJsonAsync("/v1/items", new
        {
            id, type = "text", text = "Test data: an ordinary post that a user reported.", url = $"https://platform.example/p/{id}", language = "en",
        })).JsonAsync();

        var response = await factory.ClientFor("integration").PostJsonAsync("/v1/notices", new
        {
            explanation = "The post praises an attack (test data).", urls = new[] { $"https://platform.example/p/{id}" },
            notifier = new { name = "A. Reporter", email = "reporter@example.org", @ref = "user-55" }, goodFaith = true,
            category = "STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY",
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var notice = await response.JsonAsync();
        Assert.True(notice.GetProperty("id").GetInt64() > 0);
        Assert.True(notice.TryGetProperty("acknowledgedAt", out _));
        Assert.Equal(item.GetProperty("id").GetInt64(), Assert.Single(notice.GetProperty("itemIds").EnumerateArray()).GetInt64());
        long caseId = Assert.Single(notice.GetProperty("caseIds").EnumerateArray()).GetInt64();
        var c = await (await factory.ClientFor("moderator").GetPathAsync($"/v1/cases/{caseId}")).JsonAsync();
        Assert.Equal("notice", c.GetProperty("case").GetProperty("source").GetString());
        Assert.Equal(1, c.GetProperty("item").GetProperty("noticeCount").GetInt32());
        Assert.Equal("A. Reporter", Assert.Single(c.GetProperty("notices").EnumerateArray()).GetProperty("notifierName").GetString());
        var now = factory.Clock.GetUtcNow();
        var stats = await (await factory.ClientFor("auditor").GetPathAsync($"/v1/notices/stats?from={now.AddDays(-1):yyyy-MM-dd}&to={now.AddDays(1):yyyy-MM-dd}")).JsonAsync();
        Assert.True(stats.GetProperty("total").GetInt32() >= 1);
        Assert.True(stats.GetProperty("byNotifierType").GetProperty("user").GetInt32() >= 1);
    }

    [Fact]
    public async Task Notice_DecisionFromNotice_IsArticle16AndNotifierCanComplain()
    {
        string id = factory.Unique("kept");
        var item = await (await factory.ClientFor("integration").PostJsonAsync("/v1/items", new
        {
            id, type = "text", text = "Test data: a post someone reported.", url = $"https://platform.example/p/{id}",
        })).JsonAsync();
        var notice = await (await factory.ClientFor("integration").PostJsonAsync("/v1/notices", new
        {
            explanation = "Test data report.", itemIds = new[] { item.GetProperty("id").GetInt64() }, urls = new[] { $"https://platform.example/p/{id}" },
            notifier = new { name = "B. Reporter", email = "b@example.org", @ref = "user-66" }, goodFaith = true,
        })).JsonAsync();
        long caseId = notice.GetProperty("caseIds")[0].GetInt64();
        var moderator = factory.ClientNamed("moderator", factory.Unique("m"));
        await moderator.PostJsonAsync($"/v1/cases/{caseId}/claim", new { });

        var decision = await (await moderator.PostJsonAsync($"/v1/cases/{caseId}/decision", new { action = "keep", explanation = "Not a violation.", exemptionConsidered = "none" })).JsonAsync();
        var complaint = await factory.ClientFor("integration").PostJsonAsync("/v1/complaints", new
        {
            decisionId = decision.GetProperty("id").GetInt64(), complainant = "notifier", @ref = "user-66", grounds = "It should be removed.",
        });

        Assert.Equal("article_16", decision.GetProperty("sourceType").GetString());
        Assert.False(decision.GetProperty("automatedDetection").GetBoolean());
        Assert.Equal(HttpStatusCode.Created, complaint.StatusCode);
    }

    [Fact]
    public async Task Notice_FromTrustedFlaggerOrganisation_IsTrustedAndTopPriority()
    {
        string id = factory.Unique("flagged");
        var item = await (await factory.ClientFor("integration").PostJsonAsync("/v1/items", new
        {
            id, type = "text", text = "Test data: a post a trusted flagger reported.", url = $"https://platform.example/p/{id}",
        })).JsonAsync();
        var org = await (await factory.ClientFor("admin").PostJsonAsync("/v1/organisations", new { name = factory.Unique("flagger-org"), kind = "trusted_flagger" })).JsonAsync();
        var flagger = factory.ClientNamed("integration", factory.Unique("flagger"), org.GetProperty("id").GetInt32());

        var notice = await (await flagger.PostJsonAsync("/v1/notices", new
        {
            explanation = "Test data report.", urls = new[] { $"https://platform.example/p/{id}" },
            notifier = new { name = "Flagger desk", email = "desk@flagger.example" }, goodFaith = true,
        })).JsonAsync();

        Assert.Equal("trusted_flagger", notice.GetProperty("notifierType").GetString());
        Assert.Equal(item.GetProperty("id").GetInt64(), notice.GetProperty("itemIds")[0].GetInt64());
        var c = await (await factory.ClientFor("moderator").GetPathAsync($"/v1/cases/{notice.GetProperty("caseIds")[0].GetInt64()}")).JsonAsync();
        Assert.Equal(1, c.GetProperty("case").GetProperty("priority").GetInt32());
        var notFound = await flagger.GetPathAsync($"/v1/items/{item.GetProperty("id").GetInt64()}");
        await ProblemAssert.IsProblemAsync(notFound, HttpStatusCode.NotFound, "not_found");
    }

    [Theory]
    [InlineData("""{"urls": ["https://x.example/1"], "notifier": {"name": "n", "email": "e@example.org"}, "goodFaith": true}""", "explanation")]
    [InlineData("""{"explanation": "x", "notifier": {"name": "n", "email": "e@example.org"}, "goodFaith": true}""", "urls")]
    [InlineData("""{"explanation": "x", "urls": ["not a url"], "notifier": {"name": "n", "email": "e@example.org"}, "goodFaith": true}""", "urls")]
    [InlineData("""{"explanation": "x", "urls": ["https://x.example/1"], "goodFaith": true}""", "notifier.name")]
    [InlineData("""{"explanation": "x", "urls": ["https://x.example/1"], "notifier": {"name": "n", "email": "not-an-email"}, "goodFaith": true}""", "email")]
    [InlineData("""{"explanation": "x", "urls": ["https://x.example/1"], "notifier": {"name": "n", "email": "e@example.org"}}""", "goodFaith")]
    [InlineData("""{"explanation": "x", "urls": ["https://x.example/1"], "notifier": {"name": "n", "email": "e@example.org"}, "goodFaith": true, "category": "TERROR"}""", "category")]
    public async Task Notice_MissingArticle16Field_Returns400(string json, string mentions)
    {
        var response = await factory.ClientFor("integration").PostRawJsonAsync("/v1/notices", json);

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "invalid_request");
        Assert.Contains(mentions, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Notice_ExemptOffence_NeedsNoNameOrEmail()
    {
        var response = await factory.ClientFor("integration").PostJsonAsync("/v1/notices", new
        {
            explanation = "Test data.", urls = new[] { "https://platform.example/p/unknown" }, goodFaith = true,
            category = "STATEMENT_CATEGORY_PROTECTION_OF_MINORS", categorySpecification = "KEYWORD_CHILD_SEXUAL_ABUSE_MATERIAL",
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }
}
