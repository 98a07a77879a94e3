using Mizan.Data;
using Mizan.Data.Matching;
using Mizan.Data.Observability;

namespace Mizan.Server;

/// <summary>
/// Keeps this node's match indexes current with writes made by other processes (the CLI, other nodes): every
/// <see cref="MatchOptions.IndexRefreshSeconds"/> it applies the store's change feed.
/// </summary>
internal sealed partial class IndexRefreshService(IServiceProvider services, MatchOptions options, MizanMetrics metrics, ILogger<IndexRefreshService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.IndexRefreshSeconds));
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            try
            {
                using var scope = services.CreateScope();
                var db = scope.ServiceProvider.GetRequiredService<MizanDbContext>();
                int applied = await scope.ServiceProvider.GetRequiredService<MatchIndexes>().RefreshAsync(db, stoppingToken).ConfigureAwait(false);
                metrics.IndexRefreshed();
                if (applied > 0)
                {
                    LogApplied(logger, applied);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A store outage must not stop the refresher; the next tick tries again.
                LogFailed(logger, ex);
            }
        }
    }

    [LoggerMessage(EventId = 110, Level = LogLevel.Debug, Message = "Applied {Count} index change(s) from the store")]
    private static partial void LogApplied(ILogger logger, int count);

    [LoggerMessage(EventId = 111, Level = LogLevel.Warning, Message = "Index refresh failed; retrying at the next tick")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
