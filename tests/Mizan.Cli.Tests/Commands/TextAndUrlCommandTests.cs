using System.Text.Json;
using Mizan.Tests.Shared;

namespace Mizan.Cli.Tests.Commands;

public sealed class TextAndUrlCommandTests
{
    private const char Kasra = '\u0650';

    [Fact]
    public async Task ImportExportScan_TextAndUrlEntries_RoundTripAndMatch()
    {
        using var cli = new CliRunner();
        string arabic = TestTexts.Read("news-ar-1.txt");
        await cli.RunAsync("bank", "create", "texts", "--text-min-containment", "0.8");
        string list = cli.WriteLines(
            "bank.jsonl",
            JsonSerializer.Serialize(new { id = "t1", text = arabic, labels = new[] { "test-data" } }),
            """{"id": "u1", "url": "https://outlet.example/", "scope": "domain"}""",
            """{"id": "u2", "url": "not a url at all"}""");

        var imported = await cli.RunAsync("bank", "import", "texts", list);
        var export = await cli.RunAsync("bank", "export", "texts");
        string items = cli.WriteLines(
            "items.jsonl",
            JsonSerializer.Serialize(new { id = "q-text", text = TestTexts.Sprinkle(arabic, Kasra, 4) }),
            """{"id": "q-url", "url": "http://video.outlet.example/watch?v=1&utm_campaign=x"}""",
            """{"id": "q-other", "url": "https://elsewhere.example/"}""");
        var scan = await cli.RunAsync("scan", items);

        Assert.Equal(1, imported.ExitCode);
        Assert.Contains("line 3: invalid_request", imported.Error, StringComparison.Ordinal);
        Assert.Equal(2, export.Lines.Length);
        Assert.Equal(arabic, JsonDocument.Parse(export.Lines[0]).RootElement.GetProperty("text").GetString());
        Assert.Equal("domain", JsonDocument.Parse(export.Lines[1]).RootElement.GetProperty("scope").GetString());
        Assert.True(scan.ExitCode == 0, scan.ToString());
        var results = scan.Lines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var text = Assert.Single(results[0].GetProperty("matches").EnumerateArray());
        Assert.Equal(("t1", "text"), (text.GetProperty("entry").GetString(), text.GetProperty("signal").GetString()));
        Assert.Equal("u1", Assert.Single(results[1].GetProperty("matches").EnumerateArray()).GetProperty("entry").GetString());
        Assert.Equal("https://video.outlet.example/watch?v=1", results[1].GetProperty("url").GetString());
        Assert.Empty(results[2].GetProperty("matches").EnumerateArray());
    }
}
