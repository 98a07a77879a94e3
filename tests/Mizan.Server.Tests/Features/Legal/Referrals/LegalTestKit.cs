using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Mizan.Data;
using Mizan.Server.Tests.Features.Moderation;

namespace Mizan.Server.Tests.Features.Legal;

/// <summary>Authorities, their keys and the platform items they point at, made through the API for the legal tests.</summary>
internal static class LegalTestKit
{
    /// <summary>A new authority organisation (or trusted flagger) with a key of role authority, and a webhook subscription.</summary>
    public static async Task<(HttpClient Client, int OrganisationId)> AuthorityAsync(ModerationAppFactory factory, string kind = "authority")
    {
        var org = await (await factory.ClientFor("admin").PostJsonAsync("/v1/organisations", new { name = factory.Unique("authority"), kind })).JsonAsync();
        int id = org.GetProperty("id").GetInt32();
        (await factory.ClientFor("admin").PostJsonAsync("/v1/webhooks", new { url = "https://receiver.example/authority", eventTypes = new[] { "*" }, organisationId = id }))
            .EnsureSuccessStatusCode();
        return (factory.ClientNamed("authority", factory.Unique("officer"), id), id);
    }

    /// <summary>A text item the platform submitted (test data), with its URL and uploader reference.</summary>
    public static async Task<(long Id, string Url, string Uploader)> TextItemAsync(ModerationAppFactory factory, string prefix)
    {
        string id = factory.Unique(prefix);
        string url = $"https://platform.example/p/{id}";
        string uploader = "acct-" + id;
        var item = await (await factory.ClientFor("integration").PostJsonAsync("/v1/items", new
        {
            id, type = "text", text = "Test data: an ordinary news paragraph about a city council meeting.", url, language = "en",
            uploader = new { @ref = uploader, accountType = "private" }, postedAt = "2026-11-01T10:00:00Z",
        })).JsonAsync();
        return (item.GetProperty("id").GetInt64(), url, uploader);
    }

    /// <summary>The bodies of the webhooks of <paramref name="eventType"/> queued for <paramref name="organisationId"/>.</summary>
    public static async Task<List<JsonElement>> WebhooksAsync(ModerationAppFactory factory, int organisationId, string eventType)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MizanDbContext>();
        var bodies = await db.WebhookDeliveries.AsNoTracking()
            .Where(d => d.EventType == eventType && d.Subscription!.OrganisationId == organisationId)
            .Select(d => d.Body).ToListAsync(TestContext.Current.CancellationToken);
        return bodies.Select(b => JsonDocument.Parse(b).RootElement.Clone()).ToList();
    }

    /// <summary>Runs <paramref name="query"/> on the store.</summary>
    public static async Task<T> QueryAsync<T>(ModerationAppFactory factory, Func<MizanDbContext, Task<T>> query)
    {
        using var scope = factory.Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<MizanDbContext>());
    }

    /// <summary>The audit actions recorded for one subject, in order.</summary>
    public static async Task<List<JsonElement>> AuditAsync(ModerationAppFactory factory, string subjectType, long subjectId)
    {
        var page = await (await factory.ClientFor("auditor").GetPathAsync($"/v1/audit?subjectType={subjectType}&subjectId={subjectId}&limit=1000")).JsonAsync();
        return page.GetProperty("items").EnumerateArray().ToList();
    }
}
