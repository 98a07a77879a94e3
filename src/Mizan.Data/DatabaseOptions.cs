using Mizan.Core;

namespace Mizan.Data;

/// <summary>Where the data lives. Bound from the <c>Database</c> configuration section.</summary>
public sealed class DatabaseOptions
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "Database";

    /// <summary>The embedded store, one file in the data directory (the default).</summary>
    public const string Sqlite = "Sqlite";

    /// <summary>A PostgreSQL server, shared by any number of nodes.</summary>
    public const string Postgres = "Postgres";

    /// <summary><c>Sqlite</c> (default) or <c>Postgres</c>.</summary>
    public string Provider { get; set; } = Sqlite;

    /// <summary>
    /// A provider connection string; when empty, SQLite uses <c>{DataDirectory}/mizan.db</c>. PostgreSQL needs one,
    /// such as <c>Host=db.internal;Database=mizan;Username=mizan;Password=...</c>.
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>The data directory (the CLI's <c>--data</c>), default <c>./mizan-data</c>.</summary>
    public string DataDirectory { get; set; } = "mizan-data";

    /// <summary>Whether the provider is PostgreSQL (after <see cref="Validate"/>).</summary>
    public bool IsPostgres => string.Equals(Provider, Postgres, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Refuses an unknown provider or a PostgreSQL store without a connection string, naming the settings to fix
    /// (<see cref="ErrorCodes.InvalidConfiguration"/>).
    /// </summary>
    public void Validate()
    {
        if (!string.Equals(Provider, Sqlite, StringComparison.OrdinalIgnoreCase) && !IsPostgres)
        {
            throw new MizanException(
                ErrorCodes.InvalidConfiguration,
                $"Unknown database provider '{Provider}'. Set Database:Provider (environment Database__Provider) to " +
                $"{Sqlite} (the default, a file in the data directory) or {Postgres}.");
        }

        if (IsPostgres && string.IsNullOrWhiteSpace(ConnectionString))
        {
            throw new MizanException(
                ErrorCodes.InvalidConfiguration,
                "Database:Provider=Postgres needs a connection string: set Database:ConnectionString (environment " +
                "Database__ConnectionString), e.g. 'Host=127.0.0.1;Database=mizan;Username=mizan;Password=...'.");
        }
    }
}
