using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Mizan.Data.Audit;
using Mizan.Data.Keys;
using Mizan.Data.Legal.Orders;
using Mizan.Server.Tests.Features.Moderation;

namespace Mizan.Console.Tests;

/// <summary>
/// The removal order pages on the real app and store, with a clock the test moves: the countdown, execution and the
/// other transitions through the real service, overdue and paused clocks, and who sees what. Test data only.
/// </summary>
public sealed class OrderPagesTests(OrderPagesTests.ClockFactory factory) : IClassFixture<OrderPagesTests.ClockFactory>
{
    [Fact]
    public async Task LegalOfficer_SeesTheCountdown_AndExecutesTheOrder_ThroughTheService()
    {
        var (order, _) = await SeedAsync("exec");
        using var legal = await factory.SignedInAsync("orders-legal", Roles.Legal);
        factory.Clock.Advance(TimeSpan.FromMinutes(15));

        string list = await legal.PageAsync("/orders");
        string row = Row(list, order.Id);
        Assert.Contains($"data-deadline=\"{Iso(order.DeadlineAt)}\"", row, StringComparison.Ordinal);
        Assert.Contains($"<time dir=\"ltr\" datetime=\"{Iso(order.DeadlineAt)}\">", row, StringComparison.Ordinal);
        Assert.Matches("class=\"remaining\" dir=\"ltr\">0:45:0\\d<", row);
        Assert.Contains("Test Authority exec", row, StringComparison.Ordinal);
        Assert.Contains(">received<", row, StringComparison.Ordinal);

        string page = await legal.PageAsync($"/orders/{order.Id}");
        Assert.Contains("id=\"form-execute\"", page, StringComparison.Ordinal);
        Assert.Contains($"#{order.ItemId} · live", page, StringComparison.Ordinal);
        var response = await legal.PostAsync($"/orders/{order.Id}?handler=Execute", ConsoleClient.Token(page), ("Action", "disable_in_eu"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        string after = await legal.PageAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("data-state=\"executed\"", after, StringComparison.Ordinal);
        Assert.Contains("execution recorded; it is now executed.", after, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"form-execute\"", after, StringComparison.Ordinal);
        Assert.Contains("id=\"form-feedback\"", after, StringComparison.Ordinal);
        var stored = await factory.WithAsync(s => s.GetRequiredService<RemovalOrderService>().GetAsync(order.Id, null, CancellationToken.None));
        Assert.Equal("executed", stored.State);
        Assert.Equal("orders-legal", stored.ExecutedBy);
        Assert.Equal([order.ItemId!.Value], stored.ItemIds!);
        var events = await AuditAsync(order.Id);
        Assert.Contains(events, e => e.Action == "removal_order.executed" && e.ActorName.EndsWith(":orders-legal", StringComparison.Ordinal));
        Assert.Contains("removal_order.executed", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AServiceRefusal_IsThePagesMessage_AndChangesNothing()
    {
        var (order, _) = await SeedAsync("unknown", knownItem: false);
        using var legal = await factory.SignedInAsync("orders-legal-2", Roles.Legal);
        string page = await legal.PageAsync($"/orders/{order.Id}");
        Assert.Contains("no known item", page, StringComparison.Ordinal);

        var response = await legal.PostAsync($"/orders/{order.Id}?handler=Execute", ConsoleClient.Token(page), ("Action", "disable_in_eu"));
        string after = await legal.PageAsync(response.Headers.Location!.OriginalString);

        Assert.Contains("class=\"message error\"", after, StringComparison.Ordinal);
        Assert.Contains("None of the URLs of removal order", after, StringComparison.Ordinal);
        Assert.Contains("data-state=\"received\"", after, StringComparison.Ordinal);
        Assert.DoesNotContain(await AuditAsync(order.Id), e => e.Action == "removal_order.executed");
    }

    [Fact]
    public async Task AnnexIII_PausesTheClock_AndTheClarificationRestartsIt()
    {
        var (order, _) = await SeedAsync("annex3");
        using var legal = await factory.SignedInAsync("orders-legal-3", Roles.Legal);
        string page = await legal.PageAsync($"/orders/{order.Id}");
        Assert.Contains("id=\"form-clarification-request\"", page, StringComparison.Ordinal);
        Assert.Contains("value=\"manifest_error\"", page, StringComparison.Ordinal);
        Assert.Contains("value=\"force_majeure\"", page, StringComparison.Ordinal);

        await legal.PostAsync($"/orders/{order.Id}?handler=ClarificationRequest", ConsoleClient.Token(page),
            ("Reason", "insufficient_information"), ("Details", "Test data: the URL list is incomplete."));
        string paused = await legal.PageAsync($"/orders/{order.Id}");
        Assert.Contains("data-state=\"needs_clarification\"", paused, StringComparison.Ordinal);
        Assert.Contains("Clock paused since", paused, StringComparison.Ordinal);
        Assert.Contains("(insufficient information)", paused, StringComparison.Ordinal);
        Assert.DoesNotContain("data-countdown", paused, StringComparison.Ordinal);
        Assert.Contains("removal_order.clock_paused", paused, StringComparison.Ordinal);
        Assert.Contains("Clock paused since", Row(await legal.PageAsync("/orders?state=needs_clarification"), order.Id), StringComparison.Ordinal);

        await legal.PostAsync($"/orders/{order.Id}?handler=Clarification", ConsoleClient.Token(paused), ("Clarification", "Test data: the full list follows."));
        string restarted = await legal.PageAsync($"/orders/{order.Id}");
        Assert.Contains("data-state=\"executing\"", restarted, StringComparison.Ordinal);
        Assert.Matches("class=\"remaining\" dir=\"ltr\">1:00:00<", restarted);
        Assert.Contains("removal_order.clock_restarted", restarted, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnOverdueOrder_ShowsItsCause_AndTheAlarm()
    {
        var (order, _) = await SeedAsync("late");
        factory.Clock.Advance(TimeSpan.FromMinutes(65));
        await factory.WithAsync(s => s.GetRequiredService<DeadlineWatch>().RunOnceAsync("test-node", CancellationToken.None));
        using var legal = await factory.SignedInAsync("orders-legal-4", Roles.Legal);

        string list = await legal.PageAsync("/orders");
        string row = Row(list, order.Id);
        Assert.Contains("class=\"countdown overdue\"", row, StringComparison.Ordinal);
        Assert.Matches("class=\"remaining\" dir=\"ltr\">0:0[45]:\\d\\d<", row);
        Assert.Contains("not validated: no legal officer took the order up", row, StringComparison.Ordinal);
        string alarms = Regex.Match(list, "<section aria-labelledby=\"alarms-heading\".*?</section>", RegexOptions.Singleline).Value;
        Assert.Contains($"/orders/{order.Id}\">#{order.Id}", alarms, StringComparison.Ordinal);
        Assert.Contains("deadline passed", alarms, StringComparison.Ordinal);
        factory.Clock.Advance(TimeSpan.FromMinutes(-65));
    }

    [Fact]
    public async Task AnAuthority_SeesOnlyItsOwnOrders_WithoutFormsOrInternals()
    {
        var (mine, mineOrg) = await SeedAsync("own");
        var (theirs, _) = await SeedAsync("theirs");
        using var authority = await factory.SignedInAsync("orders-authority", Roles.Authority, mineOrg);

        string list = await authority.PageAsync("/orders");
        Assert.Contains($"id=\"order-row-{mine.Id}\"", list, StringComparison.Ordinal);
        Assert.DoesNotContain($"id=\"order-row-{theirs.Id}\"", list, StringComparison.Ordinal);
        Assert.DoesNotContain("alarms-heading", list, StringComparison.Ordinal);
        Assert.DoesNotContain("/orders/new", list, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await authority.GetAsync($"/orders/{theirs.Id}")).StatusCode);

        string page = await authority.PageAsync($"/orders/{mine.Id}");
        Assert.Contains("data-state=\"received\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"form-", page, StringComparison.Ordinal);
        Assert.DoesNotContain("order-history", page, StringComparison.Ordinal);
        Assert.DoesNotContain("acct-5501", page, StringComparison.Ordinal);
        Assert.DoesNotContain("UDHR", page, StringComparison.Ordinal);
        var refused = await authority.PostAsync($"/orders/{mine.Id}?handler=Execute", ConsoleClient.Token(page), ("Action", "disable_in_eu"));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await authority.GetAsync($"/orders/{mine.Id}?handler=Document")).StatusCode);
        var stored = await factory.WithAsync(s => s.GetRequiredService<RemovalOrderService>().GetAsync(mine.Id, null, CancellationToken.None));
        Assert.Equal("received", stored.State);
    }

    [Fact]
    public async Task AModeratorAndAnIntegration_AreForbidden_AndAnAuditorReadsWithoutForms()
    {
        var (order, _) = await SeedAsync("roles");
        using var moderator = await factory.SignedInAsync("orders-moderator", Roles.Moderator);
        Assert.Equal(HttpStatusCode.Forbidden, (await moderator.GetAsync("/orders")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await moderator.GetAsync($"/orders/{order.Id}")).StatusCode);
        using var integration = await factory.SignedInAsync("orders-integration", Roles.Integration);
        Assert.Equal(HttpStatusCode.Forbidden, (await integration.GetAsync("/orders")).StatusCode);

        using var auditor = await factory.SignedInAsync("orders-auditor", Roles.Auditor);
        string page = await auditor.PageAsync($"/orders/{order.Id}");
        Assert.DoesNotContain("id=\"form-", page, StringComparison.Ordinal);
        Assert.Contains("order-history", page, StringComparison.Ordinal);
        Assert.Contains("alarms-heading", await auditor.PageAsync("/orders"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheOrdersPage_InArabic_IsRightToLeft()
    {
        var (order, _) = await SeedAsync("arabic");
        using var legal = await factory.SignedInAsync("orders-legal-ar", Roles.Legal);
        string token = await legal.TokenAsync("/orders");
        await legal.PostAsync("/language", token, ("language", "ar"), ("returnUrl", "/orders"));

        string list = await legal.PageAsync("/orders");
        Assert.Contains("dir=\"rtl\"", list, StringComparison.Ordinal);
        Assert.Contains("أوامر الإزالة", list, StringComparison.Ordinal);
        Assert.Contains("مستلم", Row(list, order.Id), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ALegalOfficer_EntersAnOrderFromAReceivedDocument_AndDownloadsItAsReceived()
    {
        var (org, _) = await OrderSeed.AuthorityAsync(factory.ClientFor, factory.CreateClient, factory.Services, "authority-entry");
        using var legal = await factory.SignedInAsync("orders-legal-entry", Roles.Legal);
        string form = await legal.PageAsync("/orders/new");
        Assert.Contains($"<option value=\"{org}\">authority-entry (DE)</option>", form, StringComparison.Ordinal);
        byte[] document = "Test data: a removal order as received by email."u8.ToArray();
        (string, string)[] fields =
        [
            ("Entry.OrganisationId", org.ToString(CultureInfo.InvariantCulture)), ("Entry.Channel", "email"), ("Entry.Authentication", "Test data: signature checked."),
            ("Entry.AuthorityReference", "TCO-entry"), ("Entry.IssuingMemberState", "DE"), ("Entry.AuthorityName", "Test Authority (test data)"),
            ("Entry.AuthorityType", "judicial"), ("Entry.Urls", "https://platform.example/p/entry-1\nhttps://platform.example/p/entry-2"),
            ("Entry.MaterialTypes", "threat"), ("Entry.Reasons", "Test data: reasons."), ("Entry.RedressBody", "Court (test data)"),
        ];

        var missing = await PostEntryAsync(legal, form, fields.Where(f => f.Item1 != "Entry.Reasons"), document);
        Assert.Equal(HttpStatusCode.OK, missing.StatusCode);
        Assert.Contains("&quot;reasons&quot; is required", await missing.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);

        var entered = await PostEntryAsync(legal, form, fields, document);
        Assert.Equal(HttpStatusCode.Redirect, entered.StatusCode);
        string page = await legal.PageAsync(entered.Headers.Location!.OriginalString);
        Assert.Contains("data-state=\"received\"", page, StringComparison.Ordinal);
        Assert.Contains("https://platform.example/p/entry-2", page, StringComparison.Ordinal);
        Assert.Contains(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(document)), page, StringComparison.Ordinal);
        string link = Regex.Match(page, "href=\"(/orders/\\d+\\?handler=Document)\"").Groups[1].Value;
        var download = await legal.GetAsync(link);
        Assert.Equal(document, await download.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        using var auditor = await factory.SignedInAsync("orders-auditor-entry", Roles.Auditor);
        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.GetAsync(link)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.GetAsync("/orders/new")).StatusCode);
    }

    private static Task<HttpResponseMessage> PostEntryAsync(ConsoleClient client, string form, IEnumerable<(string, string)> fields, byte[] document)
    {
        var body = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            body.Add(new StringContent(value), name);
        }

        body.Add(new StringContent(ConsoleClient.Token(form)), "__RequestVerificationToken");
        var file = new ByteArrayContent(document);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("message/rfc822");
        body.Add(file, "document", "order.eml");
        return client.Http.PostAsync("/orders/new", body, TestContext.Current.CancellationToken);
    }

    private async Task<(SeededOrder Order, int OrganisationId)> SeedAsync(string prefix, bool knownItem = true)
    {
        var (org, authority) = await OrderSeed.AuthorityAsync(factory.ClientFor, factory.CreateClient, factory.Services, "authority-" + prefix);
        return (await OrderSeed.OrderAsync(factory.ClientFor, authority, prefix, knownItem), org);
    }

    private Task<IReadOnlyList<AuditEventView>> AuditAsync(long orderId) =>
        factory.WithAsync(s => s.GetRequiredService<AuditReader>()
            .ListAsync(new AuditQuery("removal_order", orderId.ToString(CultureInfo.InvariantCulture), Limit: 500), CancellationToken.None));

    private static string Row(string html, long id)
    {
        var row = Regex.Match(html, $"<tr id=\"order-row-{id}\">.*?</tr>", RegexOptions.Singleline);
        Assert.True(row.Success, $"order {id} is not listed");
        return row.Value;
    }

    private static string Iso(DateTime at) => at.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    /// <summary>The console app with a clock the test moves (the deadline watch's own passes slowed down).</summary>
    public sealed class ClockFactory : ConsoleAppFactory
    {
        public ClockFactory() => Settings["Legal:DeadlineWatchSeconds"] = "60";

        public TestClock Clock { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services =>
            {
                services.RemoveAll<TimeProvider>();
                services.AddSingleton<TimeProvider>(Clock);
            });
        }
    }
}
