using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Mizan.Data.Audit;

namespace Mizan.Data.Tests.Audit;

public sealed class AuditLogTests
{
    private static readonly CancellationToken s_ct = CancellationToken.None;
    private static readonly AuditActor s_actor = AuditActor.System("test");

    [Fact]
    public async Task AppendAsync_SeveralInOneTransaction_LinksEachToThePrevious()
    {
        await using var store = await TestStore.CreateAsync();
        var db = store.Get<MizanDbContext>();
        var audit = store.Get<AuditLog>();

        await using (var tx = await db.Database.BeginTransactionAsync(s_ct))
        {
            await audit.AppendAsync(db, s_actor, new AuditRecord("thing.created", "thing", "1", null, new { Name = "one" }, null), s_ct);
            await audit.AppendAsync(db, s_actor, new AuditRecord("thing.updated", "thing", "1", new { Name = "one" }, new { Name = "two" }, "renamed"), s_ct);
            await db.SaveChangesAsync(s_ct);
            await audit.AppendAsync(db, s_actor, new AuditRecord("thing.deleted", "thing", "1", new { Name = "two" }, null, null), s_ct);
            await db.SaveChangesAsync(s_ct);
            await tx.CommitAsync(s_ct);
        }

        var events = await db.AuditEvents.AsNoTracking().OrderBy(e => e.Seq).ToListAsync(s_ct);
        Assert.Equal([1L, 2L, 3L], events.Select(e => e.Seq));
        Assert.Equal(AuditCanonical.GenesisHash, events[0].PrevHash);
        Assert.Equal(events[0].Hash, events[1].PrevHash);
        Assert.Equal(events[1].Hash, events[2].PrevHash);
        Assert.All(events, e => Assert.Equal(AuditCanonical.ComputeHash(e), e.Hash));
        Assert.Equal("{\"name\":\"one\"}", events[1].Before);
        Assert.Equal("renamed", events[1].Reason);
        Assert.True((await AuditVerifier.VerifyAsync(db, null, s_ct)).Valid);
    }

    [Fact]
    public async Task AppendAsync_ParallelWriters_NeverForkTheChain()
    {
        await using var store = await TestStore.CreateAsync();
        const int writers = 8;
        const int perWriter = 15;
        var provider = store.Get<IServiceProvider>();

        await Task.WhenAll(Enumerable.Range(0, writers).Select(w => Task.Run(async () =>
        {
            for (int i = 0; i < perWriter; i++)
            {
                await using var scope = provider.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<MizanDbContext>();
                var audit = scope.ServiceProvider.GetRequiredService<AuditLog>();
                await using var tx = await db.Database.BeginTransactionAsync(s_ct);
                await audit.AppendAsync(db, s_actor, new AuditRecord("thing.touched", "thing", $"{w}-{i}", null, new { w, i }, null), s_ct);
                await db.SaveChangesAsync(s_ct);
                await tx.CommitAsync(s_ct);
            }
        })));

        var check = store.Get<MizanDbContext>();
        var seqs = await check.AuditEvents.AsNoTracking().OrderBy(e => e.Seq).Select(e => e.Seq).ToListAsync(s_ct);
        Assert.Equal(Enumerable.Range(1, writers * perWriter).Select(i => (long)i), seqs);
        var result = await AuditVerifier.VerifyAsync(check, null, s_ct);
        Assert.True(result.Valid, result.Problem);
        Assert.Equal(writers * perWriter, result.Checked);
    }

    [Fact]
    public async Task AppendAsync_RolledBack_LeavesNoEventAndTheChainContinues()
    {
        await using var store = await TestStore.CreateAsync();
        var db = store.Get<MizanDbContext>();
        var audit = store.Get<AuditLog>();
        await using (var tx = await db.Database.BeginTransactionAsync(s_ct))
        {
            await audit.AppendAsync(db, s_actor, new AuditRecord("thing.created", "thing", "1", null, null, null), s_ct);
            await db.SaveChangesAsync(s_ct);
            await tx.RollbackAsync(s_ct);
        }

        db.ChangeTracker.Clear();
        await using (var tx = await db.Database.BeginTransactionAsync(s_ct))
        {
            await audit.AppendAsync(db, s_actor, new AuditRecord("thing.created", "thing", "2", null, null, null), s_ct);
            await db.SaveChangesAsync(s_ct);
            await tx.CommitAsync(s_ct);
        }

        var events = await db.AuditEvents.AsNoTracking().ToListAsync(s_ct);
        Assert.Equal("2", Assert.Single(events).SubjectId);
        Assert.Equal(1, events[0].Seq);
        Assert.True((await AuditVerifier.VerifyAsync(db, null, s_ct)).Valid);
    }

    [Fact]
    public async Task AppendAsync_WithoutTransaction_Throws()
    {
        await using var store = await TestStore.CreateAsync();
        var db = store.Get<MizanDbContext>();

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            store.Get<AuditLog>().AppendAsync(db, s_actor, new AuditRecord("thing.created", "thing", "1", null, null, null), s_ct));
    }

    [Theory]
    [InlineData("Thing.Created")]
    [InlineData("created")]
    [InlineData("")]
    public async Task AppendAsync_MalformedAction_Throws(string action)
    {
        await using var store = await TestStore.CreateAsync();
        var db = store.Get<MizanDbContext>();
        await using var tx = await db.Database.BeginTransactionAsync(s_ct);

        await Assert.ThrowsAsync<ArgumentException>(() =>
            store.Get<AuditLog>().AppendAsync(db, s_actor, new AuditRecord(action, "thing", "1", null, null, null), s_ct));
    }

    [Fact]
    public async Task VerifyAsync_EventChangedInTheDatabase_NamesIt()
    {
        await using var store = await TestStore.CreateAsync();
        await AppendManyAsync(store, 5);
        await ExecuteSqlAsync(store, """UPDATE audit_events SET "Reason" = 'edited' WHERE "Seq" = 3""");

        var result = await AuditVerifier.VerifyAsync(store.Get<MizanDbContext>(), null, s_ct);

        Assert.False(result.Valid);
        Assert.Equal(3, result.BrokenSeq);
        Assert.Contains("event 3", result.Problem, StringComparison.Ordinal);
        Assert.Contains("changed", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerifyAsync_EventDeleted_NamesTheGap()
    {
        await using var store = await TestStore.CreateAsync();
        await AppendManyAsync(store, 5);
        await ExecuteSqlAsync(store, """DELETE FROM audit_events WHERE "Seq" = 2""");

        var result = await AuditVerifier.VerifyAsync(store.Get<MizanDbContext>(), null, s_ct);

        Assert.False(result.Valid);
        Assert.Equal(2, result.BrokenSeq);
        Assert.Contains("event 2 is missing", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerifyAsync_LastEventDeleted_NamesTheCut()
    {
        await using var store = await TestStore.CreateAsync();
        await AppendManyAsync(store, 5);
        await ExecuteSqlAsync(store, """DELETE FROM audit_events WHERE "Seq" = 5""");

        var result = await AuditVerifier.VerifyAsync(store.Get<MizanDbContext>(), null, s_ct);

        Assert.False(result.Valid);
        Assert.Equal(5, result.BrokenSeq);
        Assert.Contains("removed from the end", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerifyAsync_EventRehashedAfterEdit_NamesTheNextLink()
    {
        // Someone who edits an event and recomputes its hash still breaks the next event's previous hash.
        await using var store = await TestStore.CreateAsync();
        await AppendManyAsync(store, 4);
        var db = store.Get<MizanDbContext>();
        var e = await db.AuditEvents.SingleAsync(x => x.Seq == 2, s_ct);
        e.Reason = "edited";
        e.Hash = AuditCanonical.ComputeHash(e);
        await db.SaveChangesAsync(s_ct);

        var result = await AuditVerifier.VerifyAsync(db, null, s_ct);

        Assert.False(result.Valid);
        Assert.Equal(3, result.BrokenSeq);
        Assert.Contains("previous hash", result.Problem, StringComparison.Ordinal);
    }

    internal static async Task AppendManyAsync(TestStore store, int count)
    {
        var db = store.Get<MizanDbContext>();
        var audit = store.Get<AuditLog>();
        for (int i = 1; i <= count; i++)
        {
            await using var tx = await db.Database.BeginTransactionAsync(s_ct);
            await audit.AppendAsync(db, s_actor, new AuditRecord("thing.touched", "thing", i.ToString(System.Globalization.CultureInfo.InvariantCulture), null, new { i }, "test data"), s_ct);
            await db.SaveChangesAsync(s_ct);
            await tx.CommitAsync(s_ct);
        }
    }

    /// <summary>Changes the database behind the application's back (SQL that runs on every provider).</summary>
    private static async Task ExecuteSqlAsync(TestStore store, string sql) =>
        Assert.Equal(1, await store.Get<MizanDbContext>().Database.ExecuteSqlRawAsync(sql, s_ct));
}
