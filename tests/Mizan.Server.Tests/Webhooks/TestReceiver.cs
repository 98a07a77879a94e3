using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Mizan.Server.Tests.Webhooks;

/// <summary>
/// A real HTTP receiver on 127.0.0.1 (Kestrel, a free port) that records every request. <see cref="Respond"/>
/// decides the answer to the n-th request (1-based): a status code, or null to hang until the sender gives up.
/// </summary>
internal sealed class TestReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _count;

    private TestReceiver(WebApplication app) => _app = app;

    public ConcurrentQueue<ReceivedRequest> Requests { get; } = new();

    public Func<int, int?> Respond { get; set; } = _ => 200;

    public string Url { get; private set; } = "";

    /// <summary>Requests answered 2xx.</summary>
    public IEnumerable<ReceivedRequest> Accepted => Requests.Where(r => r.Status is >= 200 and < 300);

    public static async Task<TestReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var receiver = new TestReceiver(app);
        app.MapPost("/hook", receiver.HandleAsync);
        await app.StartAsync();
        receiver.Url = app.Urls.First() + "/hook";
        return receiver;
    }

    private async Task HandleAsync(HttpContext context)
    {
        int n = Interlocked.Increment(ref _count);
        using var reader = new StreamReader(context.Request.Body);
        string body = await reader.ReadToEndAsync(context.RequestAborted);
        int? status = Respond(n);
        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        if (status is null)
        {
            Requests.Enqueue(new ReceivedRequest(headers, body, null));
            await Task.Delay(Timeout.Infinite, context.RequestAborted);
            return;
        }

        Requests.Enqueue(new ReceivedRequest(headers, body, status));
        context.Response.StatusCode = status.Value;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>One request the receiver saw, and the status it answered (null: it hung).</summary>
internal sealed record ReceivedRequest(IReadOnlyDictionary<string, string> Headers, string Body, int? Status)
{
    public string DeliveryId => Headers["Mizan-Delivery-Id"];
}
