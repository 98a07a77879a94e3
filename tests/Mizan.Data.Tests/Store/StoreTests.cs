using Microsoft.EntityFrameworkCore;
using Mizan.Core;
using Mizan.Data.Audit;
using Mizan.Data.Banks;
using Mizan.Data.Entities;

namespace Mizan.Data.Tests.Store;

/// <summary>Behaviour every provider must share (these run on SQLite, and on PostgreSQL when it is configured).</summary>
public sealed class StoreTests
{
    private static readonly CancellationToken s_ct = CancellationToken.None;

    [Fact]
    public void Migrations_EachProvider_CoverTheWholeModel()
    {
        // A model change without a migration for both providers fails here, server or not.
        using var sqlite = new SqliteDesignTimeFactory().CreateDbContext([]);
        using var postgres = new PostgresDesignTimeFactory().CreateDbContext([]);

        Assert.False(sqlite.Database.HasPendingModelChanges(), "the SQLite migrations lag the model: add a migration under Migrations/Sqlite");
        Assert.False(postgres.Database.HasPendingModelChanges(), "the PostgreSQL migrations lag the model: add a migration under Migrations/Postgres");
        Assert.Equal(
            sqlite.Model.GetEntityTypes().Select(t => t.GetTableName()).Order(),
            postgres.Model.GetEntityTypes().Select(t => t.GetTableName()).Order());
    }

    [Fact]
    public async Task UniqueViolation_IsRecognisedOnEveryProvider()
    {
        await using var store = await TestStore.CreateAsync();
        var db = store.Get<MizanDbContext>();
        db.Banks.Add(new Bank { Name = "twice", CreatedBy = "test" });
        await db.SaveChangesAsync(s_ct);
        db.Banks.Add(new Bank { Name = "twice", CreatedBy = "test" });

        var ex = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(s_ct));

        Assert.True(StoreErrors.IsUniqueViolation(ex), ex.InnerException?.Message);
    }

    [Fact]
    public async Task CreateBank_SameNameFromTwoWritersAtOnce_OneWinsTheOtherIsConflict()
    {
        await using var store = await TestStore.CreateAsync();
        await using var other = await store.ReopenAsync();

        for (int round = 0; round < 8; round++)
        {
            string name = "race-" + round;
            var outcomes = await Task.WhenAll(
                Outcome(() => store.Get<BankService>().CreateBankAsync(name, null, false, AuditActor.System("a"), s_ct)),
                Outcome(() => other.Get<BankService>().CreateBankAsync(name, null, false, AuditActor.System("b"), s_ct)));

            Assert.Equal(["conflict", "ok"], outcomes.Order(StringComparer.Ordinal));
        }

        Assert.Equal(8, await store.Get<MizanDbContext>().Banks.CountAsync(s_ct));
    }

    [Fact]
    public async Task AddEntries_SameIdFromTwoWritersAtOnce_StoredOnceAndNeverAFault()
    {
        await using var store = await TestStore.CreateAsync();
        await using var other = await store.ReopenAsync();
        await store.Get<BankService>().CreateBankAsync("b", null, false, AuditActor.System("test"), s_ct);

        for (int round = 0; round < 8; round++)
        {
            var entry = new EntryInput("e" + round, [new SignalValue("md5", round.ToString("x32", System.Globalization.CultureInfo.InvariantCulture))], ["test-data"], null);
            var outcomes = await Task.WhenAll(
                Outcome(() => store.Get<BankService>().AddEntriesAsync("b", [entry], AuditActor.System("a"), s_ct)),
                Outcome(() => other.Get<BankService>().AddEntriesAsync("b", [entry], AuditActor.System("b"), s_ct)));

            Assert.All(outcomes, o => Assert.Contains(o, new[] { "ok", "conflict" }));
        }

        Assert.Equal(8, await store.Get<MizanDbContext>().BankEntries.CountAsync(s_ct));
    }

    [Fact]
    public async Task Times_RoundTripAsTheSameUtcInstantOnEveryProvider()
    {
        await using var store = await TestStore.CreateAsync();
        var db = store.Get<MizanDbContext>();
        var when = new DateTime(2026, 11, 28, 1, 2, 3, 456, DateTimeKind.Utc);
        db.ApiKeys.Add(new ApiKey { Name = "t", Role = "admin", KeyHash = new string('0', 64), Prefix = "mzn_", CreatedAt = when, RevokedAt = when.AddDays(1) });
        await db.SaveChangesAsync(s_ct);
        db.ChangeTracker.Clear();

        var read = await db.ApiKeys.AsNoTracking().SingleAsync(s_ct);
        var later = await db.ApiKeys.AsNoTracking().CountAsync(k => k.RevokedAt > when, s_ct);

        Assert.Equal(when, read.CreatedAt);
        Assert.Equal(DateTimeKind.Unspecified, read.CreatedAt.Kind);
        Assert.Equal(when.AddDays(1), read.RevokedAt);
        Assert.Equal(1, later);
    }

    /// <summary>"ok", or the error code of the domain failure the write ended in (any other exception fails the test).</summary>
    internal static async Task<string> Outcome<T>(Func<Task<T>> write)
    {
        try
        {
            await write();
            return "ok";
        }
        catch (MizanException ex)
        {
            return ex.ErrorCode;
        }
    }
}
