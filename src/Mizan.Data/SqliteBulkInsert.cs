using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Mizan.Data.Entities;

namespace Mizan.Data;

/// <summary>
/// Large batches of bank entries on SQLite go in through prepared multi-row <c>INSERT</c> statements in the
/// caller's transaction instead of through the change tracker: SQLite has no bulk-load protocol, and a reused
/// prepared statement that binds many rows per execution is the fastest way in. The rows come out exactly as EF Core
/// writes them (labels as a JSON array, times as <c>yyyy-MM-dd HH:mm:ss.FFFFFFF</c>).
/// <para>
/// Row ids are given explicitly, following the table's <c>AUTOINCREMENT</c> counter, which the inserts advance. This
/// is safe because the caller has written in its transaction before (its audit append), so it holds SQLite's only
/// write lock: no other connection can take ids until it commits.
/// </para>
/// </summary>
internal static class SqliteBulkInsert
{
    /// <summary>Rows bound per execution (13 parameters each, well under SQLite's 32,766).</summary>
    private const int RowsPerStatement = 64;

    private static readonly string[] s_entryColumns =
        ["Id", "BankId", "ExternalId", "SignalType", "Value", "Text", "Scope", "Quality", "Labels", "Source", "AddedBy", "AddedAt", "Retracted"];

    /// <summary>Inserts <paramref name="rows"/> (assigning their ids) inside the current transaction.</summary>
    public static void InsertEntries(MizanDbContext db, IReadOnlyList<BankEntry> rows)
    {
        long next;
        using (var counter = Command(db, """SELECT COALESCE((SELECT seq FROM sqlite_sequence WHERE name = 'bank_entries'), 0)"""))
        {
            next = (long)counter.ExecuteScalar()! + 1;
        }

        string? lastLabelsJson = null;
        List<string>? lastLabels = null;
        Insert(db, "bank_entries", s_entryColumns, rows.Count, (values, i) =>
        {
            var row = rows[i];
            if (row.Retracted)
            {
                throw new InvalidOperationException("Bulk inserts add live entries only.");
            }

            // Rows of one import line share one labels list: serialise it once.
            if (!ReferenceEquals(row.Labels, lastLabels))
            {
                lastLabels = row.Labels;
                lastLabelsJson = JsonSerializer.Serialize(row.Labels);
            }

            row.Id = next++;
            values[0].Value = row.Id;
            values[1].Value = row.BankId;
            values[2].Value = row.ExternalId;
            values[3].Value = row.SignalType;
            values[4].Value = row.Value;
            values[5].Value = (object?)row.Text ?? DBNull.Value;
            values[6].Value = (object?)row.Scope ?? DBNull.Value;
            values[7].Value = (object?)row.Quality ?? DBNull.Value;
            values[8].Value = lastLabelsJson;
            values[9].Value = (object?)row.Source ?? DBNull.Value;
            values[10].Value = row.AddedBy;
            values[11].Value = row.AddedAt;
            values[12].Value = false;
        });
    }

    /// <summary>Appends one <c>index_changes</c> row per entry id inside the current transaction.</summary>
    public static void InsertChanges(MizanDbContext db, IReadOnlyList<long> entryIds) =>
        Insert(db, "index_changes", ["EntryId"], entryIds.Count, (values, i) => values[0].Value = entryIds[i]);

    /// <summary>Inserts <paramref name="count"/> rows, <see cref="RowsPerStatement"/> per execution.</summary>
    private static void Insert(MizanDbContext db, string table, string[] columns, int count, Action<SqliteParameter[], int> bind)
    {
        SqliteCommand? full = null;
        try
        {
            for (int start = 0; start < count; start += RowsPerStatement)
            {
                int n = Math.Min(RowsPerStatement, count - start);
                SqliteCommand command;
                if (n == RowsPerStatement)
                {
                    command = full ??= Prepare(db, table, columns, n);
                }
                else
                {
                    command = Prepare(db, table, columns, n);
                }

                try
                {
                    var values = new SqliteParameter[columns.Length];
                    for (int r = 0; r < n; r++)
                    {
                        for (int c = 0; c < columns.Length; c++)
                        {
                            values[c] = command.Parameters[(r * columns.Length) + c];
                        }

                        bind(values, start + r);
                    }

                    command.ExecuteNonQuery();
                }
                finally
                {
                    if (!ReferenceEquals(command, full))
                    {
                        command.Dispose();
                    }
                }
            }
        }
        finally
        {
            full?.Dispose();
        }
    }

    private static SqliteCommand Prepare(MizanDbContext db, string table, string[] columns, int rows)
    {
        var sql = new StringBuilder($"INSERT INTO {table} (\"").AppendJoin("\", \"", columns).Append("\") VALUES ");
        var command = Command(db, "");
        for (int r = 0; r < rows; r++)
        {
            sql.Append(r == 0 ? "(" : ", (");
            for (int c = 0; c < columns.Length; c++)
            {
                string name = $"$p{r}_{c}";
                sql.Append(c == 0 ? "" : ", ").Append(name);
                command.Parameters.Add(new SqliteParameter { ParameterName = name });
            }

            sql.Append(')');
        }

        command.CommandText = sql.ToString();
        command.Prepare();
        return command;
    }

    private static SqliteCommand Command(MizanDbContext db, string sql)
    {
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Bulk inserts run inside the caller's transaction.");
        var command = ((SqliteConnection)db.Database.GetDbConnection()).CreateCommand();
        command.Transaction = (SqliteTransaction)transaction;
        command.CommandText = sql;
        return command;
    }
}
