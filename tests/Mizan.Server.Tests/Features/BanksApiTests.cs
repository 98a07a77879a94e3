using System.Net;

namespace Mizan.Server.Tests.Features;

public sealed class BanksApiTests(MizanAppFactory factory) : IClassFixture<MizanAppFactory>
{
    private const string Pdq = "f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22";

    [Fact]
    public async Task CreateBank_NewName_Returns201AndIsListed()
    {
        var admin = factory.ClientFor("admin");

        var created = await admin.PostJsonAsync("/v1/banks", new { name = "create-test", description = "test data", autoAction = true });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("/v1/banks/create-test", created.Headers.Location?.OriginalString);
        var bank = await (await admin.GetPathAsync("/v1/banks/create-test")).JsonAsync();
        Assert.True(bank.GetProperty("autoAction").GetBoolean());
        Assert.Equal("test data", bank.GetProperty("description").GetString());
        var list = await (await admin.GetPathAsync("/v1/banks")).JsonAsync();
        Assert.Contains(list.GetProperty("items").EnumerateArray(), b => b.GetProperty("name").GetString() == "create-test");
    }

    [Fact]
    public async Task CreateBank_ExistingName_Returns409Problem()
    {
        var admin = factory.ClientFor("admin");
        await admin.PostJsonAsync("/v1/banks", new { name = "dup-test" });

        var again = await admin.PostJsonAsync("/v1/banks", new { name = "dup-test" });

        await ProblemAssert.IsProblemAsync(again, HttpStatusCode.Conflict, "conflict");
    }

    [Theory]
    [InlineData("")]
    [InlineData("has space")]
    [InlineData("../etc")]
    public async Task CreateBank_InvalidName_Returns400Problem(string name)
    {
        var response = await factory.ClientFor("admin").PostJsonAsync("/v1/banks", new { name });

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "invalid_request");
    }

    [Fact]
    public async Task GetBank_Unknown_Returns404Problem()
    {
        var response = await factory.ClientFor("admin").GetPathAsync("/v1/banks/no-such-bank");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound, "not_found");
    }

    [Fact]
    public async Task AddEntry_SameValueTwice_SecondIsUnchanged_DifferentValueIsConflict()
    {
        var admin = factory.ClientFor("admin");
        await admin.PostJsonAsync("/v1/banks", new { name = "idem-test" });

        var first = await admin.PostJsonAsync("/v1/banks/idem-test/entries", new { id = "e1", pdq = Pdq, labels = new[] { "test-data" } });
        var second = await admin.PostJsonAsync("/v1/banks/idem-test/entries", new { id = "e1", pdq = Pdq });
        var conflicting = await admin.PostJsonAsync("/v1/banks/idem-test/entries", new { id = "e1", pdq = ApiClientExtensions.FlipBits(Pdq, 3) });

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(1, (await second.JsonAsync()).GetProperty("unchanged").GetInt32());
        await ProblemAssert.IsProblemAsync(conflicting, HttpStatusCode.Conflict, "conflict");
        var bank = await (await admin.GetPathAsync("/v1/banks/idem-test")).JsonAsync();
        Assert.Equal(1, bank.GetProperty("entries").GetInt32());
    }

    [Fact]
    public async Task ListEntries_CursorPages_VisitEveryEntryOnce()
    {
        var admin = factory.ClientFor("admin");
        await admin.PostJsonAsync("/v1/banks", new { name = "page-test" });
        var batch = Enumerable.Range(0, 7).Select(i => new { id = $"p{i}", md5 = i.ToString("x32", System.Globalization.CultureInfo.InvariantCulture) }).ToArray();
        var added = await (await admin.PostJsonAsync("/v1/banks/page-test/entries", batch)).JsonAsync();
        Assert.Equal(7, added.GetProperty("results").GetArrayLength());

        var seen = new List<string>();
        string? cursor = null;
        int pages = 0;
        do
        {
            var page = await (await admin.GetPathAsync($"/v1/banks/page-test/entries?limit=3{(cursor is null ? "" : "&cursor=" + cursor)}")).JsonAsync();
            seen.AddRange(page.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("id").GetString()!));
            cursor = page.TryGetProperty("nextCursor", out var next) ? next.GetString() : null;
            pages++;
        }
        while (cursor is not null);

        Assert.Equal(Enumerable.Range(0, 7).Select(i => $"p{i}"), seen);
        Assert.Equal(3, pages);
    }

    [Fact]
    public async Task ListEntries_GarbledCursor_Returns400Problem()
    {
        var admin = factory.ClientFor("admin");
        await admin.PostJsonAsync("/v1/banks", new { name = "cursor-test" });

        var response = await admin.GetPathAsync("/v1/banks/cursor-test/entries?cursor=%%%");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "invalid_request");
    }

    [Fact]
    public async Task Retract_Entry_StopsMatchingAndKeepsReason()
    {
        var admin = factory.ClientFor("admin");
        await admin.PostJsonAsync("/v1/banks", new { name = "retract-test" });
        string pdq = ApiClientExtensions.FlipBits(Pdq, 100);
        await admin.PostJsonAsync("/v1/banks/retract-test/entries", new { id = "r1", pdq });
        Assert.Single((await admin.ScanAsync(new { pdq })).GetProperty("matches").EnumerateArray());

        var retract = await admin.PostJsonAsync("/v1/banks/retract-test/entries/r1/retract", new { reason = "overturned on appeal (test)" });

        Assert.Equal(1, (await retract.JsonAsync()).GetProperty("retracted").GetInt32());
        Assert.Empty((await admin.ScanAsync(new { pdq })).GetProperty("matches").EnumerateArray());
        var entries = await (await admin.GetPathAsync("/v1/banks/retract-test/entries")).JsonAsync();
        var entry = Assert.Single(entries.GetProperty("items").EnumerateArray());
        Assert.True(entry.GetProperty("retracted").GetBoolean());
        Assert.Equal("overturned on appeal (test)", entry.GetProperty("retractedReason").GetString());
    }

    [Fact]
    public async Task Retract_WithoutReason_Returns400Problem()
    {
        var admin = factory.ClientFor("admin");
        await admin.PostJsonAsync("/v1/banks", new { name = "reason-test" });
        await admin.PostJsonAsync("/v1/banks/reason-test/entries", new { id = "x", md5 = new string('a', 32) });

        var response = await admin.PostJsonAsync("/v1/banks/reason-test/entries/x/retract", new { reason = "" });

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "invalid_request");
    }

    [Fact]
    public async Task UpdateBank_DisableThenEnable_StopsAndRestoresMatching()
    {
        var admin = factory.ClientFor("admin");
        await (await admin.PostJsonAsync("/v1/banks", new { name = "toggle-test" })).JsonAsync();
        await (await admin.PostJsonAsync("/v1/banks/toggle-test/entries", new { id = "t1", sha256 = new string('7', 64) })).JsonAsync();

        var off = await (await PatchAsync(admin, "/v1/banks/toggle-test", """{"enabled": false}""")).JsonAsync();
        var whileOff = await admin.ScanAsync(new { sha256 = new string('7', 64) });
        var on = await (await PatchAsync(admin, "/v1/banks/toggle-test", """{"enabled": true}""")).JsonAsync();
        var whileOn = await admin.ScanAsync(new { sha256 = new string('7', 64) });

        Assert.False(off.GetProperty("enabled").GetBoolean());
        Assert.DoesNotContain(whileOff.GetProperty("matches").EnumerateArray(), m => m.GetProperty("bank").GetString() == "toggle-test");
        Assert.True(on.GetProperty("enabled").GetBoolean());
        Assert.Contains(whileOn.GetProperty("matches").EnumerateArray(), m => m.GetProperty("bank").GetString() == "toggle-test");
    }

    [Theory]
    [InlineData("/v1/banks/no-such-bank", """{"enabled": false}""", HttpStatusCode.NotFound, "not_found")]
    [InlineData("/v1/banks/toggle-bad", """{"textMinSimilarity": 2}""", HttpStatusCode.BadRequest, "invalid_request")]
    [InlineData("/v1/banks/toggle-bad", """{"enabled": "yes"}""", HttpStatusCode.BadRequest, "invalid_request")]
    public async Task UpdateBank_BadInput_ReturnsProblem(string path, string json, HttpStatusCode status, string code)
    {
        var admin = factory.ClientFor("admin");
        await admin.PostJsonAsync("/v1/banks", new { name = "toggle-bad" });

        await ProblemAssert.IsProblemAsync(await PatchAsync(admin, path, json), status, code);
    }

    private static Task<HttpResponseMessage> PatchAsync(HttpClient client, string path, string json) =>
        client.SendAsync(
            new HttpRequestMessage(HttpMethod.Patch, path) { Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json") },
            TestContext.Current.CancellationToken);
}
