using System.Net;
using Mizan.Tests.Shared;

namespace Mizan.Server.Tests.Features;

public sealed class TextAndUrlScanTests(MizanAppFactory factory) : IClassFixture<MizanAppFactory>
{
    private const char Fatha = '\u064E';
    private const char Tatweel = '\u0640';
    private const char ZeroWidthNonJoiner = '\u200C';

    [Fact]
    public async Task ScanText_ExactAndEvadedCopies_MatchWithChannelAndSpan()
    {
        var admin = factory.ClientFor("admin");
        string known = TestTexts.Read("news-ar-1.txt");
        await admin.PostJsonAsync("/v1/banks", new { name = "text-test" });
        var added = await admin.PostJsonAsync("/v1/banks/text-test/entries", new { id = "t1", text = known, labels = new[] { "test-data" } });
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);

        var exact = await admin.ScanAsync(new { text = known });
        var evaded = await admin.ScanAsync(new { text = TestTexts.Sprinkle(TestTexts.Sprinkle(known, Fatha, 3), Tatweel, 7) });
        var invisible = await admin.ScanAsync(new { text = TestTexts.Sprinkle(known, ZeroWidthNonJoiner, 2) });

        var hit = Assert.Single(exact.GetProperty("matches").EnumerateArray(), InBank("text-test"));
        Assert.Equal(("t1", "text"), (hit.GetProperty("entry").GetString(), hit.GetProperty("signal").GetString()));
        Assert.Equal(1.0, hit.GetProperty("similarity").GetDouble(), 3);
        Assert.Equal(1.0, hit.GetProperty("containment").GetDouble(), 3);
        Assert.False(hit.TryGetProperty("distance", out _));
        var span = hit.GetProperty("span");
        Assert.InRange(span[0].GetInt32(), 0, 10);
        Assert.InRange(span[1].GetInt32(), known.Length - 10, known.Length);
        Assert.Equal("t1", Assert.Single(evaded.GetProperty("matches").EnumerateArray(), InBank("text-test")).GetProperty("entry").GetString());
        Assert.Equal("t1", Assert.Single(invisible.GetProperty("matches").EnumerateArray(), InBank("text-test")).GetProperty("entry").GetString());
    }

    private static Predicate<System.Text.Json.JsonElement> InBank(string bank) =>
        m => m.GetProperty("bank").GetString() == bank;

    [Fact]
    public async Task ScanText_KnownPassageInsideLongerPost_MatchesByContainmentWithItsSpan()
    {
        var admin = factory.ClientFor("admin");
        string known = TestTexts.Read("news-ar-2.txt");
        await admin.PostJsonAsync("/v1/banks", new { name = "passage-test" });
        await admin.PostJsonAsync("/v1/banks/passage-test/entries", new { id = "p1", text = known });
        string before = TestTexts.Read("news-ar-1.txt") + " " + TestTexts.Read("news-en-1.txt") + " ";
        string post = before + known + " " + TestTexts.Read("news-en-1.txt");

        var result = await admin.ScanAsync(new { text = post });

        var hit = Assert.Single(result.GetProperty("matches").EnumerateArray(), m => m.GetProperty("bank").GetString() == "passage-test");
        Assert.True(hit.GetProperty("containment").GetDouble() >= 0.9);
        Assert.True(hit.GetProperty("similarity").GetDouble() < 0.5);
        var span = hit.GetProperty("span");
        Assert.InRange(span[0].GetInt32(), before.Length - 40, before.Length + 40);
        Assert.InRange(span[1].GetInt32(), before.Length + known.Length - 40, before.Length + known.Length + 40);
    }

    [Fact]
    public async Task ScanText_UnrelatedText_DoesNotMatch()
    {
        var admin = factory.ClientFor("admin");
        await admin.PostJsonAsync("/v1/banks", new { name = "unrelated-test" });
        await admin.PostJsonAsync("/v1/banks/unrelated-test/entries", new { id = "u1", text = TestTexts.Read("news-ar-1.txt") });

        var result = await admin.ScanAsync(new { text = TestTexts.Read("news-ar-2.txt") });

        Assert.DoesNotContain(result.GetProperty("matches").EnumerateArray(), m => m.GetProperty("bank").GetString() == "unrelated-test");
    }

    [Fact]
    public async Task ScanText_BankThresholds_AreAppliedPerBank()
    {
        var admin = factory.ClientFor("admin");
        string known = TestTexts.Read("news-en-1.txt");
        await admin.PostJsonAsync("/v1/banks", new { name = "strict-test", textMinSimilarity = 0.99, textMinContainment = 0.99 });
        await admin.PostJsonAsync("/v1/banks", new { name = "lenient-test" });
        await admin.PostJsonAsync("/v1/banks/strict-test/entries", new { id = "s", text = known });
        await admin.PostJsonAsync("/v1/banks/lenient-test/entries", new { id = "l", text = known });
        string[] words = known.Split(' ');
        for (int i = 0; i < words.Length; i += 12)
        {
            words[i] = "replaced";
        }

        var result = await admin.ScanAsync(new { text = string.Join(' ', words) });

        var banks = result.GetProperty("matches").EnumerateArray().Select(m => m.GetProperty("bank").GetString()).ToList();
        Assert.Contains("lenient-test", banks);
        Assert.DoesNotContain("strict-test", banks);
        var strict = await (await admin.GetPathAsync("/v1/banks/strict-test")).JsonAsync();
        Assert.Equal(0.99, strict.GetProperty("textMinSimilarity").GetDouble());
    }

    [Fact]
    public async Task ScanText_TooShort_IsNotMatchedAndSaysSo()
    {
        var result = await factory.ClientFor("admin").ScanAsync(new { text = "short note" });

        Assert.Empty(result.GetProperty("matches").EnumerateArray());
        Assert.Contains(result.GetProperty("notes").EnumerateArray(), n => n.GetString()!.Contains("not matched", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("https://media.example.org/a/b?utm_source=x", "exact", "https://media.example.org/a/b", true)]
    [InlineData("HTTP://MEDIA.EXAMPLE.ORG:80/a/b/", "exact", "https://media.example.org/a/b", true)]
    [InlineData("https://media.example.org/a/c", "exact", "https://media.example.org/a/b", false)]
    [InlineData("https://cdn.outlet.example/x/y", "domain", "outlet.example", true)]
    [InlineData("https://notoutlet.example/x", "domain", "outlet.example", false)]
    [InlineData("https://host.example/channel/clips/1", "path_prefix", "https://host.example/channel", true)]
    [InlineData("https://host.example/channel2", "path_prefix", "https://host.example/channel", false)]
    public async Task ScanUrl_ByScope_MatchesAsTheEntrySays(string query, string scope, string entry, bool matches)
    {
        var admin = factory.ClientFor("admin");
        string bank = "url-" + Guid.NewGuid().ToString("N")[..8];
        await admin.PostJsonAsync("/v1/banks", new { name = bank });
        var added = await admin.PostJsonAsync($"/v1/banks/{bank}/entries", new { id = "u", url = entry, scope });
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);

        var result = await admin.ScanAsync(new { url = query });

        var hits = result.GetProperty("matches").EnumerateArray().Where(m => m.GetProperty("bank").GetString() == bank).ToList();
        Assert.Equal(matches, hits.Count == 1);
        if (matches)
        {
            Assert.Equal(scope, hits[0].GetProperty("scope").GetString());
            Assert.Equal("url", hits[0].GetProperty("signal").GetString());
        }
    }

    [Theory]
    [InlineData("""{"url": "ftp://example.org/x"}""")]
    [InlineData("""{"url": "https://"}""")]
    [InlineData("""{"url": 5}""")]
    [InlineData("""{"text": ""}""")]
    public async Task Scan_BadTextOrUrl_Returns400Problem(string json)
    {
        var response = await factory.ClientFor("admin").PostRawJsonAsync("/v1/scan", json);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "invalid_request");
    }

    [Fact]
    public async Task AddEntry_ScopeWithoutUrl_Returns400Problem()
    {
        var admin = factory.ClientFor("admin");
        await admin.PostJsonAsync("/v1/banks", new { name = "scope-test" });

        var response = await admin.PostRawJsonAsync("/v1/banks/scope-test/entries", """{"id": "x", "md5": "00000000000000000000000000000000", "scope": "domain"}""");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "invalid_request");
    }
}
