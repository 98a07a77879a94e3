using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Mizan.Data;
using Mizan.Data.Accounts;

namespace Mizan.Cli.Tests.Commands;

public sealed class UsersCommandTests
{
    private const string Password = "a long test password";

    [Fact]
    public async Task Create_ReadsThePasswordFromStandardInput_AndStoresOnlyAHash()
    {
        using var cli = new CliRunner();

        var created = await cli.RunWithInputAsync(Password + "\n", "users", "create", "--name", "amira", "--role", "moderator", "--org", "1");
        var list = await cli.RunAsync("users", "list");

        Assert.True(created.ExitCode == 0, created.ToString());
        Assert.Contains("Created moderator user 'amira' (id 1, organisation 1)", created.Error, StringComparison.Ordinal);
        Assert.Equal("1\tamira\tmoderator\t1\tactive", Assert.Single(list.Lines));
        await using var services = Open(cli);
        var users = services.GetRequiredService<UserService>();
        Assert.Equal(SignInOutcome.Success, (await users.SignInAsync("amira", Password, CancellationToken.None)).Outcome);
        var stored = services.GetRequiredService<MizanDbContext>().ConsoleUsers.Single();
        Assert.StartsWith("pbkdf2-sha256$600000$", stored.PasswordHash, StringComparison.Ordinal);
        Assert.DoesNotContain(Password, stored.PasswordHash, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_WithoutAPassword_OrAnUnknownRole_OrTwice_Fails()
    {
        using var cli = new CliRunner();

        var empty = await cli.RunWithInputAsync("", "users", "create", "--name", "amira", "--role", "moderator");
        var role = await cli.RunWithInputAsync(Password + "\n", "users", "create", "--name", "amira", "--role", "overlord");
        var first = await cli.RunWithInputAsync(Password + "\n", "users", "create", "--name", "amira", "--role", "moderator");
        var again = await cli.RunWithInputAsync(Password + "\n", "users", "create", "--name", "AMIRA", "--role", "auditor");
        var org = await cli.RunWithInputAsync(Password + "\n", "users", "create", "--name", "omar", "--role", "auditor", "--org", "9");

        Assert.Equal(1, empty.ExitCode);
        Assert.Contains("No password on standard input", empty.Error, StringComparison.Ordinal);
        Assert.Equal(2, role.ExitCode);
        Assert.Equal(0, first.ExitCode);
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("already a user named 'AMIRA'", again.Error, StringComparison.Ordinal);
        Assert.Equal(1, org.ExitCode);
        Assert.Contains("no organisation with id 9", org.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DisableAndPassword_ChangeTheAccount()
    {
        using var cli = new CliRunner();
        await cli.RunWithInputAsync(Password + "\n", "users", "create", "--name", "amira", "--role", "moderator");

        var password = await cli.RunWithInputAsync("a different long password\n", "users", "password", "1");
        var disable = await cli.RunAsync("users", "disable", "1", "--reason", "left the team");

        Assert.Equal(0, password.ExitCode);
        Assert.Equal(0, disable.ExitCode);
        Assert.Equal("1\tamira\tmoderator\t1\tdisabled", Assert.Single((await cli.RunAsync("users", "list")).Lines));
        await using var services = Open(cli);
        Assert.Equal(SignInOutcome.Failed, (await services.GetRequiredService<UserService>().SignInAsync("amira", "a different long password", CancellationToken.None)).Outcome);
    }

    /// <summary>The data services on the store the command wrote to.</summary>
    private static ServiceProvider Open(CliRunner cli)
    {
        var settings = new Dictionary<string, string?>(cli.Database.Settings) { ["Database:DataDirectory"] = cli.DataDirectory };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddMizanData(configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>()!);
        return services.BuildServiceProvider();
    }
}
