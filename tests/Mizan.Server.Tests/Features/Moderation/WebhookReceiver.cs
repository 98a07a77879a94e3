using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Mizan.Server.Tests.Features.Moderation;

/// <summary>A real HTTP receiver on a free local port that records every webhook request it gets.</summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Channel<ReceivedWebhook> _received = Channel.CreateUnbounded<ReceivedWebhook>();
    private readonly List<ReceivedWebhook> _seen = [];

    private WebhookReceiver(WebApplication app) => _app = app;

    public string Url { get; private set; } = "";

    public static async Task<WebhookReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new WebhookReceiver(app);
        app.MapPost("/hook", async (HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body);
            string body = await reader.ReadToEndAsync();
            var headers = request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
            await receiver._received.Writer.WriteAsync(new ReceivedWebhook(headers, body));
            return Results.Ok();
        });
        await app.StartAsync();
        string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        receiver.Url = address + "/hook";
        return receiver;
    }

    /// <summary>Every request received so far.</summary>
    public IReadOnlyList<ReceivedWebhook> Seen => _seen;

    /// <summary>The first request whose event type is <paramref name="eventType"/>, waiting up to <paramref name="timeout"/>.</summary>
    public Task<ReceivedWebhook> WaitForAsync(string eventType, TimeSpan timeout) => WaitForAsync(r => r.EventType == eventType, timeout);

    /// <summary>The first <paramref name="eventType"/> request about item <paramref name="itemId"/> (its data.itemId).</summary>
    public Task<ReceivedWebhook> WaitForItemAsync(string eventType, long itemId, TimeSpan timeout) =>
        WaitForAsync(
            r => r.EventType == eventType
                 && System.Text.Json.JsonDocument.Parse(r.Body).RootElement.GetProperty("data").TryGetProperty("itemId", out var id) && id.GetInt64() == itemId,
            timeout);

    /// <summary>The first request that <paramref name="match"/> accepts, waiting up to <paramref name="timeout"/>.</summary>
    public async Task<ReceivedWebhook> WaitForAsync(Func<ReceivedWebhook, bool> match, TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        while (true)
        {
            var found = _seen.FirstOrDefault(match);
            if (found is not null)
            {
                return found;
            }

            _seen.Add(await _received.Reader.ReadAsync(cts.Token));
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
