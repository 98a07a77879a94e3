using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Mizan.Data;
using Mizan.Data.Keys;

namespace Mizan.Server.Tests.Features.Legal.Orders;

/// <summary>
/// Two app instances on one store (SQLite file, or one PostgreSQL database with MIZAN_TEST_POSTGRES), sharing one
/// test clock: their deadline watches run concurrently, and every alarm still fires once.
/// </summary>
public sealed class DeadlineAlarmNodesTests : IClassFixture<OrdersAppFactory>
{
    private readonly OrdersAppFactory _factory;

    public DeadlineAlarmNodesTests(OrdersAppFactory factory) => _factory = factory;

    [Fact]
    public async Task EachAlarm_FiresOnce_WithTwoNodesWatching()
    {
        using var second = _factory.SecondNode();
        (await _factory.ClientFor(Roles.Admin).PostJsonAsync("/v1/webhooks", new { url = "http://127.0.0.1:9/unused", eventTypes = new[] { "removal_order.alarm", "removal_order.overdue" } })).EnsureSuccessStatusCode();
        var (_, authority) = await _factory.AuthorityAsync();
        var ids = new List<long>();
        for (int i = 0; i < 5; i++)
        {
            var (_, url) = await _factory.ItemAsync();
            ids.Add((await OrdersAppFactory.SubmitAsync(authority, _factory.Order([url]))).GetProperty("id").GetInt64());
        }

        // Past 30 minutes before, past 10 before, past the deadline: at each, both nodes run several passes at once.
        foreach (int minutes in new[] { 31, 20, 10 })
        {
            _factory.Clock.Advance(TimeSpan.FromMinutes(minutes));
            var passes = Enumerable.Range(0, 6).Select(i => Task.Run(() => i % 2 == 0
                ? OrdersAppFactory.WatchAsync(_factory.Services, "node-a")
                : OrdersAppFactory.WatchAsync(second.Services, "node-b"), TestContext.Current.CancellationToken));
            await Task.WhenAll(passes);
        }

        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MizanDbContext>();
        var alarms = await db.DeadlineAlarms.AsNoTracking().Where(a => ids.Contains(a.RemovalOrderId)).ToListAsync(TestContext.Current.CancellationToken);
        foreach (long id in ids)
        {
            Assert.Equal([0, 10, 30], alarms.Where(a => a.RemovalOrderId == id).Select(a => a.MinutesBefore).Order());
        }

        var subjects = ids.Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var audit = await db.AuditEvents.AsNoTracking()
            .Where(e => e.SubjectType == "removal_order" && subjects.Contains(e.SubjectId) && (e.Action == "removal_order.alarm_raised" || e.Action == "removal_order.overdue"))
            .Select(e => e.Action).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal(2 * ids.Count, audit.Count(a => a == "removal_order.alarm_raised"));
        Assert.Equal(ids.Count, audit.Count(a => a == "removal_order.overdue"));

        var deliveries = await db.WebhookDeliveries.AsNoTracking()
            .Where(d => d.EventType == "removal_order.alarm" || d.EventType == "removal_order.overdue").Select(d => d.Body).ToListAsync(TestContext.Current.CancellationToken);
        foreach (long id in ids)
        {
            Assert.Equal(3, deliveries.Count(b => OrderIdOf(b) == id));
        }

        TestContext.Current.TestOutputHelper?.WriteLine(
            $"alarms raised by node-a: {alarms.Count(a => a.RaisedBy == "node-a")}, by node-b: {alarms.Count(a => a.RaisedBy == "node-b")}, other (background passes): {alarms.Count(a => a.RaisedBy is not ("node-a" or "node-b"))}");
        Assert.All(ids, id => Assert.Contains("not validated", OverdueCause(db, id), StringComparison.Ordinal));
    }

    private static long OrderIdOf(string body)
    {
        var data = JsonDocument.Parse(body).RootElement.GetProperty("data");
        return (data.TryGetProperty("order", out var order) ? order : data).GetProperty("id").GetInt64();
    }

    private static string OverdueCause(MizanDbContext db, long id) =>
        db.RemovalOrders.AsNoTracking().Where(o => o.Id == id).Select(o => o.OverdueCause).Single() ?? "";
}
