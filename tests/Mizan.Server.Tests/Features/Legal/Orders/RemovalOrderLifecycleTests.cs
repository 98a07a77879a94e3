using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Mizan.Data;
using Mizan.Data.Keys;
using Mizan.Server.Tests.Features.Moderation;

namespace Mizan.Server.Tests.Features.Legal.Orders;

/// <summary>
/// Drives removal orders through every path of LEGAL.md's state machine with a test clock, checking the deadline
/// at each step: executed in time, executed late, clarification, impossibility, scrutiny with reinstatement, and
/// a secrecy period holding back the user's statement. Test data: neutral text items, fictitious authorities.
/// </summary>
public sealed class RemovalOrderLifecycleTests : IClassFixture<OrdersAppFactory>, IAsyncLifetime
{
    private static readonly TimeSpan s_wait = TimeSpan.FromSeconds(30);
    private readonly OrdersAppFactory _factory;
    private readonly HttpClient _legal;
    private WebhookReceiver _receiver = null!;

    public RemovalOrderLifecycleTests(OrdersAppFactory factory)
    {
        _factory = factory;
        _legal = factory.ClientIn(Roles.Legal, 1, "legal officer A");
    }

    public async ValueTask InitializeAsync()
    {
        _receiver = await WebhookReceiver.StartAsync();
        (await _factory.ClientFor(Roles.Admin).PostJsonAsync("/v1/webhooks", new { url = _receiver.Url, eventTypes = new[] { "*" } })).EnsureSuccessStatusCode();
    }

    public async ValueTask DisposeAsync() => await _receiver.DisposeAsync();

    [Fact]
    public async Task ExecutedInTime_DisablesInEveryMemberState_PreservesAndReportsFeedback()
    {
        var (itemId, url) = await _factory.ItemAsync();
        var (_, authority) = await _factory.AuthorityAsync();
        var order = await OrdersAppFactory.SubmitAsync(authority, _factory.Order([url]));
        long id = order.GetProperty("id").GetInt64();
        var receivedAt = order.GetProperty("receivedAt").GetDateTime();
        Assert.Equal("received", order.GetProperty("state").GetString());
        Assert.Equal(receivedAt.AddHours(1), order.GetProperty("deadlineAt").GetDateTime());
        Assert.EndsWith("Z", order.GetProperty("receivedAt").GetString(), StringComparison.Ordinal);

        _factory.Clock.Advance(TimeSpan.FromMinutes(20));
        Assert.Equal("validating", (await ActAsync(id, "validate", new { authentication = "API key of the authority" })).GetProperty("state").GetString());
        _factory.Clock.Advance(TimeSpan.FromMinutes(15));
        var executed = await ActAsync(id, "execute");
        Assert.Equal("executed", executed.GetProperty("state").GetString());
        Assert.Equal("disabled_in_eu", executed.GetProperty("actionTaken").GetString());
        Assert.False(executed.GetProperty("overdue").GetBoolean());
        Assert.Equal(receivedAt.AddMinutes(35), executed.GetProperty("executedAt").GetDateTime());
        Assert.Equal([itemId], executed.GetProperty("itemIds").EnumerateArray().Select(e => e.GetInt64()));

        var item = await (await _legal.GetPathAsync($"/v1/items/{itemId}")).JsonAsync();
        Assert.Equal("restricted", item.GetProperty("state").GetString());
        Assert.Equal(["EU"], item.GetProperty("restrictedIn").EnumerateArray().Select(e => e.GetString()));
        long decisionId = executed.GetProperty("decisionIds")[0].GetInt64();
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MizanDbContext>();
            var decision = await db.Decisions.SingleAsync(d => d.Id == decisionId, TestContext.Current.CancellationToken);
            Assert.Equal(id, decision.RemovalOrderId);
            Assert.Equal("other_notification", decision.SourceType);
            var hold = await db.PreservationHolds.SingleAsync(h => h.RemovalOrderId == id, TestContext.Current.CancellationToken);
            Assert.Equal(itemId, hold.ContentItemId);
            Assert.Equal("tco_art6_order", hold.Basis);
        }

        var restricted = JsonDocument.Parse((await _receiver.WaitForItemAsync("content.restricted", itemId, s_wait)).Body).RootElement.GetProperty("data");
        Assert.Equal(["EU"], restricted.GetProperty("restrictedIn").EnumerateArray().Select(e => e.GetString()));

        // The deadline passing after execution is not a breach.
        _factory.Clock.Advance(TimeSpan.FromMinutes(40));
        await _factory.WatchAsync();
        Assert.Empty(await AlarmsAsync(id, overdueOnly: true));

        var feedback = await ActAsync(id, "feedback");
        Assert.Equal("feedback_sent", feedback.GetProperty("state").GetString());
        Assert.Equal(receivedAt.AddMinutes(75), feedback.GetProperty("feedbackSentAt").GetDateTime());
        Assert.Equal("final", (await ActAsync(id, "final")).GetProperty("state").GetString());

        var actions = await AuditActionsAsync(id);
        Assert.Equal(
            ["removal_order.received", "removal_order.deadline_computed", "removal_order.validation_started", "removal_order.validated",
             "removal_order.executed", "removal_order.feedback_sent", "removal_order.final"],
            actions);
    }

    [Fact]
    public async Task ExecutedLate_AlarmsAtEachPoint_ThenOverdueWithCause()
    {
        var (_, url) = await _factory.ItemAsync();
        var (_, authority) = await _factory.AuthorityAsync();
        long id = (await OrdersAppFactory.SubmitAsync(authority, _factory.Order([url]))).GetProperty("id").GetInt64();

        _factory.Clock.Advance(TimeSpan.FromMinutes(29));
        await _factory.WatchAsync();
        Assert.Empty(await AlarmsAsync(id));
        _factory.Clock.Advance(TimeSpan.FromMinutes(2));
        await _factory.WatchAsync();
        await _factory.WatchAsync();
        Assert.Equal([30], (await AlarmsAsync(id)).Select(a => a.GetProperty("minutesBefore").GetInt32()));
        _factory.Clock.Advance(TimeSpan.FromMinutes(20));
        await _factory.WatchAsync();
        Assert.Equal([10, 30], (await AlarmsAsync(id)).Select(a => a.GetProperty("minutesBefore").GetInt32()));

        _factory.Clock.Advance(TimeSpan.FromMinutes(10));
        await _factory.WatchAsync();
        var overdue = await GetAsync(id);
        Assert.True(overdue.GetProperty("overdue").GetBoolean());
        Assert.StartsWith("not validated", overdue.GetProperty("overdueCause").GetString(), StringComparison.Ordinal);
        Assert.Equal(overdue.GetProperty("deadlineAt").GetDateTime(), overdue.GetProperty("overdueAt").GetDateTime());
        Assert.Single(await AlarmsAsync(id, overdueOnly: true));
        await _receiver.WaitForAsync("removal_order.overdue", s_wait);
        await _receiver.WaitForAsync("removal_order.alarm", s_wait);

        _factory.Clock.Advance(TimeSpan.FromMinutes(5));
        var executed = await ActAsync(id, "execute");
        Assert.Equal("executed", executed.GetProperty("state").GetString());
        Assert.True(executed.GetProperty("overdue").GetBoolean());
        Assert.Contains("removal_order.overdue", await AuditActionsAsync(id));
        Assert.Equal(2, (await AuditActionsAsync(id)).Count(a => a == "removal_order.alarm_raised"));
    }

    [Fact]
    public async Task LateExecution_WithoutAWatchPass_IsStillFlaggedOverdue()
    {
        var (_, url) = await _factory.ItemAsync();
        var (_, authority) = await _factory.AuthorityAsync();
        long id = (await OrdersAppFactory.SubmitAsync(authority, _factory.Order([url]))).GetProperty("id").GetInt64();
        await ActAsync(id, "validate");

        _factory.Clock.Advance(TimeSpan.FromMinutes(75));
        var executed = await ActAsync(id, "execute");

        Assert.True(executed.GetProperty("overdue").GetBoolean());
        Assert.StartsWith("awaiting legal officer", executed.GetProperty("overdueCause").GetString(), StringComparison.Ordinal);
        Assert.Contains("15 min late", executed.GetProperty("overdueCause").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Clarification_PausesTheClock_AndTheHourRestartsWhenItArrives()
    {
        var (_, url) = await _factory.ItemAsync();
        var (_, authority) = await _factory.AuthorityAsync();
        long id = (await OrdersAppFactory.SubmitAsync(authority, _factory.Order([url]))).GetProperty("id").GetInt64();

        _factory.Clock.Advance(TimeSpan.FromMinutes(20));
        var paused = await ActAsync(id, "clarification-request", new { reason = "insufficient_information", details = "Test data: the second URL is truncated." });
        Assert.Equal("needs_clarification", paused.GetProperty("state").GetString());
        Assert.False(paused.TryGetProperty("deadlineAt", out _));
        Assert.True(paused.TryGetProperty("clockPausedAt", out _));
        Assert.True(paused.TryGetProperty("annexIIISentAt", out _));

        // Hours pass while paused: no alarm, not overdue.
        _factory.Clock.Advance(TimeSpan.FromHours(3));
        await _factory.WatchAsync();
        Assert.Empty(await AlarmsAsync(id));

        var restarted = await ActAsync(id, "clarification", new { clarification = "Test data: the full URL is the one listed first." });
        var now = _factory.Clock.GetUtcNow().UtcDateTime;
        Assert.Equal("executing", restarted.GetProperty("state").GetString());
        Assert.Equal(now.AddHours(1), restarted.GetProperty("deadlineAt").GetDateTime());
        Assert.Equal(now, restarted.GetProperty("clockRestartedAt").GetDateTime());

        _factory.Clock.Advance(TimeSpan.FromMinutes(55));
        await _factory.WatchAsync();
        Assert.Equal([10], (await AlarmsAsync(id)).Select(a => a.GetProperty("minutesBefore").GetInt32()));
        var executed = await ActAsync(id, "execute");
        Assert.False(executed.GetProperty("overdue").GetBoolean());

        var actions = await AuditActionsAsync(id);
        Assert.Contains("removal_order.clock_paused", actions);
        Assert.Contains("removal_order.clock_restarted", actions);
        Assert.Contains("removal_order.clarification_received", actions);
    }

    [Fact]
    public async Task Impossibility_PausesTheClock_AndTheHourRestartsWhenTheGroundsCease()
    {
        var (_, url) = await _factory.ItemAsync();
        var (_, authority) = await _factory.AuthorityAsync();
        long id = (await OrdersAppFactory.SubmitAsync(authority, _factory.Order([url]))).GetProperty("id").GetInt64();
        await ActAsync(id, "validate");

        _factory.Clock.Advance(TimeSpan.FromMinutes(40));
        var paused = await ActAsync(id, "impossibility", new { reason = "force_majeure", details = "Test data: data-centre outage." });
        Assert.Equal("impossible", paused.GetProperty("state").GetString());
        Assert.Equal("force_majeure", paused.GetProperty("impossibilityReason").GetString());
        Assert.False(paused.TryGetProperty("deadlineAt", out _));

        _factory.Clock.Advance(TimeSpan.FromHours(6));
        await _factory.WatchAsync();
        Assert.False((await GetAsync(id)).GetProperty("overdue").GetBoolean());

        var restarted = await ActAsync(id, "grounds-ceased", new { details = "Test data: service restored." });
        var now = _factory.Clock.GetUtcNow().UtcDateTime;
        Assert.Equal("executing", restarted.GetProperty("state").GetString());
        Assert.Equal(now.AddHours(1), restarted.GetProperty("deadlineAt").GetDateTime());
        Assert.Equal(now, restarted.GetProperty("groundsCeasedAt").GetDateTime());

        // The restarted hour is enforced as well: past it, the order is overdue.
        _factory.Clock.Advance(TimeSpan.FromMinutes(61));
        await _factory.WatchAsync();
        var overdue = await GetAsync(id);
        Assert.True(overdue.GetProperty("overdue").GetBoolean());
        Assert.StartsWith("awaiting legal officer", overdue.GetProperty("overdueCause").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scrutiny_FindsAnInfringement_AndEveryItemIsReinstatedAtOnce()
    {
        var (first, url1) = await _factory.ItemAsync();
        var (second, url2) = await _factory.ItemAsync();
        var (_, authority) = await _factory.AuthorityAsync();
        long id = (await OrdersAppFactory.SubmitAsync(authority, _factory.Order([url1, url2]))).GetProperty("id").GetInt64();
        await ActAsync(id, "execute");
        await ActAsync(id, "feedback");

        _factory.Clock.Advance(TimeSpan.FromHours(20));
        var requested = await ActAsync(id, "scrutiny-request", new { requestedBy = "content_provider", reasons = "Test data: the post is news reporting." });
        Assert.Equal("under_scrutiny", requested.GetProperty("state").GetString());
        var reinstated = await ActAsync(id, "scrutiny-decision", new { infringementFound = true, reasons = "Test data: the order infringes the Regulation." });

        Assert.Equal("reinstated", reinstated.GetProperty("state").GetString());
        Assert.Equal("scrutiny", reinstated.GetProperty("reinstatementBasis").GetString());
        foreach (long itemId in new[] { first, second })
        {
            var item = await (await _legal.GetPathAsync($"/v1/items/{itemId}")).JsonAsync();
            Assert.Equal("restored", item.GetProperty("state").GetString());
            Assert.Empty(item.GetProperty("restrictedIn").EnumerateArray());
        }

        foreach (long itemId in new[] { first, second })
        {
            var hook = await _receiver.WaitForItemAsync("content.reinstated", itemId, s_wait);
            Assert.Equal(id, JsonDocument.Parse(hook.Body).RootElement.GetProperty("data").GetProperty("removalOrderId").GetInt64());
        }
        Assert.Equal(409, (int)(await _legal.PostJsonAsync($"/v1/removal-orders/{id}/scrutiny-decision", new { infringementFound = false })).StatusCode);
    }

    [Fact]
    public async Task Scrutiny_WithoutInfringement_ReturnsToFeedbackSent_AndClosesAfter48Hours()
    {
        var (_, url) = await _factory.ItemAsync();
        var (_, authority) = await _factory.AuthorityAsync();
        long id = (await OrdersAppFactory.SubmitAsync(authority, _factory.Order([url]))).GetProperty("id").GetInt64();
        await ActAsync(id, "execute");
        await ActAsync(id, "feedback");
        await ActAsync(id, "scrutiny-request", new { requestedBy = "hosting_provider", reasons = "Test data." });
        Assert.Equal("feedback_sent", (await ActAsync(id, "scrutiny-decision", new { infringementFound = false })).GetProperty("state").GetString());

        _factory.Clock.Advance(TimeSpan.FromHours(49));
        var late = await _legal.PostJsonAsync($"/v1/removal-orders/{id}/scrutiny-request", new { requestedBy = "content_provider", reasons = "Test data." });
        await ProblemAssert.IsProblemAsync(late, HttpStatusCode.Conflict, "scrutiny_window_closed");
        Assert.Equal("feedback_sent", (await GetAsync(id)).GetProperty("state").GetString());
    }

    [Fact]
    public async Task Secrecy_HoldsBackTheUserNotice_AndReleasesItWhenThePeriodEnds()
    {
        var (itemId, url) = await _factory.ItemAsync();
        var (_, authority) = await _factory.AuthorityAsync();
        var until = _factory.Clock.GetUtcNow().AddDays(14);
        long id = (await OrdersAppFactory.SubmitAsync(authority, _factory.Order([url], nonDisclosureUntil: until))).GetProperty("id").GetInt64();
        var executed = await ActAsync(id, "execute");
        long decisionId = executed.GetProperty("decisionIds")[0].GetInt64();
        var platform = _factory.ClientFor(Roles.Integration);

        await ProblemAssert.IsProblemAsync(await platform.GetPathAsync($"/v1/decisions/{decisionId}/statement"), HttpStatusCode.Conflict, "statement_withheld");
        var hook = JsonDocument.Parse((await _receiver.WaitForItemAsync("content.restricted", itemId, s_wait)).Body).RootElement.GetProperty("data");
        Assert.False(hook.TryGetProperty("statement", out var statement) && statement.ValueKind != JsonValueKind.Null);
        Assert.True(hook.TryGetProperty("statementWithheldUntil", out _));

        // One extension of at most six weeks, then no more.
        var extended = await ActAsync(id, "non-disclosure", new { until = until.AddDays(21) });
        Assert.Equal(until.AddDays(21).UtcDateTime, extended.GetProperty("nonDisclosureExtendedUntil").GetDateTime());
        Assert.Equal(409, (int)(await _legal.PostJsonAsync($"/v1/removal-orders/{id}/non-disclosure", new { until = until.AddDays(30) })).StatusCode);

        _factory.Clock.Advance(TimeSpan.FromDays(15));
        await ProblemAssert.IsProblemAsync(await platform.GetPathAsync($"/v1/decisions/{decisionId}/statement"), HttpStatusCode.Conflict, "statement_withheld");
        _factory.Clock.Advance(TimeSpan.FromDays(21));
        var released = await (await platform.GetPathAsync($"/v1/decisions/{decisionId}/statement")).JsonAsync();
        Assert.Equal(JsonValueKind.Object, released.ValueKind);
        Assert.Contains("removal_order.non_disclosure_extended", await AuditActionsAsync(id));
    }

    [Fact]
    public async Task IllegalTransitions_Return409NamingTheCurrentState_AndChangeNothing()
    {
        var (_, url) = await _factory.ItemAsync();
        var (_, authority) = await _factory.AuthorityAsync();
        long id = (await OrdersAppFactory.SubmitAsync(authority, _factory.Order([url]))).GetProperty("id").GetInt64();

        await ProblemAssert.IsProblemAsync(await _legal.PostJsonAsync($"/v1/removal-orders/{id}/feedback", new { }), HttpStatusCode.Conflict, "order_state_received");
        await ProblemAssert.IsProblemAsync(await _legal.PostJsonAsync($"/v1/removal-orders/{id}/grounds-ceased", new { }), HttpStatusCode.Conflict, "order_state_received");
        await ActAsync(id, "execute");
        await ProblemAssert.IsProblemAsync(
            await _legal.PostJsonAsync($"/v1/removal-orders/{id}/clarification-request", new { reason = "manifest_error", details = "x" }), HttpStatusCode.Conflict, "order_state_executed");
        await ProblemAssert.IsProblemAsync(await _legal.PostJsonAsync($"/v1/removal-orders/{id}/execute", new { }), HttpStatusCode.Conflict, "order_state_executed");
        await ProblemAssert.IsProblemAsync(await _legal.PostJsonAsync($"/v1/removal-orders/{id}/confirm", new { }), HttpStatusCode.Conflict, "conflict");
        await ProblemAssert.IsProblemAsync(await _legal.PostJsonAsync("/v1/removal-orders/999999/execute", new { }), HttpStatusCode.NotFound, "not_found");

        var order = await GetAsync(id);
        Assert.Equal("executed", order.GetProperty("state").GetString());
        Assert.Equal(1, (await AuditActionsAsync(id)).Count(a => a == "removal_order.executed"));
    }

    [Fact]
    public async Task Execute_WithNoKnownItem_IsRefused_AndTheOrderCanBeDeclaredImpossible()
    {
        var (_, authority) = await _factory.AuthorityAsync();
        long id = (await OrdersAppFactory.SubmitAsync(authority, _factory.Order(["https://elsewhere.example/unknown"]))).GetProperty("id").GetInt64();

        await ProblemAssert.IsProblemAsync(await _legal.PostJsonAsync($"/v1/removal-orders/{id}/execute", new { }), HttpStatusCode.Conflict, "conflict");
        Assert.Equal("received", (await GetAsync(id)).GetProperty("state").GetString());

        _factory.Clock.Advance(TimeSpan.FromMinutes(61));
        await _factory.WatchAsync();
        Assert.StartsWith("not validated", (await GetAsync(id)).GetProperty("overdueCause").GetString(), StringComparison.Ordinal);
        var impossible = await ActAsync(id, "impossibility", new { reason = "de_facto_impossibility", details = "Test data: the URL is not hosted here." });
        Assert.Equal("impossible", impossible.GetProperty("state").GetString());
    }

    private async Task<JsonElement> ActAsync(long id, string transition, object? body = null) =>
        await (await _legal.PostJsonAsync($"/v1/removal-orders/{id}/{transition}", body ?? new { })).JsonAsync();

    private async Task<JsonElement> GetAsync(long id) => await (await _legal.GetPathAsync($"/v1/removal-orders/{id}")).JsonAsync();

    private async Task<List<JsonElement>> AlarmsAsync(long id, bool overdueOnly = false)
    {
        var alarms = await (await _legal.GetPathAsync($"/v1/removal-orders/alarms?orderId={id}")).JsonAsync();
        return alarms.EnumerateArray().Where(a => !overdueOnly || a.GetProperty("overdue").GetBoolean())
            .Where(a => overdueOnly || !a.GetProperty("overdue").GetBoolean()).ToList();
    }

    private async Task<List<string>> AuditActionsAsync(long id)
    {
        var page = await (await _factory.ClientFor(Roles.Auditor).GetPathAsync($"/v1/audit?subjectType=removal_order&subjectId={id}&limit=200")).JsonAsync();
        return page.GetProperty("items").EnumerateArray().OrderBy(e => e.GetProperty("seq").GetInt64())
            .Select(e => e.GetProperty("action").GetString()!).ToList();
    }
}
