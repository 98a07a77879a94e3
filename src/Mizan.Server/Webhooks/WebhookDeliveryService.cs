using System.Globalization;
using System.Net.Http.Headers;
using Mizan.Data.Webhooks;

namespace Mizan.Server.Webhooks;

/// <summary>
/// Sends the webhook outbox: claims due rows (<see cref="WebhookDeliveryStore"/>), POSTs each row's JSON body
/// signed with its subscription's secret, and records the outcome: 2xx delivered; anything else (another status,
/// a timeout, a refused connection) retried with backoff until <see cref="WebhookOptions.MaxAttempts"/>, then
/// failed. Redirects are not followed. Every attempt of a row carries the same delivery id. When the node stops,
/// rows it claimed but did not finish are handed back; if it dies instead, their lease runs out.
/// </summary>
internal sealed partial class WebhookDeliveryService(
    IServiceProvider services, IHttpClientFactory httpClients, WebhookOptions options, TimeProvider clock, ILogger<WebhookDeliveryService> logger)
    : BackgroundService
{
    /// <summary>The name of the HTTP client deliveries use (timeouts, no redirects).</summary>
    public const string HttpClientName = "webhooks";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Enabled)
        {
            return;
        }

        var poll = TimeSpan.FromSeconds(options.PollSeconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            int sent = 0;
            try
            {
                sent = await RunOnceAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // A store outage must not stop delivery; the next round tries again.
                LogRoundFailed(logger, ex);
            }

            if (sent == 0)
            {
                try
                {
                    await Task.Delay(poll, clock, stoppingToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    /// <summary>Claims one batch and sends it; returns how many deliveries were attempted.</summary>
    internal async Task<int> RunOnceAsync(CancellationToken stoppingToken)
    {
        IReadOnlyList<ClaimedDelivery> claims;
        using (var scope = services.CreateScope())
        {
            claims = await scope.ServiceProvider.GetRequiredService<WebhookDeliveryStore>().ClaimAsync(options.BatchSize, stoppingToken).ConfigureAwait(false);
        }

        await Task.WhenAll(claims.Select(c => DeliverAsync(c, stoppingToken))).ConfigureAwait(false);
        return claims.Count;
    }

    private async Task DeliverAsync(ClaimedDelivery claim, CancellationToken stoppingToken)
    {
        int? status = null;
        string? error = null;
        try
        {
            using var request = Request(claim);
            using var response = await httpClients.CreateClient(HttpClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, stoppingToken).ConfigureAwait(false);
            status = (int)response.StatusCode;
            if (!response.IsSuccessStatusCode)
            {
                error = $"HTTP {status} {response.ReasonPhrase}";
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            await WithStoreAsync(store => store.ReleaseAsync(claim, CancellationToken.None)).ConfigureAwait(false);
            return;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException)
        {
            error = ex is TaskCanceledException ? $"timed out after {options.TimeoutSeconds} s" : ex.Message;
        }

        if (error is null)
        {
            await WithStoreAsync(store => store.DeliveredAsync(claim, status!.Value, CancellationToken.None)).ConfigureAwait(false);
            LogDelivered(logger, claim.DeliveryId, claim.EventType, claim.Attempt);
        }
        else
        {
            await WithStoreAsync(store => store.AttemptFailedAsync(claim, status, error, CancellationToken.None)).ConfigureAwait(false);
            LogAttemptFailed(logger, claim.DeliveryId, claim.Attempt, options.MaxAttempts, error);
        }
    }

    private HttpRequestMessage Request(ClaimedDelivery claim)
    {
        long timestamp = clock.GetUtcNow().ToUnixTimeSeconds();
        var request = new HttpRequestMessage(HttpMethod.Post, claim.Url)
        {
            Content = new StringContent(claim.Body, System.Text.Encoding.UTF8, "application/json"),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.Add(WebhookSignature.DeliveryIdHeader, claim.DeliveryId);
        request.Headers.Add(WebhookSignature.EventTypeHeader, claim.EventType);
        request.Headers.Add(WebhookSignature.TimestampHeader, timestamp.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add(WebhookSignature.SignatureHeader, WebhookSignature.Sign(claim.Secret, timestamp, claim.Body));
        request.Headers.UserAgent.Add(new ProductInfoHeaderValue("Mizan-Webhooks", "1"));
        return request;
    }

    private async Task WithStoreAsync(Func<WebhookDeliveryStore, Task> action)
    {
        using var scope = services.CreateScope();
        await action(scope.ServiceProvider.GetRequiredService<WebhookDeliveryStore>()).ConfigureAwait(false);
    }

    [LoggerMessage(EventId = 300, Level = LogLevel.Information, Message = "Webhook {DeliveryId} ({EventType}) delivered on attempt {Attempt}")]
    private static partial void LogDelivered(ILogger logger, string deliveryId, string eventType, int attempt);

    [LoggerMessage(EventId = 301, Level = LogLevel.Warning, Message = "Webhook {DeliveryId} attempt {Attempt} of {MaxAttempts} failed: {Error}")]
    private static partial void LogAttemptFailed(ILogger logger, string deliveryId, int attempt, int maxAttempts, string error);

    [LoggerMessage(EventId = 302, Level = LogLevel.Warning, Message = "Webhook delivery round failed; retrying")]
    private static partial void LogRoundFailed(ILogger logger, Exception exception);
}
