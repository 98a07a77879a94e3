using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Mizan.Data.Audit;
using Mizan.Data.Keys;
using Mizan.Data.Legal.Reports;
using Mizan.Server.Tests;

namespace Mizan.Console.Tests;

/// <summary>The transparency report pages on the real app: generated through the report service, stored, audited, shown with charts.</summary>
public sealed partial class ReportPagesTests(ConsoleAppFactory factory) : IClassFixture<ConsoleAppFactory>
{
    [Fact]
    public async Task Auditor_GeneratesAReport_StoredAndAudited_EveryFigureShownWithItsSourceAndCharts()
    {
        var seeded = await ModerationSeed.SeedAsync(factory, "report", 51);
        var moderator = factory.ClientFor(Roles.Moderator);
        (await moderator.PostJsonAsync($"/v1/cases/{seeded.TextCaseId}/claim", new { })).EnsureSuccessStatusCode();
        (await moderator.PostJsonAsync($"/v1/cases/{seeded.TextCaseId}/decision", new
        {
            action = "remove", ground = "illegal", groundReference = "test data", explanation = "test data", exemptionConsidered = "none",
        })).EnsureSuccessStatusCode();
        var user = factory.User("report-auditor", Roles.Auditor);
        using var client = await factory.SignedInAsync("report-auditor", Roles.Auditor);
        string today = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        string yesterday = DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        string list = await client.PageAsync("/reports");
        var generated = await client.PostAsync("/reports?handler=Generate", ConsoleClient.Token(list), ("regime", "all"), ("from", yesterday), ("to", today));
        Assert.Equal(HttpStatusCode.Redirect, generated.StatusCode);
        string location = generated.Headers.Location!.OriginalString;
        long id = long.Parse(ReportPath().Match(location).Groups[1].Value, CultureInfo.InvariantCulture);

        var stored = await factory.WithAsync(sp => sp.GetRequiredService<ReportService>().GetAsync(id, CancellationToken.None));
        Assert.Equal(DateTime.UtcNow.Date.AddDays(-1), stored.Document.PeriodStart);
        Assert.Equal(DateTime.UtcNow.Date.AddDays(1), stored.Document.PeriodEnd);
        Assert.Equal("report-auditor", stored.Document.GeneratedBy);

        string page = await client.PageAsync(location);
        Assert.Contains($"Report {id} generated and stored.", page, StringComparison.Ordinal);
        Assert.Contains(stored.Sha256, page, StringComparison.Ordinal);
        var figures = stored.Document.Sections.SelectMany(s => s.Figures).ToList();
        Assert.Equal(figures.Count, Regex.Matches(page, "<section class=\"report-figure\"").Count);
        string decoded = WebUtility.HtmlDecode(page);
        foreach (var figure in figures)
        {
            Assert.Contains($"id=\"figure-{figure.Id}\"", page, StringComparison.Ordinal);
            Assert.Contains(figure.Source.Filter, decoded, StringComparison.Ordinal);
        }

        var charted = figures.Where(f => f.Chart is "bar" or "column" && f.Rows is { } rows && rows.Any(r => r.Value > 0)).ToList();
        Assert.NotEmpty(charted);
        Assert.Equal(charted.Count, Regex.Matches(page, "<svg [^>]*role=\"img\" aria-labelledby=\"chart-[^\"]+-t chart-[^\"]+-d\"").Count);
        Assert.Equal(charted.Count, Regex.Matches(page, "<figcaption>").Count);
        Assert.Contains(charted, f => f.Id == "tco.7_3_b.bank_entries");
        Assert.Contains("<title id=\"chart-tco-7_3_b-bank_entries-t\">", page, StringComparison.Ordinal);

        var json = await client.GetAsync($"/reports/{id}?handler=Json");
        Assert.Equal(stored.Json, await json.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Contains($"href=\"/reports/{id}\"", await client.PageAsync("/reports"), StringComparison.Ordinal);

        var events = await factory.WithAsync(sp => sp.GetRequiredService<AuditReader>().ListAsync(
            new AuditQuery(SubjectType: "transparency_report", SubjectId: id.ToString(CultureInfo.InvariantCulture), Action: "report.generated"), CancellationToken.None));
        Assert.Equal($"user:{user.Id}:report-auditor", Assert.Single(events).ActorName);
    }

    [Fact]
    public async Task Generate_WithAPeriodThatEndsBeforeItStarts_IsRefusedWithAMessage_AndStoresNothing()
    {
        using var client = await factory.SignedInAsync("report-legal", Roles.Legal);
        int before = await CountAsync();
        var response = await client.PostAsync(
            "/reports?handler=Generate", await client.TokenAsync("/reports"), ("regime", "tco"), ("from", "2025-06-01"), ("to", "2025-01-01"));
        Assert.Equal("/reports", response.Headers.Location?.OriginalString);
        Assert.Contains("\"end\" must be after \"start\"", System.Net.WebUtility.HtmlDecode(await client.PageAsync("/reports")), StringComparison.Ordinal);
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task ReportPage_InArabic_IsRightToLeft_WithTheFiguresInTheirOwnDirection()
    {
        using var client = await factory.SignedInAsync("report-admin-ar", Roles.Admin);
        var generated = await client.PostAsync("/reports?handler=Generate", await client.TokenAsync("/reports"), ("regime", "scp"), ("from", "2025-01-01"), ("to", "2025-12-31"));
        string location = generated.Headers.Location!.OriginalString;
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostAsync("/language", await client.TokenAsync(location), ("language", "ar"), ("returnUrl", location))).StatusCode);

        string page = await client.PageAsync(location);
        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", page, StringComparison.Ordinal);
        Assert.Contains("تقرير الشفافية", page, StringComparison.Ordinal);
        Assert.Contains("من 2025-01-01 إلى 2025-12-31", page, StringComparison.Ordinal);
        Assert.Matches("<h3 id=\"label-scp\\.[^\"]+\" dir=\"auto\">", page);
    }

    private Task<int> CountAsync() =>
        factory.WithAsync(async sp => (await sp.GetRequiredService<ReportService>().ListAsync(500, CancellationToken.None)).Count);

    [GeneratedRegex(@"^/reports/(\d+)$")]
    private static partial Regex ReportPath();
}
