namespace Mizan.Cli.Tests.Commands;

public sealed class DatabaseCommandTests
{
    [Fact]
    public async Task DbMigrate_FreshStore_AppliesEveryMigrationOnceThenIsUpToDate()
    {
        using var cli = new CliRunner();

        var first = await cli.RunAsync("db", "migrate");
        var second = await cli.RunAsync("db", "migrate");
        var list = await cli.RunAsync("bank", "list");

        Assert.Equal(0, first.ExitCode);
        Assert.Matches("^Applied [1-9][0-9]* migration\\(s\\): .*_Initial", first.Out);
        Assert.Equal((0, "The database is up to date."), (second.ExitCode, second.Out.Trim()));
        Assert.Equal(0, list.ExitCode);
    }

    [Theory]
    [InlineData("Oracle", null, "Unknown database provider 'Oracle'")]
    [InlineData("Postgres", null, "Database__ConnectionString")]
    [InlineData("Postgres", "Hots=127.0.0.1", "not a valid PostgreSQL connection string")]
    public async Task AnyCommand_BadDatabaseConfiguration_Exits2NamingWhatToSet(string provider, string? connectionString, string expected)
    {
        using var dir = new Mizan.Tests.Shared.TempDirectory();
        var settings = new Dictionary<string, string?> { ["Database:Provider"] = provider, ["Database:ConnectionString"] = connectionString };

        foreach (string[] args in new[] { new[] { "bank", "list" }, ["db", "migrate"], ["serve", "--urls", "http://127.0.0.1:0"] })
        {
            var result = await CliRunner.RunWithAsync(settings, [.. args, "--data", dir.Path]);

            Assert.True(result.ExitCode == 2, result.ToString());
            Assert.Contains(expected, result.Error, StringComparison.Ordinal);
            Assert.Contains("Database", result.Error, StringComparison.Ordinal);
        }
    }
}
