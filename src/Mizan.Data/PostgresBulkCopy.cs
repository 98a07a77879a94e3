using Microsoft.EntityFrameworkCore;
using Mizan.Data.Entities;
using Npgsql;
using NpgsqlTypes;

namespace Mizan.Data;

/// <summary>
/// Large batches of bank entries on PostgreSQL go in by binary <c>COPY</c> rather than one <c>INSERT</c> per row:
/// row ids are taken from the identity's sequence first (so the caller still learns them, for the change feed and
/// the indexes), then the rows and their <c>index_changes</c> are streamed in the caller's transaction.
/// </summary>
internal static class PostgresBulkCopy
{
    /// <summary>Batches at least this large are copied; smaller ones are not worth a round of id allocation.</summary>
    public const int Threshold = 100;

    private const string EntryColumns =
        "\"Id\", \"BankId\", \"ExternalId\", \"SignalType\", \"Value\", \"Text\", \"Scope\", \"Quality\", \"Labels\", " +
        "\"Source\", \"AddedBy\", \"AddedAt\", \"Retracted\"";

    /// <summary>Inserts <paramref name="rows"/> (assigning their ids) inside the current transaction.</summary>
    public static async Task InsertEntriesAsync(MizanDbContext db, IReadOnlyList<BankEntry> rows, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Bulk inserts run inside the caller's transaction.");
        }

        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var ids = new List<long>(rows.Count);
        await using (var allocate = connection.CreateCommand())
        {
            allocate.CommandText = "SELECT nextval(pg_get_serial_sequence('bank_entries', 'Id')) FROM generate_series(1, @n)";
            allocate.Parameters.AddWithValue("n", rows.Count);
            await using var reader = await allocate.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                ids.Add(reader.GetInt64(0));
            }
        }

        ids.Sort();
        await using var importer = await connection.BeginBinaryImportAsync(
            $"COPY bank_entries ({EntryColumns}) FROM STDIN (FORMAT BINARY)", cancellationToken).ConfigureAwait(false);
        for (int i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            row.Id = ids[i];
            await importer.StartRowAsync(cancellationToken).ConfigureAwait(false);
            await importer.WriteAsync(row.Id, NpgsqlDbType.Bigint, cancellationToken).ConfigureAwait(false);
            await importer.WriteAsync(row.BankId, NpgsqlDbType.Integer, cancellationToken).ConfigureAwait(false);
            await importer.WriteAsync(row.ExternalId, NpgsqlDbType.Varchar, cancellationToken).ConfigureAwait(false);
            await importer.WriteAsync(row.SignalType, NpgsqlDbType.Varchar, cancellationToken).ConfigureAwait(false);
            await importer.WriteAsync(row.Value, NpgsqlDbType.Varchar, cancellationToken).ConfigureAwait(false);
            await WriteNullableAsync(importer, row.Text, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
            await WriteNullableAsync(importer, row.Scope, NpgsqlDbType.Varchar, cancellationToken).ConfigureAwait(false);
            if (row.Quality is int quality)
            {
                await importer.WriteAsync(quality, NpgsqlDbType.Integer, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await importer.WriteNullAsync(cancellationToken).ConfigureAwait(false);
            }

            await importer.WriteAsync(row.Labels, NpgsqlDbType.Array | NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
            await WriteNullableAsync(importer, row.Source, NpgsqlDbType.Varchar, cancellationToken).ConfigureAwait(false);
            await importer.WriteAsync(row.AddedBy, NpgsqlDbType.Varchar, cancellationToken).ConfigureAwait(false);
            await importer.WriteAsync(DateTime.SpecifyKind(row.AddedAt, DateTimeKind.Utc), NpgsqlDbType.TimestampTz, cancellationToken).ConfigureAwait(false);
            await importer.WriteAsync(row.Retracted, NpgsqlDbType.Boolean, cancellationToken).ConfigureAwait(false);
        }

        await importer.CompleteAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Appends one <c>index_changes</c> row per entry id (the caller holds the feed's lock).</summary>
    public static async Task InsertChangesAsync(MizanDbContext db, IReadOnlyList<long> entryIds, CancellationToken cancellationToken)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await using var importer = await connection.BeginBinaryImportAsync(
            "COPY index_changes (\"EntryId\") FROM STDIN (FORMAT BINARY)", cancellationToken).ConfigureAwait(false);
        foreach (long id in entryIds)
        {
            await importer.StartRowAsync(cancellationToken).ConfigureAwait(false);
            await importer.WriteAsync(id, NpgsqlDbType.Bigint, cancellationToken).ConfigureAwait(false);
        }

        await importer.CompleteAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task WriteNullableAsync(NpgsqlBinaryImporter importer, string? value, NpgsqlDbType type, CancellationToken cancellationToken)
    {
        if (value is null)
        {
            await importer.WriteNullAsync(cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await importer.WriteAsync(value, type, cancellationToken).ConfigureAwait(false);
        }
    }
}
