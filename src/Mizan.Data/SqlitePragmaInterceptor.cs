using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Mizan.Data.Moderation.Items;

namespace Mizan.Data;

/// <summary>
/// Durability settings for every SQLite connection: WAL (readers never block the writer), synchronous=FULL
/// (a committed transaction survives a power cut, not only a process crash), foreign keys on, and a busy
/// timeout so concurrent writers wait instead of failing. Also registers the SQL function
/// <see cref="Sha256HexFunction"/>, which SQLite lacks and a migration needs to fill a column of text hashes.
/// </summary>
internal sealed class SqlitePragmaInterceptor : DbConnectionInterceptor
{
    internal const string Pragmas =
        "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=10000;";

    /// <summary>SQL function: SHA-256 of a text as UTF-8, lower-case hex, or null for null.</summary>
    internal const string Sha256HexFunction = "mizan_sha256_hex";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        RegisterFunctions(connection);
        using var cmd = connection.CreateCommand();
        cmd.CommandText = Pragmas;
        cmd.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(
        DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        RegisterFunctions(connection);
        var cmd = connection.CreateCommand();
        await using (cmd.ConfigureAwait(false))
        {
            cmd.CommandText = Pragmas;
            await cmd.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static void RegisterFunctions(DbConnection connection)
    {
        if (connection is SqliteConnection sqlite)
        {
            sqlite.CreateFunction<string?, string?>(Sha256HexFunction, ItemService.TextSha256, isDeterministic: true);
        }
    }
}
