using System.Diagnostics.Metrics;
using Mizan.Data.Banks;
using Mizan.Data.Matching;

namespace Mizan.Data.Observability;

/// <summary>
/// Mizan's own instruments, on the meter <see cref="MeterName"/>: scans and matches by signal type, the size and
/// freshness of the match indexes, and the depth of the work queues. The server exports them (with the HTTP
/// server's request and latency instruments) for Prometheus at <c>/metrics</c>.
/// </summary>
public sealed class MizanMetrics : IDisposable
{
    /// <summary>The name of the meter every Mizan instrument belongs to.</summary>
    public const string MeterName = "Mizan";

    private readonly Meter _meter;
    private readonly Counter<long> _scans;
    private readonly Counter<long> _matches;
    private readonly TimeProvider _clock;
    private long _lastRefreshTicks;
    private long _webhooksPending = -1;
    private long _casesOpen = -1;

    /// <summary>Creates the instruments on a meter from <paramref name="meterFactory"/> (or a meter of its own).</summary>
    public MizanMetrics(MatchIndexes indexes, TimeProvider clock, IMeterFactory? meterFactory = null)
    {
        ArgumentNullException.ThrowIfNull(indexes);
        _clock = clock;
        _meter = meterFactory?.Create(MeterName) ?? new Meter(MeterName);
        _lastRefreshTicks = clock.GetUtcNow().UtcTicks;
        _scans = _meter.CreateCounter<long>("mizan.scans", "{scan}", "Items scanned against the banks, by outcome.");
        _matches = _meter.CreateCounter<long>("mizan.matches", "{match}", "Bank matches reported by scans, by signal type.");
        _meter.CreateObservableGauge("mizan.index.entries", () => new Measurement<long>[]
        {
            new(indexes.PdqCount, new KeyValuePair<string, object?>("signal", SignalTypes.Pdq)),
            new(indexes.ExactCount, new KeyValuePair<string, object?>("signal", "exact")),
            new(indexes.TextCount, new KeyValuePair<string, object?>("signal", SignalTypes.Text)),
            new(indexes.UrlCount, new KeyValuePair<string, object?>("signal", SignalTypes.Url)),
        }, "{entry}", "Entries held in this node's in-memory match indexes.");
        _meter.CreateObservableGauge("mizan.index.applied_change", () => indexes.LastAppliedChange, "{change}",
            "Sequence number of the last index change this node applied.");
        _meter.CreateObservableGauge("mizan.index.lag", () => IndexLagSeconds, "s",
            "Seconds since this node last brought its indexes up to date with the store.");
        _meter.CreateObservableGauge("mizan.queue.depth", QueueDepths, "{item}",
            "Work waiting in the store: webhook deliveries pending, cases not yet decided (sampled every few seconds).");
    }

    /// <summary>Seconds since the indexes were last brought up to date (load or refresh).</summary>
    public double IndexLagSeconds =>
        Math.Max(0, (_clock.GetUtcNow().UtcTicks - Interlocked.Read(ref _lastRefreshTicks)) / (double)TimeSpan.TicksPerSecond);

    /// <summary>Counts one scan and its matches.</summary>
    public void RecordScan(ScanOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        _scans.Add(1, new KeyValuePair<string, object?>("outcome", outcome.Matches.Count > 0 ? "match" : "no_match"));
        foreach (var match in outcome.Matches)
        {
            _matches.Add(1, new KeyValuePair<string, object?>("signal", match.Signal));
        }
    }

    /// <summary>Notes that the indexes were brought up to date with the store just now.</summary>
    public void IndexRefreshed() => Interlocked.Exchange(ref _lastRefreshTicks, _clock.GetUtcNow().UtcTicks);

    /// <summary>Records the sampled queue depths; a negative value means "not known" and is not reported.</summary>
    public void QueueSampled(long webhooksPending, long casesOpen)
    {
        Interlocked.Exchange(ref _webhooksPending, webhooksPending);
        Interlocked.Exchange(ref _casesOpen, casesOpen);
    }

    /// <inheritdoc />
    public void Dispose() => _meter.Dispose();

    private IEnumerable<Measurement<long>> QueueDepths()
    {
        long webhooks = Interlocked.Read(ref _webhooksPending);
        if (webhooks >= 0)
        {
            yield return new Measurement<long>(webhooks, new KeyValuePair<string, object?>("queue", "webhook_deliveries"));
        }

        long cases = Interlocked.Read(ref _casesOpen);
        if (cases >= 0)
        {
            yield return new Measurement<long>(cases, new KeyValuePair<string, object?>("queue", "cases"));
        }
    }
}
