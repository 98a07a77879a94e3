using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Mizan.Data;
using Mizan.Data.Matching;

namespace Mizan.Cli;

/// <summary>
/// The services a command works with: the same data services the server uses, configured from the environment
/// (<c>Database__Provider</c>, <c>Database__ConnectionString</c>, <c>Matching__PdqMaxDistance</c>, ...) and --data.
/// </summary>
internal sealed class CliServices : IAsyncDisposable
{
    private readonly ServiceProvider _provider;
    private readonly AsyncServiceScope _scope;

    private CliServices(ServiceProvider provider)
    {
        _provider = provider;
        _scope = provider.CreateAsyncScope();
    }

    public IServiceProvider Services => _scope.ServiceProvider;

    public T Get<T>()
        where T : notnull => _scope.ServiceProvider.GetRequiredService<T>();

    /// <summary>Opens the store named by the command line and environment, migrating the embedded database.</summary>
    public static async Task<CliServices> OpenAsync(ParseResult parse, CancellationToken cancellationToken, bool migrate = true)
    {
        Mizan.Core.Text.TextNormalizer.VerifyUnicodeSupport();
        var configuration = Configuration(parse);
        var database = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var matching = configuration.GetSection(MatchOptions.Section).Get<MatchOptions>() ?? new MatchOptions();
        var services = new ServiceCollection();
        services.AddMizanData(database, matching);
        var cli = new CliServices(services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true }));
        if (migrate)
        {
            await DatabaseMigrator.MigrateAsync(cli.Get<MizanDbContext>(), cancellationToken).ConfigureAwait(false);
        }

        return cli;
    }

    /// <summary>
    /// Settings that the embedding process gives this run on top of the environment (an in-process caller cannot
    /// give each concurrent run environment variables of its own).
    /// </summary>
    internal static AsyncLocal<IReadOnlyDictionary<string, string?>?> Settings { get; } = new();

    /// <summary>Environment variables, then --data, then <see cref="Settings"/> on top.</summary>
    public static IConfiguration Configuration(ParseResult parse) =>
        new ConfigurationBuilder()
            .AddEnvironmentVariables()
            .AddInMemoryCollection([new("Database:DataDirectory", parse.GetValue(CommonOptions.Data) ?? "mizan-data")])
            .AddInMemoryCollection(Settings.Value ?? new Dictionary<string, string?>())
            .Build();

    public async ValueTask DisposeAsync()
    {
        await _scope.DisposeAsync().ConfigureAwait(false);
        await _provider.DisposeAsync().ConfigureAwait(false);
    }
}
