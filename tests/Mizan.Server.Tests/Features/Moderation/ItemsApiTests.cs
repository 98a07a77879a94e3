using System.Net;
using System.Text.Json;
using Mizan.Tests.Shared;

namespace Mizan.Server.Tests.Features.Moderation;

public sealed class ItemsApiTests(ModerationAppFactory factory) : IClassFixture<ModerationAppFactory>
{
    // Test data: neutral news prose, not extremist text.
    private const string NewsText = "The city council approved a plan on Tuesday to extend the tram line to the northern suburbs, a project that officials say will cut commuting times by a third for thousands of residents.";

    [Fact]
    public async Task SubmitImage_MatchingBank_StoresMatchWithEvidenceAndOpensCase()
    {
        var (bank, image) = await factory.BankWithImageAsync();

        var item = await factory.SubmitImageAsync(TestImages.Reencode(image, 70), factory.Unique("post"));

        var match = Assert.Single(item.GetProperty("matches").EnumerateArray(), m => m.GetProperty("signal").GetString() == "pdq");
        Assert.Equal(bank, match.GetProperty("bank").GetString());
        Assert.Equal("known-1", match.GetProperty("entry").GetString());
        Assert.Equal("pdq", match.GetProperty("detector").GetString());
        Assert.False(string.IsNullOrEmpty(match.GetProperty("detectorVersion").GetString()));
        Assert.Equal(31, match.GetProperty("threshold").GetDouble());
        Assert.InRange(match.GetProperty("distance").GetInt32(), 0, 31);
        Assert.InRange(match.GetProperty("score").GetDouble(), 0.87, 1.0);
        Assert.Contains("glorification", match.GetProperty("labels").EnumerateArray().Select(l => l.GetString()));
        Assert.Equal("case", match.GetProperty("policyAction").GetString());
        Assert.True(item.TryGetProperty("caseId", out var caseId) && caseId.ValueKind == JsonValueKind.Number);
        Assert.Equal("live", item.GetProperty("state").GetString());
        Assert.Equal("AR", item.GetProperty("language").GetString());
        Assert.True(item.GetProperty("file").GetProperty("mediaStored").GetBoolean());
        Assert.Matches("^[A-Za-z0-9_-]+$", item.GetProperty("puid").GetString()!);
    }

    [Fact]
    public async Task SubmitText_NoMatch_StoredWithoutCase()
    {
        var response = await factory.ClientFor("integration").PostJsonAsync("/v1/items", new
        {
            id = factory.Unique("text"), type = "text", language = "en", text = "An unrelated post about the weather this weekend, used as test data.",
            uploader = new { @ref = "acct-7", accountType = "private" }, context = new { accountKind = "news_outlet", caption = "weekend" },
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var item = await response.JsonAsync();
        Assert.Empty(item.GetProperty("matches").EnumerateArray());
        Assert.False(item.TryGetProperty("caseId", out _));
        Assert.Equal("news_outlet", item.GetProperty("context").GetProperty("accountKind").GetString());
        Assert.Equal("acct-7", item.GetProperty("uploader").GetProperty("ref").GetString());
    }

    [Fact]
    public async Task SubmitText_MatchingTextEntry_RecordsSimilarityAndSpan()
    {
        var admin = factory.ClientFor("admin");
        string bank = factory.Unique("textbank");
        await admin.PostJsonAsync("/v1/banks", new { name = bank });
        (await admin.PostJsonAsync($"/v1/banks/{bank}/entries", new { id = "t1", text = NewsText, labels = new[] { "test-data" } })).EnsureSuccessStatusCode();

        var item = await (await factory.ClientFor("integration").PostJsonAsync("/v1/items", new
        {
            id = factory.Unique("text"), type = "text", language = "en", text = "Breaking: " + NewsText + " More at six.",
        })).JsonAsync();

        var match = Assert.Single(item.GetProperty("matches").EnumerateArray());
        Assert.Equal("text-minhash", match.GetProperty("detector").GetString());
        Assert.True(match.GetProperty("containment").GetDouble() >= 0.7);
        Assert.Equal(2, match.GetProperty("span").GetArrayLength());
    }

    [Fact]
    public async Task Submit_SameIdSameContent_ReturnsSameItem()
    {
        string id = factory.Unique("retry");
        var body = new { id, type = "text", text = "Test data: a retried submission.", language = "en" };
        var client = factory.ClientFor("integration");

        var first = await client.PostJsonAsync("/v1/items", body);
        var second = await client.PostJsonAsync("/v1/items", body);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal((await first.JsonAsync()).GetProperty("id").GetInt64(), (await second.JsonAsync()).GetProperty("id").GetInt64());
    }

    [Fact]
    public async Task Submit_SameIdOtherContent_Returns409AndKeepsFirst()
    {
        string id = factory.Unique("conflict");
        var client = factory.ClientFor("integration");
        var first = await (await client.PostJsonAsync("/v1/items", new { id, type = "text", text = "Test data: the first version." })).JsonAsync();

        var second = await client.PostJsonAsync("/v1/items", new { id, type = "text", text = "Test data: a different version." });

        var problem = await ProblemAssert.IsProblemAsync(second, HttpStatusCode.Conflict, "conflict");
        Assert.Contains(id, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var stored = await (await client.GetPathAsync($"/v1/items/{first.GetProperty("id").GetInt64()}")).JsonAsync();
        Assert.Equal("Test data: the first version.", stored.GetProperty("text").GetString());
    }

    [Theory]
    [InlineData("""{"type": "text", "text": "x"}""", "id")]
    [InlineData("""{"id": "a", "text": "x"}""", "type")]
    [InlineData("""{"id": "a", "type": "meme", "text": "x"}""", "type")]
    [InlineData("""{"id": "a", "type": "text"}""", "text, a file or a url")]
    [InlineData("""{"id": "a", "type": "text", "text": "x", "language": "arabic"}""", "language")]
    [InlineData("""{"id": "a", "type": "text", "text": "x", "visibility": "everyone"}""", "visibility")]
    [InlineData("""{"id": "a", "type": "text", "url": "ftp://x.example/"}""", "url")]
    [InlineData("""{"id": "a", "type": "text", "text": "x", "uploader": {"accountType": "robot"}}""", "accountType")]
    [InlineData("""{"id": "a", "type": "text", "text": "x", "postedAt": "2999-01-01T00:00:00Z"}""", "postedAt")]
    [InlineData("""{"id": "a b", "type": "text", "text": "x"}""", "id")]
    [InlineData("""[1, 2]""", "shape")]
    public async Task Submit_BadInput_Returns400Problem(string json, string mentions)
    {
        var response = await factory.ClientFor("integration").PostRawJsonAsync("/v1/items", json);

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "invalid_request");
        Assert.Contains(mentions, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetItem_OfAnotherOrganisationOrUnknown_Returns404()
    {
        var response = await factory.ClientFor("integration").GetPathAsync("/v1/items/999999");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound, "not_found");
    }

    [Fact]
    public async Task GetMedia_StoredImage_ReturnsBytesToReviewers()
    {
        var (_, image) = await factory.BankWithImageAsync(seed: 11);
        var item = await factory.SubmitImageAsync(image, factory.Unique("media"));

        var response = await factory.ClientFor("moderator").GetPathAsync($"/v1/items/{item.GetProperty("id").GetInt64()}/media");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(image, await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
    }
}
