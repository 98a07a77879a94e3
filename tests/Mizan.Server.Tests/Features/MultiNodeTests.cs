using System.Diagnostics;
using System.Net;

namespace Mizan.Server.Tests.Features;

/// <summary>
/// Two instances of the application on one store (two nodes behind a load balancer; on PostgreSQL when
/// <c>MIZAN_TEST_POSTGRES</c> is set): what one node writes, the other matches within the refresh bound.
/// </summary>
public sealed class MultiNodeTests
{
    private const string Pdq = "f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22";

    /// <summary>The promised bound: an entry added or retracted on one node is (no longer) matched on every other within it.</summary>
    private static readonly TimeSpan s_bound = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task EntryAddedAndRetractedOnNodeA_IsMatchedAndThenNotMatchedOnNodeB_WithinTheBound()
    {
        using var nodeA = new MizanAppFactory();
        nodeA.Settings["Matching:IndexRefreshSeconds"] = "1";
        using var nodeB = nodeA.CreateNodeOnSameStore();
        var a = nodeA.ClientFor("admin");
        var b = nodeB.ClientFor("admin");
        string md5 = new('7', 32);
        Assert.Empty((await b.ScanAsync(new { pdq = Pdq })).GetProperty("matches").EnumerateArray());

        Assert.Equal(HttpStatusCode.Created, (await a.PostJsonAsync("/v1/banks", new { name = "shared" })).StatusCode);
        var added = await a.PostRawJsonAsync("/v1/banks/shared/entries", $$"""[{"id": "p", "pdq": "{{Pdq}}"}, {"id": "m", "md5": "{{md5}}"}]""");
        Assert.True(added.IsSuccessStatusCode, await added.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var seenAfter = await WaitAsync(b, expectMatch: true);
        var retract = await a.PostJsonAsync("/v1/banks/shared/entries/p/retract", new { reason = "test retraction" });
        Assert.True(retract.IsSuccessStatusCode, await retract.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var goneAfter = await WaitAsync(b, expectMatch: false);
        var md5OnB = await b.ScanAsync(new { md5 });

        Assert.True(seenAfter <= s_bound, $"node B matched the new entry only after {seenAfter.TotalMilliseconds:F0} ms");
        Assert.True(goneAfter <= s_bound, $"node B still matched the retracted entry after {goneAfter.TotalMilliseconds:F0} ms");
        Assert.Equal("m", Assert.Single(md5OnB.GetProperty("matches").EnumerateArray()).GetProperty("entry").GetString());
        TestContext.Current.TestOutputHelper?.WriteLine($"node B: added entry matched after {seenAfter.TotalMilliseconds:F0} ms, retraction after {goneAfter.TotalMilliseconds:F0} ms");
    }

    /// <summary>Scans <paramref name="node"/> until the PDQ entry is (or is no longer) matched; the time it took, or more than the bound.</summary>
    private static async Task<TimeSpan> WaitAsync(HttpClient node, bool expectMatch)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed <= s_bound + s_bound)
        {
            var result = await node.ScanAsync(new { pdq = Pdq });
            bool matched = result.GetProperty("matches").EnumerateArray().Any(m => m.GetProperty("entry").GetString() == "p");
            if (matched == expectMatch)
            {
                return clock.Elapsed;
            }

            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        return clock.Elapsed;
    }
}
