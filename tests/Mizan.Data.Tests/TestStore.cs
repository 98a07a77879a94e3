using Microsoft.Extensions.DependencyInjection;
using Mizan.Tests.Shared;

namespace Mizan.Data.Tests;

/// <summary>
/// The real data services on a real store with the real migrations applied: a SQLite file, or a fresh PostgreSQL
/// database when <c>MIZAN_TEST_POSTGRES</c> is set (<see cref="TestDatabase"/>).
/// </summary>
internal sealed class TestStore : IAsyncDisposable
{
    private readonly TempDirectory _dir;
    private readonly TestDatabase _database;
    private readonly ServiceProvider _provider;
    private readonly AsyncServiceScope _scope;

    private TestStore(TempDirectory dir, TestDatabase database, ServiceProvider provider)
    {
        _dir = dir;
        _database = database;
        _provider = provider;
        _scope = provider.CreateAsyncScope();
    }

    public string DataDirectory => _dir.Path;

    public TestDatabase Database => _database;

    public T Get<T>()
        where T : notnull => _scope.ServiceProvider.GetRequiredService<T>();

    public static Task<TestStore> CreateAsync() => OpenAsync(new TempDirectory(), TestDatabase.Create());

    /// <summary>A store on a database of its own on this PostgreSQL server (tests of PostgreSQL behaviour).</summary>
    public static Task<TestStore> CreatePostgresAsync(string server) => OpenAsync(new TempDirectory(), TestDatabase.CreatePostgres(server));

    /// <summary>A second, independent set of services on the same database (a restart, or another process).</summary>
    public Task<TestStore> ReopenAsync() => OpenAsync(new TempDirectoryView(_dir.Path), _database.Share());

    private static async Task<TestStore> OpenAsync(TempDirectory dir, TestDatabase database)
    {
        var services = new ServiceCollection();
        services.AddMizanData(database.Options(dir.Path));
        var store = new TestStore(dir, database, services.BuildServiceProvider());
        await DatabaseMigrator.MigrateAsync(store.Get<MizanDbContext>(), CancellationToken.None);
        return store;
    }

    public async ValueTask DisposeAsync()
    {
        await _scope.DisposeAsync();
        await _provider.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _database.Dispose();
        _dir.Dispose();
    }

    /// <summary>Shares a directory without deleting it.</summary>
    private sealed class TempDirectoryView(string path) : TempDirectory(path, owns: false);
}
