namespace Mizan.Data;

/// <summary>Where the data lives. Bound from the <c>Database</c> configuration section.</summary>
public sealed class DatabaseOptions
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "Database";

    /// <summary><c>Sqlite</c> (default). PostgreSQL follows as the production store.</summary>
    public string Provider { get; set; } = "Sqlite";

    /// <summary>A provider connection string; when empty, SQLite uses <c>{DataDirectory}/mizan.db</c>.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>The data directory (the CLI's <c>--data</c>), default <c>./mizan-data</c>.</summary>
    public string DataDirectory { get; set; } = "mizan-data";
}
