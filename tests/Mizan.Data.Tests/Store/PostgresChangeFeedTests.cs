using Microsoft.EntityFrameworkCore;
using Mizan.Data.Audit;
using Mizan.Data.Banks;
using Mizan.Data.Entities;
using Mizan.Data.Matching;
using Mizan.Tests.Shared;

namespace Mizan.Data.Tests.Store;

/// <summary>
/// PostgreSQL allocates sequence numbers before commit, so these check that the index change feed stays
/// commit-order safe there (see <see cref="IndexChangeFeed"/>), and that the migrations build a store from nothing.
/// </summary>
[Trait("Category", "Postgres")]
public sealed class PostgresChangeFeedTests
{
    private const string Pdq = "f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22";
    private static readonly CancellationToken s_ct = CancellationToken.None;

    [Fact]
    public async Task Migrations_ApplyToAnEmptyDatabase_AndThenNothingIsPending()
    {
        string server = TestDatabase.RequirePostgresServer();
        using var database = TestDatabase.CreatePostgres(server);
        var options = new DbContextOptionsBuilder<PostgresMizanDbContext>().UseNpgsql(database.ConnectionString).Options;
        await using var db = new PostgresMizanDbContext(options);

        var applied = await DatabaseMigrator.MigrateAsync(db, s_ct);
        var again = await DatabaseMigrator.MigrateAsync(db, s_ct);

        Assert.Equal(db.Database.GetMigrations(), applied);
        Assert.Empty(again);
        Assert.Equal(0, await db.BankEntries.CountAsync(s_ct));
        Assert.Equal(0, await db.IndexChanges.CountAsync(s_ct));
    }

    [Fact]
    public async Task Refresh_WhileAnEarlierFeedWriterIsUncommitted_DoesNotSkipItsChange()
    {
        string server = TestDatabase.RequirePostgresServer();
        await using var store = await TestStore.CreatePostgresAsync(server);
        await store.Get<BankService>().CreateBankAsync("b", null, false, AuditActor.System("test"), s_ct);
        await using var reader = await store.ReopenAsync();
        var indexes = reader.Get<MatchIndexes>();
        await indexes.EnsureLoadedAsync(reader.Get<MizanDbContext>(), s_ct);
        await using var writerA = await store.ReopenAsync();
        await using var writerB = await store.ReopenAsync();

        // Writer A takes the feed's next sequence number and holds its transaction open.
        var dbA = writerA.Get<MizanDbContext>();
        int bankId = await dbA.Banks.Where(b => b.Name == "b").Select(b => b.Id).SingleAsync(s_ct);
        await using var transactionA = await dbA.Database.BeginTransactionAsync(s_ct);
        var rowA = new BankEntry { BankId = bankId, ExternalId = "a", SignalType = "pdq", Value = Pdq, AddedBy = "test" };
        dbA.BankEntries.Add(rowA);
        await dbA.SaveChangesAsync(s_ct);
        await IndexChangeFeed.AppendAsync(dbA, [rowA.Id], s_ct);

        // Writer B starts later: without serialisation it would commit a higher number first.
        var writeB = writerB.Get<BankService>().AddEntriesAsync("b", [new EntryInput("b", [new SignalValue("md5", new string('b', 32))], [], null)], AuditActor.System("test"), s_ct);
        await Task.WhenAny(writeB, Task.Delay(1000, s_ct));
        bool bFinishedBeforeA = writeB.IsCompleted;
        int appliedWhileOpen = await indexes.RefreshAsync(reader.Get<MizanDbContext>(), s_ct);

        await transactionA.CommitAsync(s_ct);
        await writeB;
        int appliedAfter = await indexes.RefreshAsync(reader.Get<MizanDbContext>(), s_ct);

        Assert.False(bFinishedBeforeA, "a later feed writer committed while an earlier one was still open");
        Assert.Equal(0, appliedWhileOpen);
        Assert.Equal(2, appliedAfter);
        Assert.Equal((1, 1), (indexes.PdqCount, indexes.ExactCount));
    }

    [Fact]
    public async Task Refresh_ManyConcurrentWritersAndAReaderPolling_ReaderEndsWithEveryEntry()
    {
        string server = TestDatabase.RequirePostgresServer();
        await using var store = await TestStore.CreatePostgresAsync(server);
        await store.Get<BankService>().CreateBankAsync("b", null, false, AuditActor.System("test"), s_ct);
        await using var reader = await store.ReopenAsync();
        var indexes = reader.Get<MatchIndexes>();
        await indexes.EnsureLoadedAsync(reader.Get<MizanDbContext>(), s_ct);
        const int writers = 4;
        const int perWriter = 30;
        var stores = new List<TestStore>();
        for (int w = 0; w < writers; w++)
        {
            stores.Add(await store.ReopenAsync());
        }

        using var done = new CancellationTokenSource();
        var polling = Task.Run(
            async () =>
            {
                while (!done.IsCancellationRequested)
                {
                    await indexes.RefreshAsync(reader.Get<MizanDbContext>(), s_ct);
                }
            },
            s_ct);
        try
        {
            await Task.WhenAll(stores.Select((s, w) => Task.Run(
                async () =>
                {
                    for (int i = 0; i < perWriter; i++)
                    {
                        string md5 = (w * 1000 + i).ToString("x32", System.Globalization.CultureInfo.InvariantCulture);
                        await s.Get<BankService>().AddEntriesAsync("b", [new EntryInput($"w{w}-{i}", [new SignalValue("md5", md5)], [], null)], AuditActor.System("test"), s_ct);
                    }
                },
                s_ct)));
        }
        finally
        {
            await done.CancelAsync();
            await polling;
            foreach (var s in stores)
            {
                await s.DisposeAsync();
            }
        }

        await indexes.RefreshAsync(reader.Get<MizanDbContext>(), s_ct);

        Assert.Equal(writers * perWriter, indexes.ExactCount);
    }
}
