using Microsoft.EntityFrameworkCore;
using Mizan.Data;
using Mizan.Data.Moderation;
using Mizan.Data.Observability;
using Mizan.Data.Webhooks;

namespace Mizan.Server;

/// <summary>
/// Counts the work waiting in the store every few seconds for the <c>mizan.queue.depth</c> gauge, so that a
/// Prometheus scrape never waits on the database.
/// </summary>
internal sealed partial class QueueDepthSampler(IServiceProvider services, MizanMetrics metrics, ILogger<QueueDepthSampler> logger)
    : BackgroundService
{
    /// <summary>How often the queues are counted.</summary>
    internal static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        do
        {
            try
            {
                await SampleAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The store may be starting or briefly unavailable; the gauge keeps its last value.
                LogFailed(logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    internal async Task SampleAsync(CancellationToken cancellationToken)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MizanDbContext>();
        long webhooks = await db.WebhookDeliveries.LongCountAsync(d => d.Status == DeliveryStatus.Pending, cancellationToken)
            .ConfigureAwait(false);
        long cases = await db.Cases.LongCountAsync(c => c.Status != CaseStatuses.Decided, cancellationToken).ConfigureAwait(false);
        metrics.QueueSampled(webhooks, cases);
    }

    [LoggerMessage(EventId = 120, Level = LogLevel.Debug, Message = "Counting the work queues failed; keeping the last figures")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
