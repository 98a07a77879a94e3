using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Mizan.Data;

/// <summary>
/// The production store on PostgreSQL, with its own migrations under Migrations/Postgres. Times are stored as
/// <c>timestamp with time zone</c>; every <see cref="DateTime"/> in the model is UTC, so it is written as UTC
/// whatever its <see cref="DateTimeKind"/> and read back unspecified, exactly as the SQLite store returns it.
/// </summary>
public sealed class PostgresMizanDbContext(DbContextOptions<PostgresMizanDbContext> options) : MizanDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        base.ConfigureConventions(configurationBuilder);
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcDateTimeOffsetConverter>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<UtcDateTimeOffsetConverter>();
    }

    /// <summary>UTC on the way in (PostgreSQL's <c>timestamptz</c> takes only UTC), unspecified on the way out.</summary>
    private sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : v.Kind == DateTimeKind.Local ? v.ToUniversalTime() : DateTime.SpecifyKind(v, DateTimeKind.Utc),
        v => DateTime.SpecifyKind(v, DateTimeKind.Unspecified));

    /// <summary>Offsets are normalised to UTC (<c>timestamptz</c> keeps the instant, not the offset).</summary>
    private sealed class UtcDateTimeOffsetConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(
        v => v.ToUniversalTime(),
        v => v);
}
