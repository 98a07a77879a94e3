using System.Text.Json;
using Mizan.Tests.Shared;

namespace Mizan.Cli.Tests.Commands;

public sealed class BankCommandTests
{
    private const string Pdq = "f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22";

    [Fact]
    public async Task Import_MixedLines_ImportsGoodOnesAndReportsBadOnesByLineNumber()
    {
        using var cli = new CliRunner();
        await cli.RunAsync("bank", "create", "demo");
        string list = cli.WriteLines(
            "entries.jsonl",
            $$"""{"id": "e1", "pdq": "{{Pdq}}", "labels": ["test-data", "group-a"]}""",
            """{"id": "e2", "md5": "d41d8cd98f00b204e9800998ecf8427e"}""",
            "",
            """{"id": "e3", "md5": "zz"}""",
            "not json",
            """{"id": "e4", "tmk": "00"}""",
            """{"id": "e5", "signal_type": "sha256", "value": "E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855"}""");

        var result = await cli.RunAsync("bank", "import", "demo", list);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("line 4: malformed_hash", result.Error, StringComparison.Ordinal);
        Assert.Contains("line 5: invalid_request", result.Error, StringComparison.Ordinal);
        Assert.Contains("line 6: unknown_signal_type", result.Error, StringComparison.Ordinal);
        Assert.Contains("Imported 3 entries", result.Out, StringComparison.Ordinal);
        Assert.Contains("3 line(s) failed", result.Out, StringComparison.Ordinal);

        var export = await cli.RunAsync("bank", "export", "demo");
        Assert.Equal(0, export.ExitCode);
        Assert.Equal(
            [
                $$"""{"id":"e1","pdq":"{{Pdq}}","labels":["test-data","group-a"]}""",
                """{"id":"e2","md5":"d41d8cd98f00b204e9800998ecf8427e"}""",
                """{"id":"e5","sha256":"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"}""",
            ],
            export.Lines);
    }

    [Fact]
    public async Task Export_ThenImportElsewhere_RoundTripsAndReimportIsUnchanged()
    {
        using var cli = new CliRunner();
        await cli.RunAsync("bank", "create", "source");
        await cli.RunAsync("bank", "create", "copy");
        string image = cli.Write("img/one.png", TestImages.Png(300, 200, 9));
        string list = cli.WriteLines("list.jsonl", """{"id": "file1", "file": "img/one.png", "labels": ["test-data"], "source": "unit test"}""");
        var imported = await cli.RunAsync("bank", "import", "source", list);
        Assert.True(imported.ExitCode == 0, imported.ToString());
        Assert.Contains("3 signal(s) added", imported.Out, StringComparison.Ordinal);
        _ = image;

        var export = await cli.RunAsync("bank", "export", "source");
        string exported = cli.WriteLines("exported.jsonl", export.Lines);
        var intoCopy = await cli.RunAsync("bank", "import", "copy", exported);
        var again = await cli.RunAsync("bank", "import", "copy", exported);
        var copyExport = await cli.RunAsync("bank", "export", "copy");

        Assert.Equal(0, intoCopy.ExitCode);
        Assert.Contains("3 unchanged", again.Out, StringComparison.Ordinal);
        Assert.Equal(export.Lines, copyExport.Lines);
        Assert.All(export.Lines, l => Assert.Contains("\"source\":\"unit test\"", l, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ScanAndRetract_KnownItems_MatchUntilRetracted()
    {
        using var cli = new CliRunner();
        await cli.RunAsync("bank", "create", "known", "--auto-action");
        byte[] original = TestImages.Jpeg(480, 360, seed: 21);
        cli.Write("known.jpg", original);
        cli.Write("reupload.jpg", TestImages.Reencode(original, 55));
        cli.Write("rotated.png", TestImages.Rotate90CounterClockwise(original));
        cli.Write("other.jpg", TestImages.Jpeg(480, 360, seed: 22));
        await cli.RunAsync("bank", "import", "known", cli.WriteLines("bank.jsonl", """{"id": "k1", "file": "known.jpg", "labels": ["test-data"]}"""));
        string items = cli.WriteLines(
            "items.jsonl",
            """{"id": "same", "file": "known.jpg"}""",
            """{"id": "reup", "file": "reupload.jpg"}""",
            """{"id": "rot", "file": "rotated.png"}""",
            """{"id": "rot-d", "file": "rotated.png", "dihedral": true}""",
            """{"id": "other", "file": "other.jpg"}""",
            $$"""{"id": "hex", "pdq": "{{Pdq}}"}""",
            """{"id": "gone", "file": "missing.jpg"}""",
            "{broken");

        var scan = await cli.RunAsync("scan", items);

        Assert.True(scan.ExitCode == 1, scan.ToString());
        var results = scan.Lines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(8, results.Count);
        Assert.Equal(["md5", "pdq", "sha256"], Signals(results[0]));
        Assert.Equal(["pdq"], Signals(results[1]));
        Assert.Empty(Signals(results[2]));
        var rotated = Assert.Single(results[3].GetProperty("matches").EnumerateArray());
        Assert.Equal("rotate270", rotated.GetProperty("transform").GetString());
        Assert.Empty(Signals(results[4]));
        Assert.Empty(Signals(results[5]));
        Assert.Equal("not_found", results[6].GetProperty("errorCode").GetString());
        Assert.False(results[6].TryGetProperty("matches", out _));
        Assert.Equal("invalid_request", results[7].GetProperty("errorCode").GetString());
        var first = results[0].GetProperty("matches")[0];
        Assert.Equal("known", first.GetProperty("bank").GetString());
        Assert.Equal("k1", first.GetProperty("entry").GetString());
        Assert.True(first.GetProperty("autoAction").GetBoolean());

        var retract = await cli.RunAsync("bank", "retract", "known", "k1", "--reason", "test retraction");
        var after = await cli.RunAsync("scan", cli.WriteLines("again.jsonl", """{"id": "same", "file": "known.jpg"}"""));
        Assert.Equal(0, retract.ExitCode);
        Assert.Empty(Signals(JsonDocument.Parse(Assert.Single(after.Lines)).RootElement));
        var list = await cli.RunAsync("bank", "list", "--json");
        var bank = JsonDocument.Parse(Assert.Single(list.Lines)).RootElement;
        Assert.Equal((0, 1), (bank.GetProperty("entries").GetInt32(), bank.GetProperty("retracted").GetInt32()));
    }

    [Fact]
    public async Task ScanFlag_Dihedral_AppliesToEveryItem()
    {
        using var cli = new CliRunner();
        await cli.RunAsync("bank", "create", "known");
        byte[] original = TestImages.Png(360, 300, seed: 5);
        cli.Write("known.png", original);
        cli.Write("rotated.png", TestImages.Rotate90CounterClockwise(original));
        await cli.RunAsync("bank", "import", "known", cli.WriteLines("bank.jsonl", """{"id": "k", "file": "known.png"}"""));

        var scan = await cli.RunAsync("scan", "--dihedral", cli.WriteLines("items.jsonl", """{"id": "r", "file": "rotated.png"}"""));

        var hit = Assert.Single(JsonDocument.Parse(Assert.Single(scan.Lines)).RootElement.GetProperty("matches").EnumerateArray());
        Assert.Equal("pdq", hit.GetProperty("signal").GetString());
        Assert.InRange(hit.GetProperty("distance").GetInt32(), 0, 31);
    }

    [Fact]
    public async Task CreateAndRetract_Errors_Exit1WithMessage()
    {
        using var cli = new CliRunner();
        await cli.RunAsync("bank", "create", "b");

        var duplicate = await cli.RunAsync("bank", "create", "b");
        var badName = await cli.RunAsync("bank", "create", "no spaces");
        var unknownBank = await cli.RunAsync("bank", "import", "nope", cli.WriteLines("x.jsonl", "{}"));
        var unknownEntry = await cli.RunAsync("bank", "retract", "b", "nothing", "--reason", "r");

        Assert.Equal((1, 1, 1, 1), (duplicate.ExitCode, badName.ExitCode, unknownBank.ExitCode, unknownEntry.ExitCode));
        Assert.Contains("already exists", duplicate.Error, StringComparison.Ordinal);
        Assert.Contains("No bank named 'nope'", unknownBank.Error, StringComparison.Ordinal);
    }

    private static List<string> Signals(JsonElement result) =>
        [.. result.GetProperty("matches").EnumerateArray().Select(m => m.GetProperty("signal").GetString()!).Order()];
}
