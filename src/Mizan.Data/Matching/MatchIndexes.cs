using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Mizan.Core.Hashing;
using Mizan.Core.Indexing;
using Mizan.Core.Text;
using Mizan.Core.Text.Matching;
using Mizan.Core.Urls;
using Mizan.Data.Banks;

namespace Mizan.Data.Matching;

/// <summary>
/// The in-memory match indexes of one node: PDQ by multi-index hashing and exact hashes by dictionary, holding
/// only row ids. Loaded in bulk from the store once (straight from a data reader, not entity by entity) and kept
/// current two ways: <see cref="BankService"/> updates them at once for writes made in this process, and
/// <see cref="RefreshAsync"/> applies the <c>index_changes</c> feed that every process appends to, so entries
/// imported by another process (the CLI, another node) are matched too. Retracted entries and entries of disabled
/// banks are not indexed; matches are resolved against the store, so a stale id can never match.
/// </summary>
public sealed class MatchIndexes : IDisposable
{
    private const byte Md5Signal = 1;
    private const byte Sha256Signal = 2;

    private readonly SemaphoreSlim _loadLock = new(1, 1);
    private readonly ExactHashIndex _exact = new();
    private readonly UrlIndex _url = new();
    private TextFingerprinter _fingerprinter = new(TextMatchOptions.Default, BackgroundCorpus.BuiltIn);
    private int _backgroundVersion;
    private TextIndex _text = new(TextMatchOptions.Default);
    private PdqIndex _pdq = new();
    private volatile bool _loaded;
    private long _lastSeq;

    /// <summary>Whether the indexes have been loaded from the store.</summary>
    public bool Loaded => _loaded;

    /// <summary>Live PDQ hashes indexed.</summary>
    public int PdqCount => _pdq.Count;

    /// <summary>Live exact hashes indexed.</summary>
    public int ExactCount => _exact.Count;

    /// <summary>Live text items indexed (items too short after masking quotations are not).</summary>
    public int TextCount => _text.Count;

    /// <summary>Live URLs indexed.</summary>
    public int UrlCount => _url.Count;

    /// <summary>Fingerprints texts the same way for known items and queries.</summary>
    public TextFingerprinter Fingerprinter => _fingerprinter;

    /// <summary>The last <c>index_changes</c> sequence number applied.</summary>
    public long LastAppliedChange => Interlocked.Read(ref _lastSeq);

    /// <summary>Loads every live entry from the store once; later calls return at once.</summary>
    public async Task EnsureLoadedAsync(MizanDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (_loaded)
        {
            return;
        }

        await _loadLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_loaded)
            {
                return;
            }

            await LoadBackgroundAsync(db, cancellationToken).ConfigureAwait(false);
            DbConnection connection = db.Database.GetDbConnection();
            bool opened = false;
            if (connection.State != System.Data.ConnectionState.Open)
            {
                await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
                opened = true;
            }

            var text = new TextIndex(TextMatchOptions.Default);
            var pdq = new PdqColumns();
            try
            {
                // The feed position is read before the rows: a change committed during the load is applied again
                // by the next refresh, which is harmless.
                using (var seq = connection.CreateCommand())
                {
                    seq.CommandText = """SELECT COALESCE(MAX("Seq"), 0) FROM index_changes""";
                    _lastSeq = Convert.ToInt64(await seq.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
                }

                // Sized once from the (signal, value) index, an upper bound that counts retracted rows too, so ten
                // million hashes never pass through a list's doubling copies on their way into the index.
                using (var count = connection.CreateCommand())
                {
                    count.CommandText = """SELECT COUNT(*) FROM bank_entries WHERE "SignalType" = 'pdq'""";
                    pdq.Reserve(Convert.ToInt32(await count.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture));
                }

                using var cmd = connection.CreateCommand();
                cmd.CommandText =
                    """
                    SELECT e."Id", e."SignalType", e."Value", e."Text", e."Scope"
                    FROM bank_entries e JOIN banks b ON b."Id" = e."BankId"
                    WHERE e."Retracted" = FALSE AND b."Enabled" = TRUE
                    """;
                using var reader = await cmd.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                var texts = new TextBatch(_fingerprinter, text);
                char[] hex = new char[PdqHash.HexLength];
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    long id = reader.GetInt64(0);
                    string signal = reader.GetString(1);
                    if (string.Equals(signal, SignalTypes.Pdq, StringComparison.Ordinal))
                    {
                        // Copied into one buffer (PostgreSQL decodes straight into it), not a string per row.
                        int length = (int)reader.GetChars(2, 0, hex, 0, hex.Length);
                        pdq.Add(id, PdqHash.Parse(hex.AsSpan(0, length)));
                    }
                    else if (string.Equals(signal, SignalTypes.Text, StringComparison.Ordinal))
                    {
                        texts.Add(id, reader.IsDBNull(3) ? "" : reader.GetString(3), cancellationToken);
                    }
                    else
                    {
                        Add(id, signal, reader.GetString(2), null, reader.IsDBNull(4) ? null : reader.GetString(4));
                    }
                }

                texts.Flush(cancellationToken);
            }
            finally
            {
                if (opened)
                {
                    await connection.CloseAsync().ConfigureAwait(false);
                }
            }

            _pdq = PdqIndex.Build(pdq.Ids, pdq.Hashes);
            _text = text;
            _loaded = true;
        }
        finally
        {
            _loadLock.Release();
        }
    }

    /// <summary>
    /// Applies every change after <see cref="LastAppliedChange"/>: each changed row is indexed if it is live now
    /// and removed otherwise. Returns how many changes were applied. Reading only above the last number applied is
    /// sound because the feed's numbers become visible in commit order on every provider (see
    /// <see cref="IndexChangeFeed"/>). The SQL here is plain and portable (quoted identifiers, boolean literals):
    /// it runs unchanged on SQLite and PostgreSQL.
    /// </summary>
    public async Task<int> RefreshAsync(MizanDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (!_loaded)
        {
            await EnsureLoadedAsync(db, cancellationToken).ConfigureAwait(false);
            return 0;
        }

        await _loadLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            DbConnection connection = db.Database.GetDbConnection();
            bool opened = false;
            if (connection.State != System.Data.ConnectionState.Open)
            {
                await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
                opened = true;
            }

            int applied = 0;
            try
            {
                if (await BackgroundVersionAsync(db, cancellationToken).ConfigureAwait(false) != _backgroundVersion)
                {
                    // The corpus of quotations changed: every known text is fingerprinted again with it.
                    await LoadBackgroundAsync(db, cancellationToken).ConfigureAwait(false);
                    await RebuildTextAsync(db, cancellationToken).ConfigureAwait(false);
                }

                using var cmd = connection.CreateCommand();
                cmd.CommandText =
                    """
                    SELECT c."Seq", e."Id", e."SignalType", e."Value", e."Retracted", b."Enabled", e."Text", e."Scope"
                    FROM index_changes c
                    JOIN bank_entries e ON e."Id" = c."EntryId"
                    JOIN banks b ON b."Id" = e."BankId"
                    WHERE c."Seq" > @after
                    ORDER BY c."Seq"
                    """;
                var after = cmd.CreateParameter();
                after.ParameterName = "@after";
                after.Value = _lastSeq;
                cmd.Parameters.Add(after);
                using var reader = await cmd.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    long seq = reader.GetInt64(0);
                    long id = reader.GetInt64(1);
                    string signal = reader.GetString(2);
                    string value = reader.GetString(3);
                    bool live = !reader.GetBoolean(4) && reader.GetBoolean(5);
                    if (live)
                    {
                        Add(id, signal, value, reader.IsDBNull(6) ? null : reader.GetString(6), reader.IsDBNull(7) ? null : reader.GetString(7));
                    }
                    else
                    {
                        Remove(id, signal, value);
                    }

                    Interlocked.Exchange(ref _lastSeq, seq);
                    applied++;
                }
            }
            finally
            {
                if (opened)
                {
                    await connection.CloseAsync().ConfigureAwait(false);
                }
            }

            return applied;
        }
        finally
        {
            _loadLock.Release();
        }
    }

    /// <summary>PDQ rows on their way into <see cref="PdqIndex.Build"/>: two arrays sized from a count.</summary>
    private sealed class PdqColumns
    {
        private long[] _ids = [];
        private PdqHash[] _hashes = [];
        private int _count;

        public ReadOnlySpan<long> Ids => _ids.AsSpan(0, _count);

        public ReadOnlySpan<PdqHash> Hashes => _hashes.AsSpan(0, _count);

        public void Reserve(int capacity)
        {
            _ids = new long[capacity];
            _hashes = new PdqHash[capacity];
        }

        public void Add(long id, PdqHash hash)
        {
            if (_count == _ids.Length)
            {
                // Rows added after the count: rare, and only then does an array grow.
                int capacity = Math.Max(1024, _count + (_count / 8));
                Array.Resize(ref _ids, capacity);
                Array.Resize(ref _hashes, capacity);
            }

            _ids[_count] = id;
            _hashes[_count] = hash;
            _count++;
        }
    }

    /// <summary>
    /// Texts read at load, fingerprinted a few thousand at a time over the cores and indexed in order, so only
    /// one batch of known texts is held in memory, never all of them.
    /// </summary>
    private sealed class TextBatch(TextFingerprinter fingerprinter, TextIndex index)
    {
        private const int Size = 4096;
        private readonly long[] _ids = new long[Size];
        private readonly string[] _texts = new string[Size];
        private readonly TextFingerprint[] _fingerprints = new TextFingerprint[Size];
        private int _count;

        public void Add(long id, string text, CancellationToken cancellationToken)
        {
            _ids[_count] = id;
            _texts[_count] = text;
            if (++_count == Size)
            {
                Flush(cancellationToken);
            }
        }

        public void Flush(CancellationToken cancellationToken)
        {
            Parallel.For(0, _count, new ParallelOptions { CancellationToken = cancellationToken }, i => _fingerprints[i] = fingerprinter.Compute(_texts[i]));
            for (int i = 0; i < _count; i++)
            {
                index.Add(_ids[i], _fingerprints[i]);
                _fingerprints[i] = null!;
                _texts[i] = null!;
            }

            _count = 0;
        }
    }

    private static async Task<int> BackgroundVersionAsync(MizanDbContext db, CancellationToken cancellationToken) =>
        await db.BackgroundTexts.CountAsync(cancellationToken).ConfigureAwait(false);

    private async Task LoadBackgroundAsync(MizanDbContext db, CancellationToken cancellationToken)
    {
        var texts = await db.BackgroundTexts.AsNoTracking().OrderBy(t => t.Id).Select(t => t.Text).ToListAsync(cancellationToken).ConfigureAwait(false);
        _fingerprinter = new TextFingerprinter(TextMatchOptions.Default, texts.Count == 0 ? BackgroundCorpus.BuiltIn : BackgroundCorpus.BuiltIn.With(texts));
        _backgroundVersion = texts.Count;
    }

    private async Task RebuildTextAsync(MizanDbContext db, CancellationToken cancellationToken)
    {
        var rows = await db.BankEntries.AsNoTracking()
            .Where(e => e.SignalType == SignalTypes.Text && !e.Retracted && e.Bank!.Enabled)
            .Select(e => new { e.Id, e.Text })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var fingerprints = new TextFingerprint[rows.Count];
        var fingerprinter = _fingerprinter;
        Parallel.For(0, rows.Count, new ParallelOptions { CancellationToken = cancellationToken }, i => fingerprints[i] = fingerprinter.Compute(rows[i].Text ?? ""));
        var text = new TextIndex(TextMatchOptions.Default);
        for (int i = 0; i < rows.Count; i++)
        {
            text.Add(rows[i].Id, fingerprints[i]);
        }

        // The old index is left to the collector: a search may still be running on it.
        _text = text;
    }

    /// <summary>Indexes a stored row.</summary>
    public void Add(long id, string signal, string value, string? text, string? scope)
    {
        switch (signal)
        {
            case SignalTypes.Pdq:
                _pdq.Add(id, PdqHash.Parse(value));
                break;
            case SignalTypes.Text:
                _text.Add(id, _fingerprinter.Compute(text ?? ""));
                break;
            case SignalTypes.Url:
                _url.Add(id, UrlCanonicalizer.Canonicalize(value), UrlScopes.Parse(scope));
                break;
            default:
                AddExact(id, signal, value);
                break;
        }
    }

    /// <summary>Removes a row (retraction).</summary>
    public void Remove(long id, string signal, string value)
    {
        switch (signal)
        {
            case SignalTypes.Pdq:
                _pdq.Remove(id);
                break;
            case SignalTypes.Text:
                _text.Remove(id);
                break;
            case SignalTypes.Url:
                _url.Remove(id);
                break;
            default:
                if (ExactSignal(signal) is byte s)
                {
                    _exact.Remove(s, value, id);
                }

                break;
        }
    }

    /// <summary>Appends the text items that match <paramref name="query"/> at the index's floor thresholds.</summary>
    public void SearchText(TextFingerprint query, double minSimilarity, double minContainment, List<TextMatch> results) =>
        _text.Search(query, minSimilarity, minContainment, results);

    /// <summary>Appends the URL entries that cover <paramref name="query"/>.</summary>
    public void SearchUrl(CanonicalUrl query, List<UrlMatch> results) => _url.Search(query, results);

    /// <summary>Appends the rows whose PDQ hash is within <paramref name="maxDistance"/> of <paramref name="query"/>.</summary>
    public void SearchPdq(PdqHash query, int maxDistance, List<PdqMatch> results) => _pdq.Search(query, maxDistance, results);

    /// <summary>Appends the rows stored under an exact hash.</summary>
    public void LookupExact(string signal, string value, List<long> results)
    {
        if (ExactSignal(signal) is byte s)
        {
            _exact.Lookup(s, value, results);
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _loadLock.Dispose();
        _text.Dispose();
    }

    private void AddExact(long id, string signal, string value)
    {
        if (ExactSignal(signal) is byte s)
        {
            _exact.Add(s, value, id);
        }
    }

    private static byte? ExactSignal(string signal) => signal switch
    {
        SignalTypes.Md5 => Md5Signal,
        SignalTypes.Sha256 => Sha256Signal,
        _ => null,
    };
}
