using System.Text.Json;

namespace Mizan.Cli.Tests.Commands;

public sealed class KeysCommandTests
{
    [Fact]
    public async Task Create_Key_PrintsItOnceAndStoresOnlyItsHash()
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync("keys", "create", "--role", "integration", "--name", "platform A", "--json");

        Assert.Equal(0, result.ExitCode);
        var line = JsonDocument.Parse(Assert.Single(result.Lines)).RootElement;
        string key = line.GetProperty("key").GetString()!;
        Assert.StartsWith("mzn_", key, StringComparison.Ordinal);
        Assert.Equal("integration", line.GetProperty("role").GetString());
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (string file in Directory.GetFiles(cli.DataDirectory))
        {
            string bytes = System.Text.Encoding.Latin1.GetString(await File.ReadAllBytesAsync(file, TestContext.Current.CancellationToken));
            Assert.DoesNotContain(key[4..], bytes, StringComparison.Ordinal);
        }
    }
}
