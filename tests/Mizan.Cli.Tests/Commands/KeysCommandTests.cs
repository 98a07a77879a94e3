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
        if (cli.Database.IsPostgres)
        {
            await using var connection = new Npgsql.NpgsqlConnection(cli.Database.ConnectionString);
            await connection.OpenAsync(TestContext.Current.CancellationToken);
            await using var dump = connection.CreateCommand();
            dump.CommandText = "SELECT string_agg(k::text, ' ') FROM api_keys k";
            string rows = (string)(await dump.ExecuteScalarAsync(TestContext.Current.CancellationToken))!;
            Assert.Contains("platform A", rows, StringComparison.Ordinal);
            Assert.DoesNotContain(key[4..], rows, StringComparison.Ordinal);
        }

        foreach (string file in Directory.Exists(cli.DataDirectory) ? Directory.GetFiles(cli.DataDirectory) : [])
        {
            string bytes = System.Text.Encoding.Latin1.GetString(await File.ReadAllBytesAsync(file, TestContext.Current.CancellationToken));
            Assert.DoesNotContain(key[4..], bytes, StringComparison.Ordinal);
        }
    }
}
