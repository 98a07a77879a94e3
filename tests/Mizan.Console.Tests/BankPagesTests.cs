using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Mizan.Data.Audit;
using Mizan.Data.Keys;
using Mizan.Server.Tests;
using Mizan.Tests.Shared;

namespace Mizan.Console.Tests;

/// <summary>
/// The bank pages on the real app: entries added by upload match a scan, retraction needs a reason, search by hash and
/// through the text matcher, and an integration user reads but never writes.
/// </summary>
public sealed class BankPagesTests(ConsoleAppFactory factory) : IClassFixture<ConsoleAppFactory>
{
    [Fact]
    public async Task Upload_AddsAnImageAndATextEntry_ThatThenMatchAScan()
    {
        string bank = await BankAsync("upload");
        var user = factory.User("upload-mod", Roles.Moderator);
        using var client = await factory.SignedInAsync("upload-mod", Roles.Moderator);
        byte[] image = TestImages.Jpeg(200, 200, 41);
        string token = ConsoleClient.Token(await client.PageAsync($"/banks/{bank}"));

        var added = await PostMultipartAsync(client, $"/banks/{bank}?handler=Add", token, image, ("id", "console-image"), ("labels", "test-data, news"));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        string page = await client.PageAsync($"/banks/{bank}");
        Assert.Contains("Entry console-image added (3 signals).", page, StringComparison.Ordinal);
        Assert.Contains("data-entry=\"console-image\"", page, StringComparison.Ordinal);

        string known = TestTexts.Read("news-en-1.txt");
        var text = await PostMultipartAsync(client, $"/banks/{bank}?handler=Add", token, null, ("text", known), ("labels", "test-data"));
        Assert.Equal(HttpStatusCode.Redirect, text.StatusCode);
        Assert.Contains("(1 signals).", await client.PageAsync($"/banks/{bank}"), StringComparison.Ordinal);

        var api = factory.ClientFor(Roles.Integration);
        var scanned = await (await api.PostFileAsync("/v1/scan", TestImages.Reencode(image, 70), "image/jpeg")).JsonAsync();
        var matches = scanned.GetProperty("matches").EnumerateArray().Where(m => m.GetProperty("bank").GetString() == bank).ToList();
        Assert.Contains(matches, m => m.GetProperty("entry").GetString() == "console-image" && m.GetProperty("signal").GetString() == "pdq");
        var textScan = await api.ScanAsync(new { text = "Test data follows. " + known + " End of test data." });
        var textMatch = Assert.Single(textScan.GetProperty("matches").EnumerateArray(), m => m.GetProperty("bank").GetString() == bank);
        Assert.StartsWith("text-", textMatch.GetProperty("entry").GetString(), StringComparison.Ordinal);

        var events = await factory.WithAsync(sp => sp.GetRequiredService<AuditReader>().ListAsync(
            new AuditQuery(SubjectType: "bank", SubjectId: bank, Action: "bank.entries_added", Limit: 10), CancellationToken.None));
        Assert.Equal(2, events.Count);
        Assert.All(events, e => Assert.Equal($"user:{user.Id}:upload-mod", e.ActorName));
    }

    [Fact]
    public async Task Upload_WithNeitherFileNorText_IsRefusedWithAMessage_AndStoresNothing()
    {
        string bank = await BankAsync("empty");
        using var client = await factory.SignedInAsync("empty-admin", Roles.Admin);
        string token = ConsoleClient.Token(await client.PageAsync($"/banks/{bank}"));

        var response = await PostMultipartAsync(client, $"/banks/{bank}?handler=Add", token, null, ("id", "nothing"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        string page = await client.PageAsync($"/banks/{bank}");
        Assert.Contains("class=\"message error\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("data-entry=\"nothing\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Retract_WithoutAReason_IsRefused_WithAReason_RetractsAndShowsIt()
    {
        string bank = await BankAsync("retract");
        string md5 = "0123456789abcdef0123456789abcdef";
        var admin = factory.ClientFor(Roles.Admin);
        (await admin.PostJsonAsync($"/v1/banks/{bank}/entries", new { id = "to-retract", md5, labels = new[] { "test-data" } })).EnsureSuccessStatusCode();
        using var client = await factory.SignedInAsync("retract-mod", Roles.Moderator);
        string token = ConsoleClient.Token(await client.PageAsync($"/banks/{bank}"));

        var refused = await client.PostAsync($"/banks/{bank}?handler=Retract", token, ("entry", "to-retract"), ("reason", "  "));
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        string page = await client.PageAsync($"/banks/{bank}");
        Assert.Contains("A retraction needs a reason", page, StringComparison.Ordinal);
        Assert.Single(await MatchesAsync(bank, new { md5 }));

        var retracted = await client.PostAsync($"/banks/{bank}?handler=Retract", token, ("entry", "to-retract"), ("reason", "مصدر خاطئ (test data)"));
        Assert.Equal(HttpStatusCode.Redirect, retracted.StatusCode);
        page = await client.PageAsync($"/banks/{bank}");
        Assert.Contains("Entry to-retract retracted (1 signals)", page, StringComparison.Ordinal);
        Assert.Contains("<small dir=\"auto\" class=\"retracted-reason\">مصدر خاطئ (test data)</small>", page, StringComparison.Ordinal);
        Assert.Empty(await MatchesAsync(bank, new { md5 }));

        string found = await client.PageAsync($"/banks?signal=md5&hash={md5.ToUpperInvariant()}");
        Assert.Contains("مصدر خاطئ (test data)", Section(found, "found-exact"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_FindsByExactHash_ByNearPdq_AndByText_WithTheMatchedSpan()
    {
        string bank = await BankAsync("search");
        var admin = factory.ClientFor(Roles.Admin);
        byte[] image = TestImages.Jpeg(256, 256, 42);
        (await admin.PostFileAsync($"/v1/banks/{bank}/entries", image, "image/jpeg", new Dictionary<string, string> { ["id"] = "known-image" })).EnsureSuccessStatusCode();
        string known = TestTexts.Read("news-ar-2.txt");
        (await admin.PostJsonAsync($"/v1/banks/{bank}/entries", new { id = "known-text", text = known })).EnsureSuccessStatusCode();
        var hashes = await (await admin.PostFileAsync("/v1/scan", image, "image/jpeg")).JsonAsync();
        string sha256 = hashes.GetProperty("sha256").GetString()!;
        string pdq = hashes.GetProperty("pdq").GetString()!;
        using var client = await factory.SignedInAsync("search-auditor", Roles.Auditor);

        string bySha = Section(await client.PageAsync($"/banks?signal=sha256&hash={sha256}"), "found-exact");
        Assert.Contains($"href=\"/banks/{bank}\"", bySha, StringComparison.Ordinal);
        Assert.Contains("<bdi>known-image</bdi>", bySha, StringComparison.Ordinal);

        string near = await client.PageAsync($"/banks/{bank}?signal=pdq&hash={ApiClientExtensions.FlipBits(pdq, 6)}");
        Assert.Contains("Nothing found.", Section(near, "found-exact"), StringComparison.Ordinal);
        Assert.Contains("distance 6 (threshold 31)", Section(near, "found-matches"), StringComparison.Ordinal);
        Assert.Contains("<bdi>known-image</bdi>", Section(near, "found-matches"), StringComparison.Ordinal);

        string token = ConsoleClient.Token(await client.PageAsync($"/banks/{bank}"));
        string pasted = "خبر عاجل (test data): " + known + " المزيد لاحقًا.";
        var searched = await client.PostAsync($"/banks/{bank}?handler=Search", token, ("text", pasted));
        string html = await searched.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, searched.StatusCode);
        string matches = Section(html, "found-matches");
        Assert.Contains("<bdi>known-text</bdi>", matches, StringComparison.Ordinal);
        Assert.Matches(@"containment (1|0\.9\d*)<", matches);
        Assert.Contains("<div class=\"content\" dir=\"auto\" id=\"search-highlight\">خبر عاجل (test data): <mark>", html, StringComparison.Ordinal);

        var other = await client.PostAsync($"/banks/{bank}?handler=Search", token, ("text", TestTexts.Read("news-en-1.txt")));
        Assert.Contains("Nothing found.", Section(await other.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), "found-matches"), StringComparison.Ordinal);

        string malformed = await client.PageAsync($"/banks?signal=pdq&hash=not-hex");
        Assert.Contains("id=\"error\"", malformed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IntegrationUser_BrowsesAndSearchesBanks_ButCannotAddOrRetract()
    {
        string bank = await BankAsync("integration");
        var admin = factory.ClientFor(Roles.Admin);
        (await admin.PostJsonAsync($"/v1/banks/{bank}/entries", new { id = "kept", md5 = "fedcba9876543210fedcba9876543210" })).EnsureSuccessStatusCode();
        using var client = await factory.SignedInAsync("banks-integration", Roles.Integration);

        string page = await client.PageAsync($"/banks/{bank}");
        Assert.Contains("data-entry=\"kept\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"add-entry\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("handler=Retract", page, StringComparison.Ordinal);
        Assert.Contains("<bdi>kept</bdi>", Section(await client.PageAsync($"/banks?signal=md5&hash=fedcba9876543210fedcba9876543210"), "found-exact"), StringComparison.Ordinal);

        string token = ConsoleClient.Token(page);
        var add = await PostMultipartAsync(client, $"/banks/{bank}?handler=Add", token, null, ("text", TestTexts.Read("news-en-1.txt")));
        var retract = await client.PostAsync($"/banks/{bank}?handler=Retract", token, ("entry", "kept"), ("reason", "test data"));
        Assert.Equal(HttpStatusCode.Forbidden, add.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, retract.StatusCode);
        Assert.Single(await MatchesAsync(bank, new { md5 = "fedcba9876543210fedcba9876543210" }));
        var entries = await (await admin.GetAsync($"/v1/banks/{bank}/entries", TestContext.Current.CancellationToken)).JsonAsync();
        Assert.Single(entries.GetProperty("items").EnumerateArray());
    }

    /// <summary>A new bank made through the API (test data).</summary>
    private async Task<string> BankAsync(string prefix)
    {
        string bank = "bp-" + prefix;
        (await factory.ClientFor(Roles.Admin).PostJsonAsync("/v1/banks", new { name = bank, description = "test data", autoAction = false })).EnsureSuccessStatusCode();
        return bank;
    }

    /// <summary>The matches of <paramref name="bank"/> for a scan through the API.</summary>
    private async Task<List<JsonElement>> MatchesAsync(string bank, object scan) =>
        (await factory.ClientFor(Roles.Integration).ScanAsync(scan)).GetProperty("matches").EnumerateArray()
            .Where(m => m.GetProperty("bank").GetString() == bank).ToList();

    /// <summary>The HTML of the element with <paramref name="id"/> up to its closing table tag.</summary>
    internal static string Section(string html, string id)
    {
        int start = html.IndexOf($"id=\"{id}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no #{id} in the page");
        int end = html.IndexOf("</table>", start, StringComparison.Ordinal);
        return html[start..end];
    }

    /// <summary>Posts a multipart form (an optional file part "file") with the antiforgery token.</summary>
    internal static Task<HttpResponseMessage> PostMultipartAsync(
        ConsoleClient client, string path, string token, byte[]? file, params (string Name, string Value)[] fields)
    {
        var form = new MultipartFormDataContent();
        if (file is not null)
        {
            var part = new ByteArrayContent(file);
            part.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
            form.Add(part, "file", "upload.jpg");
        }

        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }

        form.Add(new StringContent(token), "__RequestVerificationToken");
        return client.Http.PostAsync(path, form, TestContext.Current.CancellationToken);
    }
}
