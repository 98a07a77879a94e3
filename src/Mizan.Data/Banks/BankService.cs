using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Mizan.Core;
using Mizan.Data.Audit;
using Mizan.Data.Entities;
using Mizan.Data.Matching;

namespace Mizan.Data.Banks;

/// <summary>
/// Banks and their entries: the one place that writes them, so the match indexes stay in step. Every change is
/// audited: <c>bank.created</c>, <c>bank.updated</c>, one <c>bank.entries_added</c> per call (a request or an
/// import batch, with counts and the ids added) and <c>bank_entry.retracted</c>.
/// </summary>
public sealed class BankService(MizanDbContext db, MatchIndexes indexes, MatchOptions matchOptions, AuditLog audit, TimeProvider clock)
{
    /// <summary>Creates a bank; <see cref="ErrorCodes.Conflict"/> if the name is taken.</summary>
    public async Task<BankSummary> CreateBankAsync(
        string name, string? description, bool autoAction, AuditActor actor, CancellationToken cancellationToken,
        double? textMinSimilarity = null, double? textMinContainment = null)
    {
        ArgumentNullException.ThrowIfNull(actor);
        BankNames.Validate(name);
        ValidateThreshold(textMinSimilarity, "textMinSimilarity");
        ValidateThreshold(textMinContainment, "textMinContainment");
        if (description is { Length: > 2000 })
        {
            throw new MizanException(ErrorCodes.InvalidRequest, "A bank description may be at most 2000 characters.");
        }

        if (await db.Banks.AnyAsync(b => b.Name == name, cancellationToken).ConfigureAwait(false))
        {
            throw new MizanException(ErrorCodes.Conflict, $"A bank named '{name}' already exists.");
        }

        var bank = new Bank
        {
            Name = name,
            Description = description ?? "",
            AutoAction = autoAction,
            Enabled = true,
            TextMinSimilarity = textMinSimilarity,
            TextMinContainment = textMinContainment,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            CreatedBy = actor.Name,
        };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        db.Banks.Add(bank);
        await audit.AppendAsync(db, actor, new AuditRecord("bank.created", "bank", name, null, Settings(bank), null), cancellationToken).ConfigureAwait(false);
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException ex) when (StoreErrors.IsUniqueViolation(ex))
        {
            throw new MizanException(ErrorCodes.Conflict, $"A bank named '{name}' already exists.", ex);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        db.ChangeTracker.Clear();
        return Summary(bank, 0, 0);
    }

    /// <summary>Every bank with its entry counts (distinct entry ids, live and retracted).</summary>
    public async Task<IReadOnlyList<BankSummary>> ListBanksAsync(CancellationToken cancellationToken)
    {
        var banks = await db.Banks.AsNoTracking().OrderBy(b => b.Name).ToListAsync(cancellationToken).ConfigureAwait(false);
        var counts = await db.BankEntries.AsNoTracking()
            .GroupBy(e => new { e.BankId, e.Retracted })
            .Select(g => new { g.Key.BankId, g.Key.Retracted, Count = g.Select(e => e.ExternalId).Distinct().Count() })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var result = new List<BankSummary>(banks.Count);
        foreach (var b in banks)
        {
            int live = counts.Where(c => c.BankId == b.Id && !c.Retracted).Sum(c => c.Count);
            int retracted = counts.Where(c => c.BankId == b.Id && c.Retracted).Sum(c => c.Count);
            result.Add(Summary(b, live, retracted));
        }

        return result;
    }

    /// <summary>One bank, or <see cref="ErrorCodes.NotFound"/>.</summary>
    public async Task<BankSummary> GetBankAsync(string name, CancellationToken cancellationToken)
    {
        var all = await ListBanksAsync(cancellationToken).ConfigureAwait(false);
        return all.FirstOrDefault(b => string.Equals(b.Name, name, StringComparison.Ordinal)) ?? throw BankNotFound(name);
    }

    /// <summary>
    /// Adds entries in one transaction. Each entry is accepted or refused whole: a refused entry (a conflicting
    /// value under the same id and signal, or a retracted id) is reported and stores nothing, the others are stored.
    /// </summary>
    public async Task<IReadOnlyList<EntryAddResult>> AddEntriesAsync(
        string bankName, IReadOnlyList<EntryInput> entries, AuditActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(actor);
        var bank = await FindBankAsync(bankName, cancellationToken).ConfigureAwait(false);
        var ids = entries.Select(e => e.ExternalId).Distinct(StringComparer.Ordinal).ToList();
        var existing = await StoredSignalsAsync(bank.Id, ids, cancellationToken).ConfigureAwait(false);

        var now = clock.GetUtcNow().UtcDateTime;
        var results = new EntryAddResult[entries.Count];
        var added = new List<BankEntry>();
        for (int i = 0; i < entries.Count; i++)
        {
            var input = entries[i];
            var pending = new List<BankEntry>();
            int unchanged = 0;
            string? error = null;
            foreach (var signal in input.Signals)
            {
                if (existing.TryGetValue((input.ExternalId, signal.Type), out var row))
                {
                    if (row.Retracted)
                    {
                        error = $"Entry '{input.ExternalId}' was retracted ({row.RetractedReason}); add it again under a new id.";
                        break;
                    }

                    if (!string.Equals(row.Value, signal.Value, StringComparison.Ordinal))
                    {
                        error = $"Entry '{input.ExternalId}' already has a different {signal.Type} value; retract it and use a new id.";
                        break;
                    }

                    unchanged++;
                    continue;
                }

                pending.Add(new BankEntry
                {
                    BankId = bank.Id,
                    ExternalId = input.ExternalId,
                    SignalType = signal.Type,
                    Value = signal.Value,
                    Quality = signal.Quality,
                    Text = signal.Text,
                    Scope = signal.Scope,
                    Labels = [.. input.Labels],
                    Source = input.Source,
                    AddedBy = actor.Name,
                    AddedAt = now,
                });
            }

            if (error is not null)
            {
                results[i] = new EntryAddResult(input.ExternalId, 0, 0, ErrorCodes.Conflict, error);
                continue;
            }

            foreach (var row in pending)
            {
                // A later line of the same batch with the same id and signal sees this one as existing.
                existing[(row.ExternalId, row.SignalType)] = new StoredSignal(row.Value, false, null);
            }

            added.AddRange(pending);
            results[i] = new EntryAddResult(input.ExternalId, pending.Count, unchanged);
        }

        if (added.Count > 0)
        {
            try
            {
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);

                // The audit append comes first: its write takes the store's write lock (SQLite) or the audit chain's
                // row lock (PostgreSQL) for the rest of the transaction, which the SQLite bulk insert relies on.
                await audit.AppendAsync(db, actor, EntriesAdded(bankName, results, added), cancellationToken).ConfigureAwait(false);
                if (added.Count >= PostgresBulkCopy.Threshold && db.Database.IsNpgsql())
                {
                    // Large batches (bank imports) stream in by binary COPY on PostgreSQL, and through one reused
                    // prepared statement on SQLite: the change tracker costs more than the database for these.
                    await PostgresBulkCopy.InsertEntriesAsync(db, added, cancellationToken).ConfigureAwait(false);
                }
                else if (added.Count >= PostgresBulkCopy.Threshold && db.Database.IsSqlite())
                {
                    SqliteBulkInsert.InsertEntries(db, added);
                }
                else
                {
                    db.BankEntries.AddRange(added);
                    await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                }
                await IndexChangeFeed.AppendAsync(db, added.Select(r => r.Id).ToList(), cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (StoreErrors.IsUniqueViolation(ex))
            {
                // Another writer stored one of these ids meanwhile; nothing of this batch was stored.
                db.ChangeTracker.Clear();
                throw new MizanException(
                    ErrorCodes.Conflict, $"Bank '{bankName}' received the same entry ids from another writer at the same time; nothing was stored, retry.", ex);
            }

            db.ChangeTracker.Clear();

            // Only a loaded index is kept current here; one not loaded yet (a CLI import, a node still starting) reads
            // these rows when it loads, and the change feed covers a load already under way. Indexing them anyway would
            // fingerprint every text of a bulk import in the importing process only to throw the work away.
            if (bank.Enabled && indexes.Loaded)
            {
                foreach (var row in added)
                {
                    indexes.Add(row.Id, row.SignalType, row.Value, row.Text, row.Scope);
                }
            }
        }

        return results;
    }

    /// <summary>
    /// Prepares this service's connection for a long run of <see cref="AddEntriesAsync"/> calls (a bank import):
    /// the connection stays open until the result is disposed and, on SQLite, gets a page cache of 256 MB instead of
    /// 2 MB. New rows land at random places of the value index, and with the small cache most of them would read
    /// a page in and spill another out.
    /// </summary>
    public async Task<IAsyncDisposable> BeginBulkAsync(CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        bool sqlite = db.Database.IsSqlite();
        if (sqlite)
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA cache_size = -262144", cancellationToken).ConfigureAwait(false);
        }

        return new BulkSession(db, sqlite);
    }

    /// <summary>Retracts every signal of an entry so it never matches again; the reason is kept.</summary>
    /// <returns>How many signals were retracted (0 when it was already retracted).</returns>
    public async Task<int> RetractAsync(
        string bankName, string externalId, string reason, AuditActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (string.IsNullOrWhiteSpace(reason) || reason.Length > 2000)
        {
            throw new MizanException(ErrorCodes.InvalidRequest, "A retraction needs a reason of 1-2000 characters.");
        }

        var bank = await FindBankAsync(bankName, cancellationToken).ConfigureAwait(false);
        var rows = await db.BankEntries
            .Where(e => e.BankId == bank.Id && e.ExternalId == externalId)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        if (rows.Count == 0)
        {
            throw new MizanException(ErrorCodes.NotFound, $"Bank '{bankName}' has no entry '{externalId}'.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var changed = rows.Where(r => !r.Retracted).ToList();
        foreach (var row in changed)
        {
            row.Retracted = true;
            row.RetractedReason = reason;
            row.RetractedAt = now;
            row.RetractedBy = actor.Name;
        }

        if (changed.Count == 0)
        {
            return 0;
        }

        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false))
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            var signals = changed.Select(r => new { signal = r.SignalType, r.Value }).ToList();
            await audit.AppendAsync(
                db,
                actor,
                new AuditRecord("bank_entry.retracted", "bank_entry", $"{bankName}/{externalId}", new { retracted = false, signals }, new { retracted = true, signals }, reason),
                cancellationToken).ConfigureAwait(false);
            await IndexChangeFeed.AppendAsync(db, changed.Select(r => r.Id).ToList(), cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        db.ChangeTracker.Clear();
        foreach (var row in indexes.Loaded ? changed : [])
        {
            indexes.Remove(row.Id, row.SignalType, row.Value);
        }

        return changed.Count;
    }

    /// <summary>A page of a bank's stored signals in row order, after the row id <paramref name="after"/>.</summary>
    public async Task<IReadOnlyList<EntryView>> ListEntriesAsync(
        string bankName, long after, int limit, CancellationToken cancellationToken)
    {
        var bank = await FindBankAsync(bankName, cancellationToken).ConfigureAwait(false);
        return await Views(db.BankEntries.AsNoTracking().Where(e => e.BankId == bank.Id && e.Id > after).OrderBy(e => e.Id).Take(limit))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The stored signals of <paramref name="signalType"/> (md5, sha256 or pdq) whose value is exactly
    /// <paramref name="value"/>, retracted ones included, in the bank <paramref name="bankName"/> or (null) in every
    /// bank; at most <paramref name="limit"/>, oldest first. A malformed value is <see cref="ErrorCodes.MalformedHash"/>.
    /// </summary>
    public async Task<IReadOnlyList<FoundEntry>> FindEntriesAsync(
        string? bankName, string signalType, string value, int limit, CancellationToken cancellationToken)
    {
        if (signalType is not (SignalTypes.Md5 or SignalTypes.Sha256 or SignalTypes.Pdq))
        {
            throw new MizanException(ErrorCodes.InvalidRequest, "Entries are looked up by md5, sha256 or pdq.");
        }

        string canonical = SignalTypes.Canonicalize(signalType, value);
        var query = db.BankEntries.AsNoTracking().Where(e => e.SignalType == signalType && e.Value == canonical);
        if (bankName is not null)
        {
            var bank = await FindBankAsync(bankName, cancellationToken).ConfigureAwait(false);
            query = query.Where(e => e.BankId == bank.Id);
        }

        var banks = await query.OrderBy(e => e.Id).Take(limit).Select(e => new { e.Id, Bank = e.Bank!.Name })
            .ToDictionaryAsync(e => e.Id, e => e.Bank, cancellationToken).ConfigureAwait(false);
        var ids = banks.Keys.ToList();
        var views = await Views(db.BankEntries.AsNoTracking().Where(e => ids.Contains(e.Id)).OrderBy(e => e.Id))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return views.Select(v => new FoundEntry(banks[v.RowId], v)).ToList();
    }

    /// <summary>Streams every stored signal of a bank (retracted ones included) in row order.</summary>
    public async IAsyncEnumerable<EntryView> ExportAsync(
        string bankName, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var bank = await FindBankAsync(bankName, cancellationToken).ConfigureAwait(false);
        long after = 0;
        while (true)
        {
            var page = await Views(db.BankEntries.AsNoTracking().Where(e => e.BankId == bank.Id && e.Id > after).OrderBy(e => e.Id).Take(5000))
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            foreach (var view in page)
            {
                yield return view;
            }

            if (page.Count < 5000)
            {
                yield break;
            }

            after = page[^1].RowId;
        }
    }

    /// <summary>
    /// Changes a bank's settings; null leaves a setting as it is. Enabling or disabling a bank tells every node's
    /// indexes through the change feed. Audited as <c>bank.updated</c> with the settings before and after.
    /// </summary>
    public async Task<BankSummary> UpdateBankAsync(string name, BankUpdate update, AuditActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(update);
        ArgumentNullException.ThrowIfNull(actor);
        ValidateThreshold(update.TextMinSimilarity, "textMinSimilarity");
        ValidateThreshold(update.TextMinContainment, "textMinContainment");
        if (update.Description is { Length: > 2000 })
        {
            throw new MizanException(ErrorCodes.InvalidRequest, "A bank description may be at most 2000 characters.");
        }

        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false))
        {
            var bank = await db.Banks.FirstOrDefaultAsync(b => b.Name == name, cancellationToken).ConfigureAwait(false) ?? throw BankNotFound(name);
            var before = Settings(bank);
            bool wasEnabled = bank.Enabled;
            bank.Description = update.Description ?? bank.Description;
            bank.AutoAction = update.AutoAction ?? bank.AutoAction;
            bank.Enabled = update.Enabled ?? bank.Enabled;
            bank.TextMinSimilarity = update.TextMinSimilarity ?? bank.TextMinSimilarity;
            bank.TextMinContainment = update.TextMinContainment ?? bank.TextMinContainment;
            var after = Settings(bank);
            if (before == after)
            {
                return await GetBankAsync(name, cancellationToken).ConfigureAwait(false);
            }

            await audit.AppendAsync(db, actor, new AuditRecord("bank.updated", "bank", name, before, after, update.Reason), cancellationToken).ConfigureAwait(false);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            if (wasEnabled != bank.Enabled)
            {
                // Every node re-reads these entries (with the bank's new state) from the change feed.
                await IndexChangeFeed.AppendBankAsync(db, bank.Id, cancellationToken).ConfigureAwait(false);
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        db.ChangeTracker.Clear();
        await indexes.RefreshAsync(db, cancellationToken).ConfigureAwait(false);
        return await GetBankAsync(name, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Gives the connection back as it was: SQLite's default cache, closed.</summary>
    private sealed class BulkSession(MizanDbContext db, bool sqlite) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            if (sqlite)
            {
                await db.Database.ExecuteSqlRawAsync("PRAGMA cache_size = -2000").ConfigureAwait(false);
            }

            await db.Database.CloseConnectionAsync().ConfigureAwait(false);
        }
    }

    /// <summary>What the add checks need of a stored signal.</summary>
    private sealed record StoredSignal(string Value, bool Retracted, string? RetractedReason);

    /// <summary>
    /// The stored signals of these entry ids, in one query whatever their number: the ids go in as one array
    /// parameter (PostgreSQL) or one JSON array (SQLite), both probing the (bank, entry id, signal) index. Only what
    /// the checks read comes back: a stored text can be long, and most batches of an import find nothing here.
    /// </summary>
    private async Task<Dictionary<(string, string), StoredSignal>> StoredSignalsAsync(
        int bankId, List<string> ids, CancellationToken cancellationToken)
    {
        var existing = new Dictionary<(string, string), StoredSignal>();
        if (ids.Count == 0)
        {
            return existing;
        }

        bool postgres = db.Database.IsNpgsql();
        await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using var cmd = db.Database.GetDbConnection().CreateCommand();
            cmd.CommandText =
                $"""
                SELECT "ExternalId", "SignalType", "Value", "Retracted", "RetractedReason" FROM bank_entries
                WHERE "BankId" = @bank AND "ExternalId" {(postgres ? "= ANY(@ids)" : "IN (SELECT value FROM json_each(@ids))")}
                """;
            var bank = cmd.CreateParameter();
            bank.ParameterName = "@bank";
            bank.Value = bankId;
            cmd.Parameters.Add(bank);
            var list = cmd.CreateParameter();
            list.ParameterName = "@ids";
            list.Value = postgres ? ids.ToArray() : System.Text.Json.JsonSerializer.Serialize(ids);
            cmd.Parameters.Add(list);
            await using var reader = await cmd.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                existing[(reader.GetString(0), reader.GetString(1))] =
                    new StoredSignal(reader.GetString(2), reader.GetBoolean(3), reader.IsDBNull(4) ? null : reader.GetString(4));
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync().ConfigureAwait(false);
        }

        return existing;
    }

    /// <summary>The audited settings of a bank.</summary>
    private static BankSettings Settings(Bank b) =>
        new(b.Name, b.Description, b.AutoAction, b.Enabled, b.TextMinSimilarity, b.TextMinContainment);

    /// <summary>One audit event for a whole call: counts, and the ids of the entries that gained signals.</summary>
    private static AuditRecord EntriesAdded(string bankName, EntryAddResult[] results, List<BankEntry> added)
    {
        // Enough for a whole batch of `mizan bank import` (5000) and of an API request (1000).
        const int maxIds = 5000;
        var ids = results.Where(r => r.Added > 0).Select(r => r.ExternalId).Distinct(StringComparer.Ordinal).ToList();
        var after = new
        {
            entries = ids.Count,
            signals = added.Count,
            unchanged = results.Count(r => !r.Failed && r.Added == 0),
            refused = results.Count(r => r.Failed),
            ids = ids.Take(maxIds).ToList(),
            idsTruncated = ids.Count > maxIds,
        };
        return new AuditRecord("bank.entries_added", "bank", bankName, null, after, null);
    }

    private BankSummary Summary(Bank b, int live, int retracted) => new(
        b.Name, b.Description, b.AutoAction, b.Enabled, b.CreatedAt, b.CreatedBy, live, retracted,
        b.TextMinSimilarity ?? matchOptions.TextMinSimilarity, b.TextMinContainment ?? matchOptions.TextMinContainment);

    private static void ValidateThreshold(double? value, string name)
    {
        if (value is < 0 or > 1 || (value is double d && double.IsNaN(d)))
        {
            throw new MizanException(ErrorCodes.InvalidRequest, $"{name} must be between 0 and 1.");
        }
    }

    private static IQueryable<EntryView> Views(IQueryable<BankEntry> query) => query.Select(e => new EntryView(
        e.Id, e.ExternalId, e.SignalType, e.Value, e.Quality, e.Labels, e.Source, e.AddedBy, e.AddedAt,
        e.Retracted, e.RetractedReason, e.RetractedAt, e.Text, e.Scope));

    private async Task<Bank> FindBankAsync(string name, CancellationToken cancellationToken) =>
        await db.Banks.AsNoTracking().FirstOrDefaultAsync(b => b.Name == name, cancellationToken).ConfigureAwait(false)
        ?? throw BankNotFound(name);

    private static MizanException BankNotFound(string name) =>
        new(ErrorCodes.NotFound, $"No bank named '{name}'. List banks with `mizan bank list` or GET /v1/banks.");
}
