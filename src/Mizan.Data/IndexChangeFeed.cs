using Microsoft.EntityFrameworkCore;
using Mizan.Data.Entities;

namespace Mizan.Data;

/// <summary>
/// Appends to <c>index_changes</c>, the feed from which every node keeps its in-memory indexes current
/// (<see cref="Matching.MatchIndexes.RefreshAsync"/>). A reader remembers the highest sequence number it applied
/// and next reads only above it, so the feed must be <em>commit-order safe</em>: once a reader has seen sequence N,
/// no change with a lower number may become visible later.
/// <para>
/// SQLite gives this for free: it has one writer at a time, holding the database's write lock from its first write
/// until commit, so numbers are allocated in commit order. PostgreSQL allocates identity values before commit and
/// commits concurrent transactions in any order, so a transaction that took N-1 could commit after one that took
/// N. Writers are therefore serialised on the feed with a transaction-scoped advisory lock taken just before the
/// insert: a writer allocates its numbers only after the previous writer has released the lock, and PostgreSQL
/// releases a transaction's locks only after its commit is visible to new snapshots. So every change with a lower
/// number is visible before any change with a higher one, and a reader that sees N sees everything below it. The
/// lock is held only from the feed insert to the commit (the entries themselves are written before it), and it
/// does not block readers. Rolled-back transactions leave gaps in the numbers, which readers never wait for.
/// Every write to <c>index_changes</c> must therefore go through this class.
/// </para>
/// </summary>
internal static class IndexChangeFeed
{
    /// <summary>The advisory lock key of the feed ("MizanICX" in ASCII); any other advisory lock must use another.</summary>
    internal const long PostgresLockKey = 0x4D697A616E494358;

    /// <summary>
    /// Records that these bank entry rows changed and saves the context; must run inside the transaction that
    /// changed them.
    /// </summary>
    public static async Task AppendAsync(MizanDbContext db, IEnumerable<long> entryIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(entryIds);
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("index_changes must be appended inside the transaction that changed the entries.");
        }

        var ids = entryIds as IReadOnlyList<long> ?? [.. entryIds];
        if (ids.Count >= PostgresBulkCopy.Threshold && db.Database.IsSqlite())
        {
            // SQLite's write lock, held since the transaction's first write, already orders the feed.
            SqliteBulkInsert.InsertChanges(db, ids);
            ids = [];
        }
        else if (ids.Count > 0 && db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({PostgresLockKey})", cancellationToken).ConfigureAwait(false);
            if (ids.Count >= PostgresBulkCopy.Threshold)
            {
                await PostgresBulkCopy.InsertChangesAsync(db, ids, cancellationToken).ConfigureAwait(false);
                ids = [];
            }
        }

        foreach (long id in ids)
        {
            db.IndexChanges.Add(new IndexChange { EntryId = id });
        }

        // Also writes whatever else the caller staged for this transaction (its audit event).
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Records that every entry of a bank changed (the bank was enabled or disabled); must run inside the
    /// transaction that changed it, after the change is saved.
    /// </summary>
    public static async Task AppendBankAsync(MizanDbContext db, int bankId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("index_changes must be appended inside the transaction that changed the bank.");
        }

        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({PostgresLockKey})", cancellationToken).ConfigureAwait(false);
        }

        await db.Database.ExecuteSqlAsync(
            $"INSERT INTO index_changes (\"EntryId\") SELECT \"Id\" FROM bank_entries WHERE \"BankId\" = {bankId} ORDER BY \"Id\"",
            cancellationToken).ConfigureAwait(false);
    }
}
