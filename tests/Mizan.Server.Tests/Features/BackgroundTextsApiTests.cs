using System.Net;
using Mizan.Tests.Shared;

namespace Mizan.Server.Tests.Features;

public sealed class BackgroundTextsApiTests(MizanAppFactory factory) : IClassFixture<MizanAppFactory>
{
    [Fact]
    public async Task AddBackgroundText_QuotedInsideKnownItem_SharedQuotationAloneNoLongerMatches()
    {
        var admin = factory.ClientFor("admin");
        string anthem = TestTexts.Read("news-ar-2.txt");
        string prose = string.Join(' ', TestTexts.Read("news-ar-1.txt").Split(' ').Take(45));
        await admin.PostJsonAsync("/v1/banks", new { name = "background-test" });
        await admin.PostJsonAsync("/v1/banks/background-test/entries", new { id = "k", text = anthem + " " + prose });
        string innocent = anthem + " " + string.Join(' ', TestTexts.Read("news-en-1.txt").Split(' ').Take(20));
        var before = await admin.ScanAsync(new { text = innocent });

        var added = await admin.PostJsonAsync("/v1/background-texts", new { name = "widely quoted text (test data)", text = anthem });
        var after = await admin.ScanAsync(new { text = innocent });
        var repost = await admin.ScanAsync(new { text = prose });
        var list = await (await admin.GetPathAsync("/v1/background-texts")).JsonAsync();

        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        Assert.Contains(before.GetProperty("matches").EnumerateArray(), m => m.GetProperty("bank").GetString() == "background-test");
        Assert.DoesNotContain(after.GetProperty("matches").EnumerateArray(), m => m.GetProperty("bank").GetString() == "background-test");
        Assert.Contains(repost.GetProperty("matches").EnumerateArray(), m => m.GetProperty("bank").GetString() == "background-test");
        Assert.Single(list.GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task AddBackgroundText_NonAdmin_Returns403()
    {
        var response = await factory.ClientFor("moderator").PostJsonAsync("/v1/background-texts", new { name = "x", text = "y" });

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Forbidden, "forbidden");
    }

    [Fact]
    public async Task AddBackgroundText_Empty_Returns400()
    {
        var response = await factory.ClientFor("admin").PostJsonAsync("/v1/background-texts", new { name = "x", text = "" });

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "invalid_request");
    }
}
