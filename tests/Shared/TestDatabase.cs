using Mizan.Data;
using Npgsql;

namespace Mizan.Tests.Shared;

/// <summary>
/// The store a test runs on. By default SQLite, a file in the test's data directory. When the environment variable
/// <c>MIZAN_TEST_POSTGRES</c> holds a connection string to a PostgreSQL server (a role that may create databases,
/// connecting to an existing database such as <c>postgres</c>), every test gets a fresh database of its own on that
/// server instead, with a unique name, dropped when the test is done. The shared helpers (TestStore,
/// MizanAppFactory, CliRunner) take their store from here, so every test that touches the database runs on both.
/// </summary>
internal sealed class TestDatabase : IDisposable
{
    /// <summary>The environment variable naming the PostgreSQL server.</summary>
    public const string Variable = "MIZAN_TEST_POSTGRES";

    private readonly string? _adminConnectionString;
    private readonly bool _owns;
    private int _disposed;

    private TestDatabase(string provider, string? connectionString, string? adminConnectionString, bool owns)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _adminConnectionString = adminConnectionString;
        _owns = owns;
    }

    /// <summary>The PostgreSQL server's admin connection string, or null when none is configured.</summary>
    public static string? PostgresServer =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    /// <summary><see cref="DatabaseOptions.Sqlite"/> or <see cref="DatabaseOptions.Postgres"/>.</summary>
    public string Provider { get; }

    /// <summary>The PostgreSQL database's connection string (null for SQLite, which lives in the data directory).</summary>
    public string? ConnectionString { get; }

    public bool IsPostgres => string.Equals(Provider, DatabaseOptions.Postgres, StringComparison.Ordinal);

    /// <summary>The configuration keys that select this store (empty for SQLite: the data directory decides).</summary>
    public IReadOnlyDictionary<string, string?> Settings => IsPostgres
        ? new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["Database:Provider"] = Provider,
            ["Database:ConnectionString"] = ConnectionString,
        }
        : new Dictionary<string, string?>(StringComparer.Ordinal);

    /// <summary>A fresh store of the provider the environment selects.</summary>
    public static TestDatabase Create() =>
        PostgresServer is { } server ? CreatePostgres(server) : new TestDatabase(DatabaseOptions.Sqlite, null, null, owns: true);

    /// <summary>
    /// The PostgreSQL server for a test that only makes sense there. Without one the test is skipped with a message
    /// saying what to set, except in CI (<c>CI=true</c>), where it fails: CI always has a server.
    /// </summary>
    public static string RequirePostgresServer()
    {
        if (PostgresServer is { } server)
        {
            return server;
        }

        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"CI must run PostgreSQL tests: set {Variable} (see .ci/run).");
        }

        Assert.Skip($"needs a PostgreSQL server: set {Variable} to an admin connection string, e.g. " +
            "'Host=127.0.0.1;Port=5432;Username=mizan;Password=...;Database=postgres' (see the README).");
        return null!;
    }

    /// <summary>A fresh, empty PostgreSQL database on <paramref name="server"/>, dropped at dispose.</summary>
    public static TestDatabase CreatePostgres(string server)
    {
        string name = "mizan_test_" + Guid.NewGuid().ToString("N");
        using (var connection = new NpgsqlConnection(server))
        {
            connection.Open();
            using var create = connection.CreateCommand();
            create.CommandText = $"CREATE DATABASE {name}";
            create.ExecuteNonQuery();
        }

        var builder = new NpgsqlConnectionStringBuilder(server) { Database = name };
        return new TestDatabase(DatabaseOptions.Postgres, builder.ConnectionString, server, owns: true);
    }

    /// <summary>The same store, not dropped when this view is disposed (another node, a restart).</summary>
    public TestDatabase Share() => new(Provider, ConnectionString, _adminConnectionString, owns: false);

    /// <summary>Options for the data services on this store.</summary>
    public DatabaseOptions Options(string dataDirectory) => new()
    {
        Provider = Provider,
        ConnectionString = ConnectionString,
        DataDirectory = dataDirectory,
    };

    /// <summary>
    /// Runs one statement on this store behind the application's back (tampering tests) and returns the rows it
    /// changed. Quote identifiers (<c>"Seq"</c>) so that the statement runs on every provider.
    /// </summary>
    public int ExecuteSql(string dataDirectory, string sql)
    {
        using System.Data.Common.DbConnection connection = IsPostgres
            ? new NpgsqlConnection(ConnectionString)
            : new Microsoft.Data.Sqlite.SqliteConnection(
                $"Data Source={System.IO.Path.Combine(dataDirectory, "mizan.db")};Pooling=false");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        if (!_owns || !IsPostgres || Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        using (var pooled = new NpgsqlConnection(ConnectionString))
        {
            NpgsqlConnection.ClearPool(pooled);
        }

        string name = new NpgsqlConnectionStringBuilder(ConnectionString).Database!;
        using var connection = new NpgsqlConnection(_adminConnectionString);
        connection.Open();
        using var drop = connection.CreateCommand();
        drop.CommandText = $"DROP DATABASE IF EXISTS {name} WITH (FORCE)";
        drop.ExecuteNonQuery();
    }
}
