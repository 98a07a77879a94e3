using Microsoft.EntityFrameworkCore;
using Mizan.Core;
using Mizan.Data.Audit;
using Mizan.Data.Banks;
using Mizan.Data.Matching;
using Mizan.Tests.Shared;

namespace Mizan.Data.Tests.Banks;

/// <summary>
/// Batches as large as an import's: on PostgreSQL these go in by binary COPY, on SQLite as one EF Core transaction;
/// either way every column, the change feed and the indexes must come out the same.
/// </summary>
public sealed class BulkAddTests
{
    private static readonly CancellationToken s_ct = CancellationToken.None;

    [Fact]
    public async Task AddEntries_LargeBatchOfEverySignal_StoresEveryFieldIndexesAndFeedsOtherNodes()
    {
        await using var store = await TestStore.CreateAsync();
        var banks = store.Get<BankService>();
        await banks.CreateBankAsync("bulk", null, false, AuditActor.System("test"), s_ct);
        await store.Get<MatchIndexes>().EnsureLoadedAsync(store.Get<MizanDbContext>(), s_ct);
        await using var otherNode = await store.ReopenAsync();
        await otherNode.Get<MatchIndexes>().EnsureLoadedAsync(otherNode.Get<MizanDbContext>(), s_ct);
        string text = TestTexts.Read("news-en-1.txt");
        var lines = new List<string>();
        for (int i = 0; i < 300; i++)
        {
            lines.Add((i % 4) switch
            {
                0 => $$"""{"id": "p{{i}}", "pdq": "{{Hex(i, 64)}}", "quality": 90, "labels": ["test-data", "n{{i}}"], "source": "bulk test"}""",
                1 => $$"""{"id": "m{{i}}", "md5": "{{Hex(i, 32)}}", "labels": []}""",
                2 => $$"""{"id": "u{{i}}", "url": "https://site{{i}}.example/path", "scope": "domain"}""",
                _ => $$"""{"id": "t{{i}}", "text": "{{i}}: {{text.Replace("\n", " ", StringComparison.Ordinal).Replace("\"", "'", StringComparison.Ordinal)}}"}""",
            });
        }

        var inputs = new List<EntryInput>();
        foreach (string line in lines)
        {
            inputs.Add((await EntryLineParser.ParseLineAsync(line, null, s_ct))!);
        }

        var results = await banks.AddEntriesAsync("bulk", inputs, AuditActor.System("bulk-actor"), s_ct);
        int applied = await otherNode.Get<MatchIndexes>().RefreshAsync(otherNode.Get<MizanDbContext>(), s_ct);
        var stored = await banks.ListEntriesAsync("bulk", 0, 1000, s_ct);
        var again = await banks.AddEntriesAsync("bulk", [inputs[0], new EntryInput("m1", [new SignalValue("md5", Hex(999, 32))], [], null)], AuditActor.System("test"), s_ct);

        Assert.All(results, r => Assert.Equal((1, 0, null), (r.Added, r.Unchanged, r.ErrorCode)));
        Assert.Equal(300, applied);
        Assert.Equal(300, stored.Count);
        Assert.Equal(inputs.Select(i => i.ExternalId), stored.Select(s => s.Id));
        Assert.Equal(stored.Select(s => s.RowId).Order(), stored.Select(s => s.RowId));
        var pdq = stored[0];
        Assert.Equal(("pdq", Hex(0, 64), 90, "bulk test", "system:bulk-actor", false), (pdq.Signal, pdq.Value, pdq.Quality, pdq.Source, pdq.AddedBy, pdq.Retracted));
        Assert.Equal(["test-data", "n0"], pdq.Labels);
        Assert.Equal(("domain", (string?)null), (stored[2].Scope, stored[2].Text));
        Assert.StartsWith("3: ", stored[3].Text, StringComparison.Ordinal);
        Assert.Empty(stored[1].Labels);
        Assert.InRange(pdq.AddedAt, DateTime.UtcNow.AddMinutes(-5), DateTime.UtcNow.AddMinutes(1));
        foreach (var indexes in new[] { store.Get<MatchIndexes>(), otherNode.Get<MatchIndexes>() })
        {
            Assert.Equal((75, 75, 75, 75), (indexes.PdqCount, indexes.ExactCount, indexes.UrlCount, indexes.TextCount));
        }

        Assert.Equal(((0, 1), ErrorCodes.Conflict), ((again[0].Added, again[0].Unchanged), again[1].ErrorCode));
        Assert.Equal(300, await store.Get<MizanDbContext>().IndexChanges.CountAsync(s_ct));
    }

    [Fact]
    public async Task AddEntriesAndRetract_IndexesNotLoaded_StayUnloadedAndALaterLoadSeesTheRows()
    {
        // A command-line import never loads the indexes; building them only to throw them away was its main cost.
        await using var store = await TestStore.CreateAsync();
        var banks = store.Get<BankService>();
        await banks.CreateBankAsync("cli", null, false, AuditActor.System("test"), s_ct);
        var inputs = Enumerable.Range(0, 150).Select(i => new EntryInput($"p{i}", [new SignalValue("pdq", Hex(i, 64))], [], null)).ToList();
        inputs.Add((await EntryLineParser.ParseLineAsync("""{"id": "t1", "text": "test data: a short neutral news sentence about the weather and the harvest this year"}""", null, s_ct))!);

        await banks.AddEntriesAsync("cli", inputs, AuditActor.System("cli"), s_ct);
        await banks.RetractAsync("cli", "p0", "test data", AuditActor.System("cli"), s_ct);
        var indexes = store.Get<MatchIndexes>();
        var before = (indexes.Loaded, indexes.PdqCount, indexes.TextCount);
        await indexes.EnsureLoadedAsync(store.Get<MizanDbContext>(), s_ct);

        Assert.Equal((false, 0, 0), before);
        Assert.Equal((149, 1), (indexes.PdqCount, indexes.TextCount));
        Assert.Equal(152, await store.Get<MizanDbContext>().IndexChanges.CountAsync(s_ct));
    }

    [Fact]
    public async Task AddEntries_SameLargeBatchFromTwoWritersAtOnce_StoredOnceAndNeverAFault()
    {
        await using var store = await TestStore.CreateAsync();
        await using var other = await store.ReopenAsync();
        await store.Get<BankService>().CreateBankAsync("bulk", null, false, AuditActor.System("test"), s_ct);

        for (int round = 0; round < 3; round++)
        {
            var batch = Enumerable.Range(0, 150)
                .Select(i => new EntryInput($"r{round}-{i}", [new SignalValue("md5", Hex(round * 1000 + i, 32))], [], null))
                .ToList();
            var outcomes = await Task.WhenAll(
                Store.StoreTests.Outcome(() => store.Get<BankService>().AddEntriesAsync("bulk", batch, AuditActor.System("a"), s_ct)),
                Store.StoreTests.Outcome(() => other.Get<BankService>().AddEntriesAsync("bulk", batch, AuditActor.System("b"), s_ct)));

            Assert.All(outcomes, o => Assert.Contains(o, new[] { "ok", ErrorCodes.Conflict }));
        }

        Assert.Equal(450, await store.Get<MizanDbContext>().BankEntries.CountAsync(s_ct));
        Assert.Equal(450, await store.Get<MizanDbContext>().IndexChanges.CountAsync(s_ct));
    }

    private static string Hex(int i, int length) => (i + 1).ToString("x", System.Globalization.CultureInfo.InvariantCulture).PadLeft(length, 'a');
}
