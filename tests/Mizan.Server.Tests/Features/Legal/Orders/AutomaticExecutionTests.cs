using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using Mizan.Data.Keys;
using Mizan.Server.Tests.Features.Moderation;

namespace Mizan.Server.Tests.Features.Legal.Orders;

/// <summary>
/// Legal:AutomaticExecution on, real time: an order whose every URL is a known item is executed on receipt and
/// waits for a legal officer's confirmation; the time from receipt to the removal webhook is measured and printed.
/// </summary>
public sealed class AutomaticExecutionTests : IClassFixture<AutomaticExecutionTests.AutomaticFactory>, IAsyncLifetime
{
    private readonly AutomaticFactory _factory;
    private WebhookReceiver _receiver = null!;

    public AutomaticExecutionTests(AutomaticFactory factory) => _factory = factory;

    public async ValueTask InitializeAsync()
    {
        _receiver = await WebhookReceiver.StartAsync();
        (await _factory.ClientFor(Roles.Admin).PostJsonAsync("/v1/webhooks", new { url = _receiver.Url, eventTypes = new[] { "content.restricted" } })).EnsureSuccessStatusCode();
    }

    public async ValueTask DisposeAsync() => await _receiver.DisposeAsync();

    [Fact]
    public async Task KnownUrls_AreExecutedOnReceipt_WellUnderASecond_AndAwaitConfirmation()
    {
        var (_, authority) = await _factory.AuthorityAsync();
        var legal = _factory.ClientFor(Roles.Legal);
        var timings = new List<(double Enqueued, double Delivered, double RoundTrip)>();
        long lastId = 0;
        for (int i = 0; i < 10; i++)
        {
            var (itemId, url) = await _factory.ItemAsync();
            var watch = Stopwatch.StartNew();
            var order = await OrdersAppFactory.SubmitAsync(authority, _factory.Order([url]));
            var hook = await _receiver.WaitForItemAsync("content.restricted", itemId, TimeSpan.FromSeconds(30));
            double roundTrip = watch.Elapsed.TotalMilliseconds;
            var receivedAt = order.GetProperty("receivedAt").GetDateTime().ToUniversalTime();
            var enqueuedAt = JsonDocument.Parse(hook.Body).RootElement.GetProperty("createdAt").GetDateTime().ToUniversalTime();
            timings.Add(((enqueuedAt - receivedAt).TotalMilliseconds, (hook.ArrivedAt - receivedAt).TotalMilliseconds, roundTrip));

            Assert.Equal("executed", order.GetProperty("state").GetString());
            Assert.True(order.GetProperty("executedAutomatically").GetBoolean());
            lastId = order.GetProperty("id").GetInt64();
        }

        // Annex II feedback waits for a legal officer's confirmation of an automatic execution.
        await ProblemAssert.IsProblemAsync(await legal.PostJsonAsync($"/v1/removal-orders/{lastId}/feedback", new { }), HttpStatusCode.Conflict, "conflict");
        var confirmed = await (await legal.PostJsonAsync($"/v1/removal-orders/{lastId}/confirm", new { })).JsonAsync();
        Assert.True(confirmed.TryGetProperty("confirmedAt", out _));
        Assert.Equal("feedback_sent", (await (await legal.PostJsonAsync($"/v1/removal-orders/{lastId}/feedback", new { })).JsonAsync()).GetProperty("state").GetString());

        var measured = timings.Skip(1).ToList(); // the first order warms up the code paths
        string Line(string what, IEnumerable<double> values)
        {
            var sorted = values.Order().ToArray();
            return string.Create(CultureInfo.InvariantCulture, $"{what}: median {sorted[sorted.Length / 2]:F1} ms, max {sorted[^1]:F1} ms");
        }

        var output = TestContext.Current.TestOutputHelper;
        output?.WriteLine($"automatic path, {measured.Count} orders (Webhooks:PollSeconds {_factory.Settings["Webhooks:PollSeconds"]}):");
        output?.WriteLine(Line("receipt -> content.restricted enqueued (server clock)", measured.Select(t => t.Enqueued)));
        output?.WriteLine(Line("receipt -> content.restricted delivered to a local receiver", measured.Select(t => t.Delivered)));
        output?.WriteLine(Line("client POST sent -> webhook received", measured.Select(t => t.RoundTrip)));
        Assert.True(measured.Max(t => t.Enqueued) < 1000, "receipt to webhook enqueued must stay well under a second");
    }

    [Fact]
    public async Task AnUnknownUrl_LeavesTheOrderForALegalOfficer()
    {
        var (_, url) = await _factory.ItemAsync();
        var (_, authority) = await _factory.AuthorityAsync();

        var order = await OrdersAppFactory.SubmitAsync(authority, _factory.Order([url, "https://elsewhere.example/not-hosted"]));

        Assert.Equal("received", order.GetProperty("state").GetString());
        Assert.False(order.GetProperty("executedAutomatically").GetBoolean());
    }

    /// <summary>Automatic execution on, the system clock, fast webhook polling.</summary>
    public sealed class AutomaticFactory : OrdersAppFactory
    {
        public AutomaticFactory()
            : base(useTestClock: false)
        {
            Settings["Legal:AutomaticExecution"] = "true";
        }
    }
}
