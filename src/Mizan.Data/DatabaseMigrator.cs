using Microsoft.EntityFrameworkCore;

namespace Mizan.Data;

/// <summary>Applies the provider's migrations (the embedded database does this at every start).</summary>
public static class DatabaseMigrator
{
    /// <summary>Brings the schema up to date; returns the migrations that were applied.</summary>
    public static async Task<IReadOnlyList<string>> MigrateAsync(MizanDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken).ConfigureAwait(false)).ToList();
        if (pending.Count > 0)
        {
            await db.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
        }

        return pending;
    }
}
