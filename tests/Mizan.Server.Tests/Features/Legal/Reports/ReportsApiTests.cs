using System.Net;
using System.Security.Cryptography;
using System.Text.Json;

namespace Mizan.Server.Tests.Features.Legal.Reports;

/// <summary>The reports API: an empty period, what is stored and audited, the HTML document, bad periods.</summary>
public sealed class ReportsApiTests(MizanAppFactory factory) : IClassFixture<MizanAppFactory>
{
    [Fact]
    public async Task Generate_EmptyPeriod_ZerosNullMediansStoredHashedAndAudited()
    {
        var legal = factory.ClientFor("legal");

        var response = await legal.PostJsonAsync("/v1/reports", new { regime = "all", year = 2019 });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        byte[] body = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        string digest = Convert.ToBase64String(SHA256.HashData(body));
        Assert.Equal($"sha-256=:{digest}:", response.Headers.GetValues("Repr-Digest").Single());
        var report = JsonDocument.Parse(body).RootElement;
        long id = report.GetProperty("id").GetInt64();
        Assert.Equal($"/v1/reports/{id}", response.Headers.Location?.OriginalString);
        Assert.Equal("2019-01-01T00:00:00Z", report.GetProperty("periodStart").GetString());
        Assert.Equal("2020-01-01T00:00:00Z", report.GetProperty("periodEnd").GetString());
        Assert.Equal(["tco", "dsa", "scp"], report.GetProperty("sections").EnumerateArray().Select(s => s.GetProperty("id").GetString()));
        var figures = report.GetProperty("sections").EnumerateArray().SelectMany(s => s.GetProperty("figures").EnumerateArray()).ToList();
        foreach (var figure in figures)
        {
            string unit = figure.GetProperty("unit").GetString()!;
            var value = figure.GetProperty("value");
            var source = figure.GetProperty("source");
            Assert.NotEmpty(source.GetProperty("tables").EnumerateArray());
            Assert.False(string.IsNullOrWhiteSpace(source.GetProperty("filter").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(source.GetProperty("aggregation").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(source.GetProperty("version").GetString()));
            string figureId = figure.GetProperty("id").GetString()!;
            switch (unit)
            {
                case "count":
                    Assert.True(value.GetDouble() == 0, figureId);
                    break;
                case "seconds" or "share":
                    Assert.True(value.ValueKind == JsonValueKind.Null, figureId);
                    break;
                default:
                    Assert.Equal("text", unit);
                    Assert.False(string.IsNullOrWhiteSpace(figure.GetProperty("text").GetString()));
                    break;
            }
        }

        // Stored byte for byte; listed; audited with the hash and every figure's id and version.
        var again = await legal.GetPathAsync($"/v1/reports/{id}");
        Assert.Equal(body, await again.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        var list = await (await factory.ClientFor("auditor").GetPathAsync("/v1/reports")).JsonAsync();
        var listed = list.GetProperty("items").EnumerateArray().Single(r => r.GetProperty("id").GetInt64() == id);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(body)), listed.GetProperty("sha256").GetString());
        Assert.Equal(figures.Count, listed.GetProperty("figures").GetInt32());
        var audit = await (await factory.ClientFor("auditor").GetPathAsync($"/v1/audit?action=report.generated&subjectId={id}")).JsonAsync();
        var after = audit.GetProperty("items")[0].GetProperty("after");
        Assert.Equal(listed.GetProperty("sha256").GetString(), after.GetProperty("sha256").GetString());
        Assert.Equal(
            figures.Select(f => f.GetProperty("id").GetString() + "@" + f.GetProperty("source").GetProperty("version").GetString()),
            after.GetProperty("figures").EnumerateArray().Select(f => f.GetProperty("id").GetString() + "@" + f.GetProperty("version").GetString()));

        // The HTML document: self-contained, every figure present, no script.
        var html = await legal.GetPathAsync($"/v1/reports/{id}/html");
        Assert.Equal("text/html", html.Content.Headers.ContentType?.MediaType);
        string page = await html.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        foreach (var figure in figures)
        {
            Assert.Contains($"id=\"{figure.GetProperty("id").GetString()}\"", page, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("<script", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("src=\"http", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=\"http", page, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("""{"start": "2025-06-01", "end": "2025-01-01"}""", "after")]
    [InlineData("""{"start": "2025-01-01", "end": "2025-01-01"}""", "after")]
    [InlineData("""{"start": "2020-01-01", "end": "2025-01-02"}""", "5 years")]
    [InlineData("""{"start": "2025-13-01", "end": "2026-01-01"}""", "start")]
    [InlineData("""{"start": "2025-01-01T00:00:00+02:00", "end": "2026-01-01"}""", "start")]
    [InlineData("""{"start": "2025-01-01"}""", "together")]
    [InlineData("""{"year": 2025, "start": "2025-01-01", "end": "2026-01-01"}""", "not both")]
    [InlineData("""{"year": "last"}""", "shape")]
    [InlineData("""{"year": 1999}""", "year")]
    [InlineData("""{"regime": "gifct", "year": 2025}""", "regime")]
    [InlineData("""[1, 2]""", "shape")]
    public async Task Generate_BadRequest_Returns400AndStoresNothing(string json, string mentions)
    {
        var admin = factory.ClientFor("admin");
        int before = (await (await admin.GetPathAsync("/v1/reports?limit=500")).JsonAsync()).GetProperty("items").GetArrayLength();

        var response = await admin.PostRawJsonAsync("/v1/reports", json);

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "invalid_request");
        Assert.Contains(mentions, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, (await (await admin.GetPathAsync("/v1/reports?limit=500")).JsonAsync()).GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Get_UnknownReport_Returns404Problem()
    {
        var legal = factory.ClientFor("legal");

        await ProblemAssert.IsProblemAsync(await legal.GetPathAsync("/v1/reports/999999"), HttpStatusCode.NotFound, "not_found");
        await ProblemAssert.IsProblemAsync(await legal.GetPathAsync("/v1/reports/999999/html"), HttpStatusCode.NotFound, "not_found");
    }
}
