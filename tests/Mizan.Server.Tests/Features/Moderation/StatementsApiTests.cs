using System.Net;
using System.Text.Json;
using Mizan.Data.Moderation.Statements;

namespace Mizan.Server.Tests.Features.Moderation;

public sealed class StatementsApiTests(ModerationAppFactory factory) : IClassFixture<ModerationAppFactory>
{
    [Fact]
    public async Task Statement_Removal_HasEveryArticle17Element()
    {
        long decisionId = await DecideAsync(51, CasesApiTests.Removal);

        var body = await (await factory.ClientFor("integration").GetPathAsync($"/v1/decisions/{decisionId}/statement?lang=en")).JsonAsync();

        var s = body.GetProperty("statement");
        Assert.Equal("en", s.GetProperty("language").GetString());
        // (a) the restriction, its territorial scope and duration
        Assert.Equal("remove", s.GetProperty("restriction").GetProperty("type").GetString());
        Assert.Equal("ALL", s.GetProperty("restriction").GetProperty("territorialScope")[0].GetString());
        Assert.Contains("removed", s.GetProperty("restriction").GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.True(s.GetProperty("restriction").TryGetProperty("applicationDate", out _));
        // (b) facts and circumstances
        Assert.Contains("own checks", s.GetProperty("facts").GetString(), StringComparison.Ordinal);
        // (c) automated means, with the detectors behind them
        var automation = s.GetProperty("automation");
        Assert.True(automation.GetProperty("automatedDetection").GetBoolean());
        Assert.Equal("not_automated", automation.GetProperty("automatedDecision").GetString());
        var detector = automation.GetProperty("detectors").EnumerateArray().First(d => d.GetProperty("detector").GetString() == "pdq");
        Assert.Equal(31, detector.GetProperty("threshold").GetDouble());
        Assert.False(string.IsNullOrEmpty(detector.GetProperty("version").GetString()));
        // (d)/(e) ground and explanation
        Assert.Equal("illegal", s.GetProperty("ground").GetProperty("type").GetString());
        Assert.Equal("Regulation (EU) 2021/784 Art. 2(7)(a)", s.GetProperty("ground").GetProperty("reference").GetString());
        Assert.Contains("glorifies", s.GetProperty("ground").GetProperty("explanation").GetString(), StringComparison.Ordinal);
        Assert.Contains("news reporting", s.GetProperty("exemptionConsidered").GetString(), StringComparison.Ordinal);
        // (f) redress, with the window of at least six months
        var redress = s.GetProperty("redress");
        var decided = (await (await factory.ClientFor("auditor").GetPathAsync($"/v1/decisions/{decisionId}")).JsonAsync()).GetProperty("decidedAt").GetDateTime();
        Assert.True(redress.GetProperty("complaintOpenUntil").GetDateTime() >= decided.AddMonths(6).AddSeconds(-1));
        Assert.Contains("out-of-court", redress.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.False(body.TryGetProperty("withheldUntil", out _));
    }

    [Fact]
    public async Task Statement_ArabicItem_IsWrittenInArabicFromResourceTexts()
    {
        long decisionId = await DecideAsync(52, CasesApiTests.Removal);

        var s = (await (await factory.ClientFor("integration").GetPathAsync($"/v1/decisions/{decisionId}/statement")).JsonAsync()).GetProperty("statement");

        Assert.Equal("ar", s.GetProperty("language").GetString());
        Assert.Equal(StatementTexts.Get("ar", "restriction.remove") + " " + StatementTexts.Get("ar", "applies", s.GetProperty("restriction").GetProperty("applicationDate").GetDateTime().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)), s.GetProperty("restriction").GetProperty("description").GetString());
        Assert.StartsWith(StatementTexts.Get("ar", "title"), s.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.NotEqual(StatementTexts.Get("en", "facts.voluntary"), s.GetProperty("facts").GetString());
    }

    [Fact]
    public async Task Statement_UnderSecrecy_WithheldFromPlatformUntilPeriodEnds()
    {
        var until = factory.Clock.GetUtcNow().AddDays(42);
        long decisionId = await DecideAsync(53, new
        {
            action = "remove", ground = "illegal", groundReference = "Regulation (EU) 2021/784 Art. 3", explanation = "Removal order.",
            exemptionConsidered = "none", secrecyUntil = until,
        });

        var platform = await factory.ClientFor("integration").GetPathAsync($"/v1/decisions/{decisionId}/statement");
        var staff = await (await factory.ClientFor("legal").GetPathAsync($"/v1/decisions/{decisionId}/statement")).JsonAsync();
        var export = await (await factory.ClientFor("auditor").GetPathAsync(ExportPath())).JsonAsync();
        factory.Clock.Advance(TimeSpan.FromDays(43));
        var later = await factory.ClientFor("integration").GetPathAsync($"/v1/decisions/{decisionId}/statement");

        await ProblemAssert.IsProblemAsync(platform, HttpStatusCode.Conflict, "statement_withheld");
        Assert.Equal(JsonValueKind.String, staff.GetProperty("withheldUntil").ValueKind);
        Assert.True(export.GetProperty("withheld").GetInt32() >= 1);
        Assert.Equal(HttpStatusCode.OK, later.StatusCode);
    }

    [Fact]
    public async Task Export_StatementsValidateAgainstTdbRules_PersonalDataRejected()
    {
        await DecideAsync(54, CasesApiTests.Removal);
        long withEmail = await DecideAsync(55, new
        {
            action = "label", label = "Graphic", ground = "incompatible", groundReference = "Terms section 4",
            explanation = "Reported by reporter@example.org as glorification.", exemptionConsidered = "none",
        });
        await DecideAsync(56, new
        {
            action = "restrict", countries = new[] { "EU" }, ground = "incompatible", groundReference = "Terms section 4",
            explanation = "Glorifies violence.", exemptionConsidered = "counter_speech",
        });

        var export = await (await factory.ClientFor("auditor").GetPathAsync(ExportPath())).JsonAsync();

        var statements = export.GetProperty("statements").EnumerateArray().ToList();
        Assert.True(statements.Count >= 2);
        foreach (var element in statements)
        {
            var statement = element.Deserialize<TdbStatement>()!;
            Assert.Empty(TdbValidator.Validate(statement));
            Assert.Equal("STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY", statement.Category);
            Assert.Contains("KEYWORD_TERRORIST_CONTENT", statement.CategorySpecification!);
            Assert.Equal("SOURCE_VOLUNTARY", statement.SourceType);
            Assert.Equal("Yes", statement.AutomatedDetection);
            Assert.Equal("AR", statement.ContentLanguage);
            Assert.Equal("2026-11-01", statement.ContentDate);
            Assert.Equal(30, statement.TerritorialScope!.Count);
            Assert.DoesNotContain("acct-1001", element.GetRawText(), StringComparison.Ordinal);
        }

        var rejected = Assert.Single(export.GetProperty("rejected").EnumerateArray(), r => r.GetProperty("decisionId").GetInt64() == withEmail);
        Assert.Contains("e-mail", rejected.GetProperty("errors")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Statement_KeepDecision_HasNone()
    {
        long decisionId = await DecideAsync(57, new { action = "keep", explanation = "News report quoting the material.", exemptionConsidered = "news_reporting" });

        var response = await factory.ClientFor("moderator").GetPathAsync($"/v1/decisions/{decisionId}/statement");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound, "not_found");
    }

    private string ExportPath()
    {
        var now = factory.Clock.GetUtcNow();
        return $"/v1/statements/export?from={now.AddDays(-30):yyyy-MM-dd}&to={now.AddDays(2):yyyy-MM-dd}";
    }

    private async Task<long> DecideAsync(int seed, object decision)
    {
        var (_, image) = await factory.BankWithImageAsync(seed: seed);
        var item = await factory.SubmitImageAsync(image, factory.Unique("sor"));
        long caseId = item.GetProperty("caseId").GetInt64();
        var moderator = factory.ClientNamed("moderator", factory.Unique("mod"));
        (await moderator.PostJsonAsync($"/v1/cases/{caseId}/claim", new { })).EnsureSuccessStatusCode();
        return (await (await moderator.PostJsonAsync($"/v1/cases/{caseId}/decision", decision)).JsonAsync()).GetProperty("id").GetInt64();
    }
}
