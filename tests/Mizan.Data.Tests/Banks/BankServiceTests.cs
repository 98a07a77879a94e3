using Microsoft.EntityFrameworkCore;
using Mizan.Core;
using Mizan.Data.Audit;
using Mizan.Data.Banks;
using Mizan.Data.Matching;

namespace Mizan.Data.Tests.Banks;

public sealed class BankServiceTests
{
    private const string Pdq = "f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22";
    private static readonly CancellationToken s_ct = CancellationToken.None;
    private static readonly AuditActor s_actor = AuditActor.System("test");

    [Fact]
    public async Task AddEntries_BatchWithConflict_StoresTheOthersAndRefusesOnlyTheConflict()
    {
        await using var store = await TestStore.CreateAsync();
        var banks = store.Get<BankService>();
        await banks.CreateBankAsync("b", null, false, s_actor, s_ct);
        await banks.AddEntriesAsync("b", [Entry("e1", "md5", new string('1', 32))], s_actor, s_ct);

        var results = await banks.AddEntriesAsync(
            "b",
            [
                Entry("e1", "md5", new string('2', 32)),
                Entry("e2", "md5", new string('3', 32)),
                Entry("e2", "md5", new string('3', 32)),
                Entry("e3", "md5", new string('4', 32)),
                Entry("e3", "md5", new string('5', 32)),
            ],
            s_actor,
            s_ct);

        Assert.Equal(ErrorCodes.Conflict, results[0].ErrorCode);
        Assert.Equal((1, 0), (results[1].Added, results[1].Unchanged));
        Assert.Equal((0, 1), (results[2].Added, results[2].Unchanged));
        Assert.Equal((1, 0), (results[3].Added, results[3].Unchanged));
        Assert.Equal(ErrorCodes.Conflict, results[4].ErrorCode);
        var stored = await store.Get<MizanDbContext>().BankEntries.OrderBy(e => e.Id).Select(e => e.ExternalId + "=" + e.Value).ToListAsync(s_ct);
        Assert.Equal([$"e1={new string('1', 32)}", $"e2={new string('3', 32)}", $"e3={new string('4', 32)}"], stored);
    }

    [Fact]
    public async Task Retract_Twice_SecondChangesNothingAndReaddingTheIdIsRefused()
    {
        await using var store = await TestStore.CreateAsync();
        var banks = store.Get<BankService>();
        await banks.CreateBankAsync("b", null, false, s_actor, s_ct);
        await banks.AddEntriesAsync("b", [new EntryInput("e", [new SignalValue("pdq", Pdq), new SignalValue("md5", new string('a', 32))], [], null)], s_actor, s_ct);

        int first = await banks.RetractAsync("b", "e", "test reason", s_actor, s_ct);
        int second = await banks.RetractAsync("b", "e", "test reason", s_actor, s_ct);
        var readd = await banks.AddEntriesAsync("b", [Entry("e", "pdq", Pdq)], s_actor, s_ct);

        Assert.Equal((2, 0), (first, second));
        Assert.Equal(ErrorCodes.Conflict, readd[0].ErrorCode);
        Assert.Contains("retracted", readd[0].Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Matcher_AfterReopen_LoadsLiveEntriesAndSkipsRetractedAndDisabled()
    {
        await using var store = await TestStore.CreateAsync();
        var banks = store.Get<BankService>();
        await banks.CreateBankAsync("live", null, false, s_actor, s_ct);
        await banks.CreateBankAsync("off", null, false, s_actor, s_ct);
        await banks.AddEntriesAsync("live", [Entry("keep", "pdq", Pdq), Entry("drop", "md5", new string('c', 32))], s_actor, s_ct);
        await banks.AddEntriesAsync("off", [Entry("hidden", "pdq", Pdq)], s_actor, s_ct);
        await banks.RetractAsync("live", "drop", "test", s_actor, s_ct);
        await store.Get<MizanDbContext>().Banks.Where(b => b.Name == "off").ExecuteUpdateAsync(s => s.SetProperty(b => b.Enabled, false), s_ct);

        await using var reopened = await store.ReopenAsync();
        var byPdq = await reopened.Get<Matcher>().ScanAsync(new ScanInput { Pdq = Pdq }, s_ct);
        var byMd5 = await reopened.Get<Matcher>().ScanAsync(new ScanInput { Md5 = new string('c', 32) }, s_ct);

        var hit = Assert.Single(byPdq.Matches);
        Assert.Equal(("live", "keep", 0), (hit.Bank, hit.Entry, hit.Distance));
        Assert.Empty(byMd5.Matches);
        Assert.Equal(1, reopened.Get<MatchIndexes>().PdqCount);
    }

    [Fact]
    public async Task Matcher_DisabledAfterLoad_NeverMatchesBecauseHitsAreResolvedAgainstTheStore()
    {
        await using var store = await TestStore.CreateAsync();
        var banks = store.Get<BankService>();
        await banks.CreateBankAsync("b", null, true, s_actor, s_ct);
        await banks.AddEntriesAsync("b", [Entry("e", "sha256", new string('d', 64))], s_actor, s_ct);
        var before = await store.Get<Matcher>().ScanAsync(new ScanInput { Sha256 = new string('d', 64) }, s_ct);

        await store.Get<MizanDbContext>().Banks.ExecuteUpdateAsync(s => s.SetProperty(b => b.Enabled, false), s_ct);
        var after = await store.Get<Matcher>().ScanAsync(new ScanInput { Sha256 = new string('d', 64) }, s_ct);

        Assert.True(Assert.Single(before.Matches).AutoAction);
        Assert.Empty(after.Matches);
    }

    [Fact]
    public async Task RefreshAsync_WritesByAnotherProcess_AreAppliedIncludingRetraction()
    {
        await using var node = await TestStore.CreateAsync();
        await node.Get<BankService>().CreateBankAsync("b", null, false, s_actor, s_ct);
        await node.Get<Matcher>().ScanAsync(new ScanInput { Pdq = Pdq }, s_ct);
        await using var other = await node.ReopenAsync();

        await other.Get<BankService>().AddEntriesAsync("b", [Entry("p", "pdq", Pdq), Entry("m", "md5", new string('e', 32))], s_actor, s_ct);
        int applied = await node.Get<MatchIndexes>().RefreshAsync(node.Get<MizanDbContext>(), s_ct);
        var afterAdd = await node.Get<Matcher>().ScanAsync(new ScanInput { Pdq = Pdq, Md5 = new string('e', 32) }, s_ct);
        await other.Get<BankService>().RetractAsync("b", "p", "test", s_actor, s_ct);
        await node.Get<MatchIndexes>().RefreshAsync(node.Get<MizanDbContext>(), s_ct);
        int again = await node.Get<MatchIndexes>().RefreshAsync(node.Get<MizanDbContext>(), s_ct);

        Assert.Equal(2, applied);
        Assert.Equal(["m", "p"], afterAdd.Matches.Select(m => m.Entry).Order());
        Assert.Equal(0, again);
        Assert.Equal(0, node.Get<MatchIndexes>().PdqCount);
        Assert.Equal(1, node.Get<MatchIndexes>().ExactCount);
    }

    [Fact]
    public async Task Scan_NothingGiven_IsInvalidRequest()
    {
        await using var store = await TestStore.CreateAsync();

        var ex = await Assert.ThrowsAsync<MizanException>(() => store.Get<Matcher>().ScanAsync(new ScanInput(), s_ct));

        Assert.Equal(ErrorCodes.InvalidRequest, ex.ErrorCode);
    }

    private static EntryInput Entry(string id, string type, string value) => new(id, [new SignalValue(type, value)], ["test-data"], null);
}
