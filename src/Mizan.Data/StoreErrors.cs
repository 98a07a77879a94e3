using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Mizan.Data;

/// <summary>Recognises the same store failures on every provider, so they map to the same error codes.</summary>
internal static class StoreErrors
{
    private const int SqliteConstraint = 19;
    private const int SqliteConstraintPrimaryKey = 1555;
    private const int SqliteConstraintUnique = 2067;

    /// <summary>
    /// Whether a write failed because a unique index or primary key already held the value: an EF Core save
    /// (<see cref="DbUpdateException"/>) or a provider command such as a PostgreSQL COPY.
    /// </summary>
    public static bool IsUniqueViolation(Exception exception) => (exception is DbUpdateException ? exception.InnerException : exception) switch
    {
        SqliteException s => s.SqliteErrorCode == SqliteConstraint
            && s.SqliteExtendedErrorCode is SqliteConstraintUnique or SqliteConstraintPrimaryKey,
        PostgresException p => string.Equals(p.SqlState, PostgresErrorCodes.UniqueViolation, StringComparison.Ordinal),
        _ => false,
    };
}
