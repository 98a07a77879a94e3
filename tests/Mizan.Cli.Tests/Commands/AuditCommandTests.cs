using System.Text.Json;

namespace Mizan.Cli.Tests.Commands;

public sealed class AuditCommandTests
{
    private const string Pdq = "f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22";

    [Fact]
    public async Task Verify_ChainOfCliChanges_IsValid()
    {
        using var cli = new CliRunner();
        await MakeChangesAsync(cli);

        var result = await cli.RunAsync("audit", "verify");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Audit chain valid: 5 event(s)", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_OneEventTamperedWithRawSql_FailsAndNamesIt()
    {
        using var cli = new CliRunner();
        await MakeChangesAsync(cli);
        Tamper(cli, """UPDATE audit_events SET "After" = replace("After", 'test data', 'edited') WHERE "Action" = 'bank.created'""");

        var text = await cli.RunAsync("audit", "verify");
        var json = await cli.RunAsync("audit", "verify", "--json");

        Assert.True(text.ExitCode == 1, text.ToString());
        Assert.Contains("BROKEN at event 1", text.Out, StringComparison.Ordinal);
        Assert.Contains("bank.created bank audit-test", text.Out, StringComparison.Ordinal);
        Assert.Equal(1, json.ExitCode);
        var root = JsonDocument.Parse(json.Out).RootElement;
        Assert.False(root.GetProperty("valid").GetBoolean());
        Assert.Equal(1, root.GetProperty("brokenSeq").GetInt64());
        Assert.Equal(0, root.GetProperty("lastSeq").GetInt64());
    }

    [Fact]
    public async Task Verify_MiddleEventDeleted_NamesTheMissingEvent()
    {
        using var cli = new CliRunner();
        await MakeChangesAsync(cli);
        Tamper(cli, """DELETE FROM audit_events WHERE "Seq" = 3""");

        var result = await cli.RunAsync("audit", "verify");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("BROKEN at event 3: event 3 is missing", result.Out, StringComparison.Ordinal);
    }

    /// <summary>Five audited changes: a bank, an import batch, a retraction, a key and its revocation.</summary>
    private static async Task MakeChangesAsync(CliRunner cli)
    {
        Assert.Equal(0, (await cli.RunAsync("bank", "create", "audit-test", "--description", "test data")).ExitCode);
        string list = cli.WriteLines("entries.jsonl", $$"""{"id": "e1", "pdq": "{{Pdq}}"}""", """{"id": "e2", "md5": "d41d8cd98f00b204e9800998ecf8427e"}""");
        Assert.Equal(0, (await cli.RunAsync("bank", "import", "audit-test", list)).ExitCode);
        Assert.Equal(0, (await cli.RunAsync("bank", "retract", "audit-test", "e2", "--reason", "test reason")).ExitCode);
        var key = await cli.RunAsync("keys", "create", "--role", "auditor", "--name", "test auditor", "--json");
        int id = JsonDocument.Parse(key.Out).RootElement.GetProperty("id").GetInt32();
        Assert.Equal(0, (await cli.RunAsync("keys", "revoke", id.ToString(System.Globalization.CultureInfo.InvariantCulture), "--reason", "test")).ExitCode);
    }

    private static void Tamper(CliRunner cli, string sql) => Assert.Equal(1, cli.Database.ExecuteSql(cli.DataDirectory, sql));
}
