using System.Globalization;
using Mizan.Data.Keys;

namespace Mizan.Console.Tests;

/// <summary>
/// Removal orders in a real browser (browser/orders-flow.mjs, run by <see cref="BrowserHarness"/>): a legal officer
/// sees an order count down, opens it, executes it and sees its state change; the orders page in Arabic.
/// </summary>
public sealed class OrderBrowserTests
{
    [Fact]
    public Task OrdersFlow_InHeadlessChromium() =>
        BrowserHarness.RunAsync("orders-flow.mjs", async run =>
        {
            var (_, authority) = await OrderSeed.AuthorityAsync(run.ClientFor, () => new HttpClient { BaseAddress = new Uri(run.Url) }, run.Services, "Test Authority (browser)");
            using (authority)
            {
                var order = await OrderSeed.OrderAsync(run.ClientFor, authority, "browser");
                await run.UserAsync("nadia", Roles.Legal);
                return new Dictionary<string, string>
                {
                    ["MIZAN_ORDER"] = order.Id.ToString(CultureInfo.InvariantCulture), ["MIZAN_LEGAL"] = "nadia",
                };
            }
        }, ["orders", "order", "order-executed", "orders-arabic"]);
}
