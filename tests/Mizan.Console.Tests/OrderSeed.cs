using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using Mizan.Data.Audit;
using Mizan.Data.Keys;
using Mizan.Server.Tests;

namespace Mizan.Console.Tests;

/// <summary>
/// Removal orders made through the real API: an authority organisation with a key of its own, a platform item
/// submitted with the integration key, and an order for the item's URL sent with the authority's key. Test data.
/// </summary>
internal static class OrderSeed
{
    /// <summary>A new authority organisation and a client with a key of it (made by <paramref name="newClient"/>).</summary>
    public static async Task<(int OrganisationId, HttpClient Client)> AuthorityAsync(
        Func<string, HttpClient> clientFor, Func<HttpClient> newClient, IServiceProvider services, string name, string memberState = "DE")
    {
        var org = await (await clientFor(Roles.Admin).PostJsonAsync("/v1/organisations", new { name, kind = "authority", memberState })).JsonAsync();
        int id = org.GetProperty("id").GetInt32();
        using var scope = services.CreateScope();
        var key = await scope.ServiceProvider.GetRequiredService<ApiKeyService>()
            .CreateAsync(name + " key", Roles.Authority, id, AuditActor.System("test"), CancellationToken.None);
        var client = newClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key.Key);
        return (id, client);
    }

    /// <summary>An item of the platform at a URL of <paramref name="prefix"/> and an order for it from <paramref name="authority"/>.</summary>
    public static async Task<SeededOrder> OrderAsync(Func<string, HttpClient> clientFor, HttpClient authority, string prefix, bool knownItem = true)
    {
        string url = $"https://platform.example/p/{prefix}-ordered";
        long? itemId = null;
        if (knownItem)
        {
            var item = await (await clientFor(Roles.Integration).PostJsonAsync("/v1/items", new
            {
                id = prefix + "-ordered", type = "text", url, language = "en", visibility = "public",
                text = "Test data: everyone has the right to freedom of opinion and expression (UDHR Art. 19).",
                uploader = new { @ref = "acct-5501", accountType = "private" },
            })).JsonAsync();
            itemId = item.GetProperty("id").GetInt64();
        }

        string reference = "TCO-" + prefix;
        var response = await authority.PostJsonAsync("/v1/removal-orders", new
        {
            authorityReference = reference,
            issuingMemberState = "DE",
            issuingAuthority = new { name = "Test Authority " + prefix + " (test data)", type = "law_enforcement", representative = "Duty officer", fileNumber = "F-1", email = "orders@authority.example" },
            followUpContact = "orders@authority.example",
            urls = new[] { url },
            materialTypes = new[] { "incitement" },
            reasons = "Test data: the content is assessed as terrorist content under Art. 2(7)(a).",
            redress = new { body = "Administrative court (test data)", deadline = "one month", lawUrl = "https://law.example/redress" },
        });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        var order = await response.JsonAsync();
        return new SeededOrder(order.GetProperty("id").GetInt64(), itemId, url, reference, order.GetProperty("deadlineAt").GetDateTime());
    }
}

/// <summary>What <see cref="OrderSeed"/> made: the order, the item its URL names (null: none), the URL, the reference and the deadline.</summary>
internal sealed record SeededOrder(long Id, long? ItemId, string Url, string Reference, DateTime DeadlineAt);
