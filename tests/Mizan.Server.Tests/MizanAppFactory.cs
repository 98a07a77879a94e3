using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Mizan.Data.Keys;
using Mizan.Tests.Shared;

namespace Mizan.Server.Tests;

/// <summary>
/// The real application on a real SQLite file in a temporary directory, migrations applied by the app's own
/// start-up. <see cref="ClientFor"/> creates a key of the given role through the real key service.
/// </summary>
public class MizanAppFactory : WebApplicationFactory<Program>
{
    private readonly TempDirectory _data = new();
    private readonly Dictionary<string, string> _keys = new(StringComparer.Ordinal);

    /// <summary>Settings a test class wants on top of the defaults (e.g. small limits).</summary>
    public Dictionary<string, string?> Settings { get; } = new(StringComparer.Ordinal);

    public string DataDirectory => _data.Path;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Database:DataDirectory", _data.Path);
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
            _data.Dispose();
        }
    }
}
