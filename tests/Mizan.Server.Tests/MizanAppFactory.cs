using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Mizan.Data.Keys;
using Mizan.Tests.Shared;

namespace Mizan.Server.Tests;

/// <summary>
/// The real application on a real store, migrations applied by the app's own start-up: a SQLite file in a temporary
/// directory, or a fresh PostgreSQL database when <c>MIZAN_TEST_POSTGRES</c> is set (<see cref="TestDatabase"/>).
/// <see cref="ClientFor"/> creates a key of the given role through the real key service.
/// </summary>
public class MizanAppFactory : WebApplicationFactory<Program>
{
    private readonly TempDirectory _data;
    private readonly TestDatabase _database;
    private readonly Dictionary<string, string> _keys;

    public MizanAppFactory()
        : this(new TempDirectory(), TestDatabase.Create(), new Dictionary<string, string>(StringComparer.Ordinal))
    {
    }

    private protected MizanAppFactory(TempDirectory data, TestDatabase database, Dictionary<string, string> keys)
    {
        _data = data;
        _database = database;
        _keys = keys;
    }

    /// <summary>Settings a test class wants on top of the defaults (e.g. small limits).</summary>
    public Dictionary<string, string?> Settings { get; } = new(StringComparer.Ordinal);

    public string DataDirectory => _data.Path;

    internal TestDatabase Database => _database;

    /// <summary>
    /// Another instance of the application on the same store (a restart, or a second node), sharing this one's
    /// keys and settings; disposing it leaves the store alone.
    /// </summary>
    public MizanAppFactory CreateNodeOnSameStore(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var node = new MizanAppFactory(new SharedDirectory(_data.Path), _database.Share(), _keys);
        foreach (var (key, value) in Settings)
        {
            node.Settings[key] = value;
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            node.Settings[key] = value;
        }

        return node;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Database:DataDirectory", _data.Path);
        foreach (var (key, value) in _database.Settings)
        {
            builder.UseSetting(key, value);
        }

        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>A client authenticated with a key of <paramref name="role"/> (one key per role, made on first use).</summary>
    public HttpClient ClientFor(string role)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", KeyFor(role));
        return client;
    }

    public string KeyFor(string role)
    {
        lock (_keys)
        {
            if (!_keys.TryGetValue(role, out string? key))
            {
                using var scope = Services.CreateScope();
                key = scope.ServiceProvider.GetRequiredService<ApiKeyService>()
                    .CreateAsync("test " + role, role, CancellationToken.None).GetAwaiter().GetResult().Key;
                _keys[role] = key;
            }

            return key;
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            _database.Dispose();
            _data.Dispose();
        }
    }

    /// <summary>Another node's view of the data directory, not deleted with it.</summary>
    private sealed class SharedDirectory(string path) : TempDirectory(path, owns: false);
}
