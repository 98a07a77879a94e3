using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Mizan.Data.Keys;
using Mizan.Tests.Shared;

namespace Mizan.Server.Tests.Features.Moderation;

/// <summary>The real app with a clock the test can move, and helpers for the moderation flow.</summary>
public sealed class ModerationAppFactory : MizanAppFactory
{
    private int _seq;

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

    /// <summary>A client with a new key of <paramref name="role"/> named <paramref name="name"/> (a person).</summary>
    public HttpClient ClientNamed(string role, string name, int organisationId = 1)
    {
        using var scope = Services.CreateScope();
        string key = scope.ServiceProvider.GetRequiredService<ApiKeyService>()
            .CreateAsync(name, role, organisationId, Mizan.Data.Audit.AuditActor.System("tests"), CancellationToken.None).GetAwaiter().GetResult().Key;
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }

    /// <summary>A name no other test uses.</summary>
    public string Unique(string prefix) => $"{prefix}-{Interlocked.Increment(ref _seq)}";

    /// <summary>A bank with one image entry (by file upload) and a policy for it; returns the bank name and the image.</summary>
    public async Task<(string Bank, byte[] Image)> BankWithImageAsync(bool autoAction = false, int seed = 7)
    {
        var admin = ClientFor("admin");
        string bank = Unique("bank");
        (await admin.PostJsonAsync("/v1/banks", new { name = bank, description = "test data", autoAction })).EnsureSuccessStatusCode();
        byte[] image = TestImages.Jpeg(256, 256, seed);
        var added = await admin.PostFileAsync($"/v1/banks/{bank}/entries", image, "image/jpeg", new Dictionary<string, string> { ["id"] = "known-1", ["labels"] = "test-data,glorification" });
        Assert.True(added.IsSuccessStatusCode, await added.Content.ReadAsStringAsync());
        return (bank, image);
    }

    /// <summary>Submits an image item through an integration key.</summary>
    public async Task<JsonElement> SubmitImageAsync(byte[] image, string id, string? accountKind = null, string language = "ar", string uploader = "acct-1001")
    {
        var fields = new Dictionary<string, string>
        {
            ["id"] = id, ["type"] = "image", ["language"] = language, ["url"] = $"https://platform.example/p/{id}",
            ["postedAt"] = "2026-11-01T10:00:00Z", ["uploaderRef"] = uploader, ["accountType"] = "private", ["visibility"] = "public",
            ["caption"] = "test data caption",
        };
        if (accountKind is not null)
        {
            fields["accountKind"] = accountKind;
        }

        var response = await ClientFor("integration").PostFileAsync("/v1/items", image, "image/jpeg", fields);
        return await response.JsonAsync();
    }

    /// <summary>Replaces the policy through the API.</summary>
    public async Task SetPolicyAsync(object policy) =>
        await (await ClientFor("admin").SendAsync(new HttpRequestMessage(HttpMethod.Put, "/v1/policy") { Content = JsonContent(policy) }, TestContext.Current.CancellationToken)).JsonAsync();

    public static StringContent JsonContent(object body) =>
        new(JsonSerializer.Serialize(body), System.Text.Encoding.UTF8, "application/json");
}
