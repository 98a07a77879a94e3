using System.Text.Json;

namespace Mizan.Cli.Tests.Commands;

public sealed class DemoCommandTests
{
    [Fact]
    public async Task Demo_LoadedTwice_ScanFindsCopiesButNotTheUnrelatedPicture()
    {
        using var cli = new CliRunner();
        string output = cli.File("demo");

        var first = await cli.RunAsync("demo", "--out", output);
        var second = await cli.RunAsync("demo", "--out", output);
        var scan = await cli.RunAsync("scan", Path.Combine(output, "items.jsonl"));

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Equal(0, second.ExitCode);
        var results = scan.Lines.Select(l => JsonDocument.Parse(l).RootElement).ToDictionary(r => r.GetProperty("id").GetString()!);
        Assert.Equal(3, results["exact-copy"].GetProperty("matches").GetArrayLength());
        Assert.Contains(results["re-encoded"].GetProperty("matches").EnumerateArray(), m => m.GetProperty("entry").GetString() == "demo-1");
        Assert.Contains(results["rotated"].GetProperty("matches").EnumerateArray(), m => m.TryGetProperty("transform", out _));
        Assert.Equal(0, results["unrelated"].GetProperty("matches").GetArrayLength());
        Assert.Equal("malformed_hash", results["bad-hash"].GetProperty("errorCode").GetString());
        var banks = await cli.RunAsync("bank", "list", "--json");
        Assert.Equal(4, JsonDocument.Parse(Assert.Single(banks.Lines)).RootElement.GetProperty("entries").GetInt32());
    }
}
