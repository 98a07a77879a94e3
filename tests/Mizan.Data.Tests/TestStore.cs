using Microsoft.Extensions.DependencyInjection;
using Mizan.Tests.Shared;

namespace Mizan.Data.Tests;

/// <summary>The real data services on a real SQLite file with the real migrations applied.</summary>
internal sealed class TestStore : IAsyncDisposable
{
    private readonly TempDirectory _dir;
    private readonly ServiceProvider _provider;
    private readonly AsyncServiceScope _scope;

    private TestStore(TempDirectory dir, ServiceProvider provider)
    {
        _dir = dir;
        _provider = provider;
        _scope = provider.CreateAsyncScope();
    }

    public string DataDirectory => _dir.Path;

    public T Get<T>()
        where T : notnull => _scope.ServiceProvider.GetRequiredService<T>();

    public static Task<TestStore> CreateAsync() => OpenAsync(new TempDirectory());

    /// <summary>A second, independent set of services on the same database (a restart, or another process).</summary>
    public Task<TestStore> ReopenAsync() => OpenAsync(_dir, ownsDirectory: false);

    private static async Task<TestStore> OpenAsync(TempDirectory dir, bool ownsDirectory = true)
    {
        var services = new ServiceCollection();
        services.AddMizanData(new DatabaseOptions { DataDirectory = dir.Path });
        var store = new TestStore(ownsDirectory ? dir : new TempDirectoryView(dir.Path), services.BuildServiceProvider());
        await DatabaseMigrator.MigrateAsync(store.Get<MizanDbContext>(), CancellationToken.None);
        return store;
    }

    public async ValueTask DisposeAsync()
    {
        await _scope.DisposeAsync();
        await _provider.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _dir.Dispose();
    }

    /// <summary>Shares a directory without deleting it.</summary>
    private sealed class TempDirectoryView(string path) : TempDirectory(path, owns: false);
}
