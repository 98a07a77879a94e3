using Mizan.Data.Legal;
using Mizan.Data.Legal.Preservation;

namespace Mizan.Server.Features.PreservationHolds;

/// <summary>
/// Destroys preserved copies when their hold expires or is released, and closes the removal orders whose holds are all
/// gone: one <see cref="PreservationService.DestroyExpiredAsync"/> pass every Legal:PreservationExpirySeconds on every
/// node (each destruction is one conditional UPDATE, so nodes never destroy or log the same copy twice).
/// </summary>
internal sealed partial class PreservationExpiryService(IServiceProvider services, LegalOptions options, ILogger<PreservationExpiryService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.PreservationExpirySeconds));
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            try
            {
                using var scope = services.CreateScope();
                var (destroyed, closed) = await scope.ServiceProvider.GetRequiredService<PreservationService>().DestroyExpiredAsync(stoppingToken).ConfigureAwait(false);
                if (destroyed > 0 || closed > 0)
                {
                    LogPass(logger, destroyed, closed);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A store outage must not stop the expiry; the next tick tries again.
                LogFailed(logger, ex);
            }
        }
    }

    [LoggerMessage(EventId = 160, Level = LogLevel.Information, Message = "Preservation expiry: {Destroyed} copies destroyed, {Closed} removal orders closed")]
    private static partial void LogPass(ILogger logger, int destroyed, int closed);

    [LoggerMessage(EventId = 161, Level = LogLevel.Warning, Message = "Preservation expiry pass failed; retrying at the next tick")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
