using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Mizan.Data.Moderation.Items;

namespace Mizan.Data;

/// <summary>Applies the provider's migrations (the embedded database does this at every start).</summary>
public static class DatabaseMigrator
{
    /// <summary>
    /// SQL function the SQLite migrations may call (SQLite has no hash functions): SHA-256 of a text as UTF-8,
    /// lower-case hex, or null for null; the PriorDecisionLookup migration fills stored items' text hashes with it.
    /// </summary>
    internal const string Sha256HexFunction = "mizan_sha256_hex";

    /// <summary>Brings the schema up to date; returns the migrations that were applied.</summary>
    public static async Task<IReadOnlyList<string>> MigrateAsync(MizanDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken).ConfigureAwait(false)).ToList();
        if (pending.Count == 0)
        {
            return pending;
        }

        if (db.Database.GetDbConnection() is not SqliteConnection sqlite)
        {
            // PostgreSQL: migrating also creates the database when it does not exist yet, so no connection first.
            await db.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
            return pending;
        }

        // SQLite's migrations run on this connection, opened here so that the function is there for them.
        await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            sqlite.CreateFunction<string?, string?>(Sha256HexFunction, ItemService.TextSha256, isDeterministic: true);
            await db.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await db.Database.CloseConnectionAsync().ConfigureAwait(false);
        }

        return pending;
    }
}
