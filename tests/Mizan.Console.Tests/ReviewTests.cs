using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Mizan.Data.Audit;
using Mizan.Data.Keys;
using Mizan.Server.Tests;

namespace Mizan.Console.Tests;

/// <summary>The review flow through the console's pages on the real app: queue, claim, evidence, preview, decide, appeal.</summary>
public sealed class ReviewTests(ConsoleAppFactory factory) : IClassFixture<ConsoleAppFactory>
{
    [Fact]
    public async Task Moderator_ClaimsFromTheQueue_SeesEvidence_PreviewsAndDecides_AuditedAsThePerson()
    {
        var seeded = await ModerationSeed.SeedAsync(factory, "decide", 11);
        var user = factory.User("amira", Roles.Moderator);
        using var client = await factory.SignedInAsync("amira", Roles.Moderator);

        string queue = await client.PageAsync("/queue?bank=" + seeded.Bank);
        Assert.Contains($"href=\"/cases/{seeded.ImageCaseId}\"", queue, StringComparison.Ordinal);
        var claim = await client.PostAsync("/queue?handler=Claim", ConsoleClient.Token(queue), ("id", seeded.ImageCaseId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal($"/cases/{seeded.ImageCaseId}", claim.Headers.Location?.OriginalString);

        string page = await client.PageAsync($"/cases/{seeded.ImageCaseId}");
        Assert.Contains("class=\"media blurred grey\"", page, StringComparison.Ordinal);
        Assert.Contains($"src=\"/console/media/", page, StringComparison.Ordinal);
        Assert.Contains("<div class=\"content\" dir=\"auto\" id=\"caption\">تعليق تجريبي (test data caption)</div>", page, StringComparison.Ordinal);
        Assert.Contains("journalist", page, StringComparison.Ordinal);
        Assert.Matches(new Regex(@"distance \d+ \(threshold 31\)"), page);
        string media = Regex.Match(page, "src=\"(/console/media/\\d+)\"").Groups[1].Value;
        var image = await client.GetAsync(media);
        Assert.Equal("image/jpeg", image.Content.Headers.ContentType?.MediaType);

        string token = ConsoleClient.Token(page);
        (string, string)[] form =
        [
            ("Action", "remove"), ("Ground", "illegal"), ("GroundReference", "Regulation (EU) 2021/784 Art. 2(7)"),
            ("Explanation", "The image matches a verified bank entry (test data)."), ("ExemptionConsidered", "news_reporting"),
            ("PurposeAssessment", "Posted without reporting or commentary (test data)."),
        ];
        var preview = await client.PostAsync($"/cases/{seeded.ImageCaseId}?handler=Preview", token, form);
        string previewed = await preview.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Contains("id=\"statement-preview\" dir=\"auto\" lang=\"ar\"", previewed, StringComparison.Ordinal);
        Assert.Contains("Regulation (EU) 2021/784 Art. 2(7)", previewed, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"decisions\">\n                <li>#", previewed, StringComparison.Ordinal);

        var decided = await client.PostAsync($"/cases/{seeded.ImageCaseId}?handler=Decide", token, form);
        Assert.Equal(HttpStatusCode.Redirect, decided.StatusCode);
        string after = await client.PageAsync($"/cases/{seeded.ImageCaseId}");
        Assert.Contains("id=\"case-status\">decided", after, StringComparison.Ordinal);
        Assert.Contains("<strong>remove</strong> · <bdi>amira</bdi>", after, StringComparison.Ordinal);

        var events = await factory.WithAsync(sp => sp.GetRequiredService<AuditReader>().ListAsync(new AuditQuery(Action: "decision.made", Limit: 1000), CancellationToken.None));
        var made = Assert.Single(events, e => e.After?.GetProperty("caseId").GetInt64() == seeded.ImageCaseId);
        Assert.Equal($"user:{user.Id}:amira", made.ActorName);
        Assert.Equal(Roles.Moderator, made.ActorRole);
    }

    [Fact]
    public async Task TextCase_HighlightsTheMatchedSpan_InItsOwnDirection()
    {
        var seeded = await ModerationSeed.SeedAsync(factory, "span", 12);
        using var client = await factory.SignedInAsync("span-reader", Roles.Auditor);

        string page = await client.PageAsync($"/cases/{seeded.TextCaseId}");

        var text = Regex.Match(page, "<div class=\"content\" dir=\"auto\" id=\"item-text\">(.*?)</div>", RegexOptions.Singleline);
        Assert.True(text.Success);
        Assert.StartsWith("خبر عاجل: <mark>", System.Net.WebUtility.HtmlDecode(text.Groups[1].Value), StringComparison.Ordinal);
        string marked = Regex.Match(System.Net.WebUtility.HtmlDecode(text.Groups[1].Value), "<mark>(.*)</mark>", RegexOptions.Singleline).Groups[1].Value;
        Assert.Contains(seeded.KnownText, marked, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"decision-form\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DisplaySettings_AreHonouredPerReviewer()
    {
        var seeded = await ModerationSeed.SeedAsync(factory, "display", 13);
        using var client = await factory.SignedInAsync("display-mod", Roles.Moderator);
        string token = await client.TokenAsync("/settings");

        await client.PostAsync("/settings", token, ("greyscale", "true"));

        string page = await client.PageAsync($"/cases/{seeded.ImageCaseId}");
        Assert.Contains("class=\"media grey\"", page, StringComparison.Ordinal);
        using var other = await factory.SignedInAsync("display-other", Roles.Moderator);
        Assert.Contains("class=\"media blurred grey\"", await other.PageAsync($"/cases/{seeded.ImageCaseId}"), StringComparison.Ordinal);
        Assert.Contains("class=\"media\"", await other.PageAsync($"/cases/{seeded.ImageCaseId}?reveal=true"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Appeals_NeverShowTheReviewersOwnDecisions_AndAReversalRestoresTheContent()
    {
        var seeded = await ModerationSeed.SeedAsync(factory, "appeal", 14);
        // The same person decided through an API key named like their console account.
        var moderatorKey = factory.CreateClient();
        using (var scope = factory.Services.CreateScope())
        {
            string key = (await scope.ServiceProvider.GetRequiredService<ApiKeyService>()
                .CreateAsync("Samir", Roles.Moderator, 1, AuditActor.System("test"), CancellationToken.None)).Key;
            moderatorKey.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", key);
        }

        (await moderatorKey.PostJsonAsync($"/v1/cases/{seeded.ImageCaseId}/claim", new { })).EnsureSuccessStatusCode();
        var decision = await (await moderatorKey.PostJsonAsync($"/v1/cases/{seeded.ImageCaseId}/decision", new
        {
            action = "remove", ground = "illegal", groundReference = "Regulation (EU) 2021/784 Art. 2(7)", explanation = "test data", exemptionConsidered = "none",
        })).JsonAsync();
        long decisionId = decision.GetProperty("id").GetInt64();
        var complaint = await (await factory.ClientFor(Roles.Integration).PostJsonAsync("/v1/complaints", new
        {
            decisionId, complainant = "content_provider", @ref = "acct-1001", grounds = "منشوري كان تغطية إخبارية (test data).",
        })).JsonAsync();
        long complaintId = complaint.GetProperty("id").GetInt64();

        using var self = await factory.SignedInAsync("samir", Roles.AppealsReviewer);
        Assert.DoesNotContain($"href=\"/appeals/{complaintId}\"", await self.PageAsync("/appeals"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await self.GetAsync($"/appeals/{complaintId}")).StatusCode);

        var reviewer = factory.User("layla", Roles.AppealsReviewer);
        using var client = await factory.SignedInAsync("layla", Roles.AppealsReviewer);
        Assert.Contains($"href=\"/appeals/{complaintId}\"", await client.PageAsync("/appeals"), StringComparison.Ordinal);
        string page = await client.PageAsync($"/appeals/{complaintId}");
        Assert.Contains("<div class=\"content\" dir=\"auto\">منشوري كان تغطية إخبارية (test data).</div>", page, StringComparison.Ordinal);
        var reversed = await client.PostAsync($"/appeals/{complaintId}", ConsoleClient.Token(page), ("outcome", "reversed"), ("reasons", "News reporting is exempt (test data)."));
        Assert.Equal(HttpStatusCode.Redirect, reversed.StatusCode);

        Assert.Contains("id=\"complaint-status\">decided reversed", await client.PageAsync($"/appeals/{complaintId}"), StringComparison.Ordinal);
        var item = await (await factory.ClientFor(Roles.Admin).GetAsync($"/v1/decisions/{decisionId}", TestContext.Current.CancellationToken)).JsonAsync();
        Assert.True(item.TryGetProperty("reversedAt", out var at) && at.ValueKind == System.Text.Json.JsonValueKind.String);
        var events = await factory.WithAsync(sp => sp.GetRequiredService<AuditReader>().ListAsync(new AuditQuery(Action: "decision.reversed", Limit: 1000), CancellationToken.None));
        Assert.Contains(events, e => e.SubjectId == decisionId.ToString(System.Globalization.CultureInfo.InvariantCulture) && e.ActorName == $"user:{reviewer.Id}:layla");
    }

    [Fact]
    public async Task AuditPage_ShowsTheNewestEvents_AndVerifiesTheChain()
    {
        await ModerationSeed.SeedAsync(factory, "audit", 15);
        using var client = await factory.SignedInAsync("audit-reader", Roles.Auditor);

        string page = await client.PageAsync("/audit?verify=true");

        Assert.Contains("id=\"verification\" class=\"valid\"", page, StringComparison.Ordinal);
        Assert.Contains("case.opened", page, StringComparison.Ordinal);
        string filtered = await client.PageAsync("/audit?action=bank.");
        Assert.Contains("audit-bank", filtered, StringComparison.Ordinal);
        Assert.DoesNotContain("case.opened", filtered, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BanksPage_ListsBanksAndTheirEntries()
    {
        var seeded = await ModerationSeed.SeedAsync(factory, "browse", 16);
        using var client = await factory.SignedInAsync("bank-browser", Roles.Integration);

        Assert.Contains($"href=\"/banks/{seeded.Bank}\"", await client.PageAsync("/banks"), StringComparison.Ordinal);
        string entries = await client.PageAsync($"/banks/{seeded.Bank}");
        Assert.Contains("<bdi>known-image</bdi>", entries, StringComparison.Ordinal);
        Assert.Contains("<bdi>known-text</bdi>", entries, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/banks/no-such-bank")).StatusCode);
    }

    [Fact]
    public async Task ArabicInterface_SetsLangAndDirection_ContentKeepsItsOwn()
    {
        var seeded = await ModerationSeed.SeedAsync(factory, "arabic", 17);
        using var client = await factory.SignedInAsync("arabic-mod", Roles.Moderator);
        string token = await client.TokenAsync("/queue");

        var switched = await client.PostAsync("/language", token, ("language", "ar"), ("returnUrl", "/queue"));

        Assert.Equal("/queue", switched.Headers.Location?.OriginalString);
        string page = await client.PageAsync($"/cases/{seeded.TextCaseId}");
        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", page, StringComparison.Ordinal);
        Assert.Contains("قائمة الانتظار", page, StringComparison.Ordinal);
        Assert.Contains("id=\"item-text\"", page, StringComparison.Ordinal);
        using var again = ConsoleClient.For(factory);
        await again.SignInAsync("arabic-mod", ConsoleAppFactory.Password);
        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", await again.PageAsync("/queue"), StringComparison.Ordinal);
    }
}
