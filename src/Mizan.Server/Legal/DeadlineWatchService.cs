using System.Globalization;
using Mizan.Data.Legal;
using Mizan.Data.Legal.Orders;

namespace Mizan.Server.Legal;

/// <summary>
/// Runs the removal orders' deadline watch (<see cref="DeadlineWatch"/>) every Legal:DeadlineWatchSeconds on this
/// node. Every node runs it; the watch's row locks make each alarm fire once across them. Time comes from the
/// injected <see cref="TimeProvider"/>, so a test clock drives what is due.
/// </summary>
internal sealed partial class DeadlineWatchService(
    IServiceScopeFactory scopes, LegalOptions options, TimeProvider clock, ILogger<DeadlineWatchService> logger) : BackgroundService
{
    /// <summary>This node's name in the alarms it raises: machine, process and a per-instance suffix.</summary>
    public string Node { get; } = string.Create(
        CultureInfo.InvariantCulture, $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..8]}");

    /// <summary>One pass; returns the alarms raised.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<DeadlineWatch>().RunOnceAsync(Node, cancellationToken).ConfigureAwait(false);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var period = TimeSpan.FromSeconds(options.DeadlineWatchSeconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(period, clock, stoppingToken).ConfigureAwait(false);
                int raised = await RunOnceAsync(stoppingToken).ConfigureAwait(false);
                if (raised > 0)
                {
                    LogRaised(logger, raised, Node);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // A store outage must not stop the watch; the next pass tries again.
                LogPassFailed(logger, ex);
            }
        }
    }

    [LoggerMessage(EventId = 4100, Level = LogLevel.Warning, Message = "Deadline watch raised {Count} removal order alarm(s) on {Node}")]
    private static partial void LogRaised(ILogger logger, int count, string node);

    [LoggerMessage(EventId = 4101, Level = LogLevel.Error, Message = "Deadline watch pass failed")]
    private static partial void LogPassFailed(ILogger logger, Exception exception);
}
