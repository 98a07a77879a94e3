using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Mizan.Data.Keys;
using Mizan.Data.Legal.Orders;
using Mizan.Server.Tests.Features.Moderation;

namespace Mizan.Server.Tests.Features.Legal.Orders;

/// <summary>
/// The real app with a clock the test moves, for removal orders: authority organisations with their own keys,
/// platform items to order removed, and the deadline watch run on demand (its background pass is slowed down so
/// the test decides when a pass happens; it may still run, which changes nothing because alarms fire once).
/// </summary>
public class OrdersAppFactory : MizanAppFactory
{
    private int _seq;

    private readonly bool _useTestClock;

    public OrdersAppFactory()
        : this(useTestClock: true)
    {
    }

    /// <summary>With <paramref name="useTestClock"/> false the app keeps the system clock (for timing measurements).</summary>
    protected OrdersAppFactory(bool useTestClock)
    {
        _useTestClock = useTestClock;
        Settings["Legal:DeadlineWatchSeconds"] = "60";
        Settings["Legal:AlarmMinutesBefore"] = "30,10";
        Settings["Webhooks:PollSeconds"] = "0.05";
    }

    public TestClock Clock { get; } = new();

    /// <summary>The app's time: the test clock, or the system's.</summary>
    public DateTimeOffset Now => _useTestClock ? Clock.GetUtcNow() : DateTimeOffset.UtcNow;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        if (_useTestClock)
        {
            builder.ConfigureTestServices(UseClock);
        }
    }

    /// <summary>A second node on this store with this clock (its own app instance and background services).</summary>
    public WebApplicationFactory<Program> SecondNode() =>
        CreateNodeOnSameStore().WithWebHostBuilder(b => b.ConfigureTestServices(UseClock));

    private void UseClock(IServiceCollection services)
    {
        services.RemoveAll<TimeProvider>();
        services.AddSingleton<TimeProvider>(Clock);
    }

    public string Unique(string prefix) => $"{prefix}-{Interlocked.Increment(ref _seq)}";

    /// <summary>A new authority organisation and a client with a key of it.</summary>
    public async Task<(int OrganisationId, HttpClient Client)> AuthorityAsync(string memberState = "DE")
    {
        var org = await (await ClientFor(Roles.Admin).PostJsonAsync("/v1/organisations", new { name = Unique("authority"), kind = "authority", memberState })).JsonAsync();
        int id = org.GetProperty("id").GetInt32();
        return (id, ClientIn(Roles.Authority, id));
    }

    /// <summary>A client with a new key of <paramref name="role"/> in <paramref name="organisationId"/>.</summary>
    public HttpClient ClientIn(string role, int organisationId, string? name = null)
    {
        using var scope = Services.CreateScope();
        string key = scope.ServiceProvider.GetRequiredService<ApiKeyService>()
            .CreateAsync(name ?? Unique(role), role, organisationId, Mizan.Data.Audit.AuditActor.System("tests"), CancellationToken.None)
            .GetAwaiter().GetResult().Key;
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }

    /// <summary>A text item of the platform (organisation 1) at a fresh URL; returns its id and URL.</summary>
    public async Task<(long Id, string Url)> ItemAsync(string uploader = "acct-7781")
    {
        string id = Unique("post");
        string url = $"https://platform.example/p/{id}";
        var item = await (await ClientFor(Roles.Integration).PostJsonAsync("/v1/items", new
        {
            id, type = "text", url, language = "en", visibility = "public",
            text = "Test data: everyone has the right to freedom of opinion and expression (UDHR Art. 19).",
            uploader = new { @ref = uploader, accountType = "private" },
        })).JsonAsync();
        return (item.GetProperty("id").GetInt64(), url);
    }

    /// <summary>The Annex I fields of an order for <paramref name="urls"/>.</summary>
    public object Order(IEnumerable<string> urls, string? reference = null, DateTimeOffset? nonDisclosureUntil = null) => new
    {
        authorityReference = reference ?? Unique("TCO-2026"),
        issuingMemberState = "DE",
        issuingAuthority = new { name = "Test Authority (test data)", type = "law_enforcement", representative = "Duty officer", fileNumber = "F-1", email = "orders@authority.example" },
        followUpContact = "orders@authority.example",
        issuedAt = Now.AddMinutes(-5),
        urls = urls.ToArray(),
        materialTypes = new[] { "incitement" },
        reasons = "Test data: the content is assessed as terrorist content under Art. 2(7)(a).",
        redress = new { body = "Administrative court (test data)", deadline = "one month", lawUrl = "https://law.example/redress" },
        nonDisclosureUntil,
    };

    /// <summary>Submits an order through an authority client; returns the order.</summary>
    public static async Task<JsonElement> SubmitAsync(HttpClient authority, object order) =>
        await (await authority.PostJsonAsync("/v1/removal-orders", order)).JsonAsync();

    /// <summary>One deadline-watch pass on <paramref name="services"/>' node.</summary>
    public static async Task<int> WatchAsync(IServiceProvider services, string node)
    {
        using var scope = services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<DeadlineWatch>().RunOnceAsync(node, TestContext.Current.CancellationToken);
    }

    public Task<int> WatchAsync() => WatchAsync(Services, "node-a");
}
