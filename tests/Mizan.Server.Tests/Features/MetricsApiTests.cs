using System.Globalization;
using System.Net;

namespace Mizan.Server.Tests.Features;

/// <summary>
/// The SDK listens to every meter named "Mizan" in the process, so another application instance running at the same
/// time (other test classes, two-node tests) would feed or shadow these series: this class runs alone.
/// </summary>
[Collection(nameof(MetricsApiTests))]
public sealed class MetricsApiTests(MizanAppFactory factory) : IClassFixture<MizanAppFactory>
{
    private const string Pdq = "9c151c3af838278e3ef57c180c7d031c07aefd12f2ccc1e18f2a1e1c7d0ff163";

    [Fact]
    public async Task GetMetrics_AfterMatchingScans_ExposesScansMatchesIndexAndHttpMetricsForPrometheus()
    {
        var admin = factory.ClientFor("admin");
        await admin.PostJsonAsync("/v1/banks", new { name = "metrics" });
        await admin.PostJsonAsync("/v1/banks/metrics/entries", new { id = "known", pdq = Pdq, labels = new[] { "test-data" } });
        var integration = factory.ClientFor("integration");
        await integration.ScanAsync(new { pdq = Pdq });
        await integration.ScanAsync(new { pdq = ApiClientExtensions.FlipBits(Pdq, 3) });
        await integration.ScanAsync(new { md5 = new string('7', 32) });

        // The queue depths are sampled in the background, the exporter may serve a scrape cached (300 ms) from before
        // these scans, and the host records a request's duration only after its answer has been read: wait (bounded)
        // for a scrape that has everything, then assert on it.
        (string Name, string Label, double AtLeast)[] expected =
        [
            ("mizan_matches_total", "signal=\"pdq\"", 2),
            ("mizan_scans_total", "outcome=\"match\"", 2),
            ("mizan_scans_total", "outcome=\"no_match\"", 1),
            ("mizan_index_entries", "signal=\"pdq\"", 1),
            ("mizan_index_lag_seconds", "", 0),
            ("mizan_queue_depth", "queue=\"webhook_deliveries\"", 0),
            ("mizan_queue_depth", "queue=\"cases\"", 0),
            ("http_server_request_duration_seconds_count", "http_route=\"/v1/scan\"", 3),
        ];
        string text = "";
        for (int attempt = 0; attempt < 60 && !expected.All(e => TryValue(text, e.Name, e.Label) >= e.AtLeast); attempt++)
        {
            if (attempt > 0)
            {
                await Task.Delay(250, TestContext.Current.CancellationToken);
            }

            var response = await factory.CreateClient().GetAsync(new Uri("/metrics", UriKind.Relative), TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.StartsWith("text/plain", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
            text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        }

        foreach (var (name, label, atLeast) in expected)
        {
            double? value = TryValue(text, name, label);
            Assert.True(value.HasValue, $"no series {name} with {label} in:\n{text}");
            Assert.True(value >= atLeast, $"{name} {label} is {value}, expected at least {atLeast}, in:\n{text}");
        }
    }

    [Fact]
    public async Task GetMetrics_NoKey_IsAllowedButApiStillNeedsKey()
    {
        var anonymous = factory.CreateClient();

        var metrics = await anonymous.GetAsync(new Uri("/metrics", UriKind.Relative), TestContext.Current.CancellationToken);
        var banks = await anonymous.GetAsync(new Uri("/v1/banks", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, metrics.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, banks.StatusCode);
    }

    /// <summary>The largest value of the series <paramref name="name"/> whose labels contain <paramref name="label"/>, or null when there is none.</summary>
    private static double? TryValue(string exposition, string name, string label)
    {
        double? best = null;
        foreach (string line in exposition.Split('\n'))
        {
            if (!line.StartsWith(name, StringComparison.Ordinal) || line.Length <= name.Length || (line[name.Length] != '{' && line[name.Length] != ' '))
            {
                continue;
            }

            int close = line.LastIndexOf('}');
            string labels = close > 0 ? line[..close] : "";
            if (!labels.Contains(label, StringComparison.Ordinal))
            {
                continue;
            }

            string[] rest = line[(close > 0 ? close + 1 : name.Length)..].Trim().Split(' ');
            double value = double.Parse(rest[0], CultureInfo.InvariantCulture);
            best = best is null ? value : Math.Max(best.Value, value);
        }

        return best;
    }
}

/// <summary>Runs <see cref="MetricsApiTests"/> after the parallel tests, with no other test at the same time.</summary>
[CollectionDefinition(nameof(MetricsApiTests), DisableParallelization = true)]
public sealed class MetricsApiTestsCollection;
