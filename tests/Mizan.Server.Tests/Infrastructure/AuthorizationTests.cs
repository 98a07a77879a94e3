using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace Mizan.Server.Tests.Infrastructure;

public sealed class AuthorizationTests(MizanAppFactory factory) : IClassFixture<MizanAppFactory>
{
    private const string Pdq = "f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22";

    /// <summary>Every /v1 endpoint with a body it accepts, and the roles allowed to call it.</summary>
    public static TheoryData<string, string, string, string> Endpoints()
    {
        var data = new TheoryData<string, string, string, string>();
        string[] all = ["admin", "moderator", "appeals_reviewer", "legal", "authority", "auditor", "integration", "peer"];
        void Add(string method, string path, string body, string[] allowed)
        {
            foreach (string role in all.Except(allowed))
            {
                data.Add(method, path, body, role);
            }
        }

        Add("POST", "/v1/scan", $$"""{"pdq": "{{Pdq}}"}""", ["admin", "integration", "moderator"]);
        Add("GET", "/v1/banks", "", ["admin", "moderator", "auditor", "integration"]);
        Add("POST", "/v1/banks", """{"name": "denied"}""", ["admin"]);
        Add("GET", "/v1/banks/authz", "", ["admin", "moderator", "auditor", "integration"]);
        Add("POST", "/v1/banks/authz/entries", $$"""{"id": "x", "pdq": "{{Pdq}}"}""", ["admin", "moderator"]);
        Add("GET", "/v1/banks/authz/entries", "", ["admin", "moderator", "auditor", "integration"]);
        Add("POST", "/v1/banks/authz/entries/x/retract", """{"reason": "test"}""", ["admin", "moderator"]);
        Add("GET", "/v1/background-texts", "", ["admin"]);
        Add("POST", "/v1/background-texts", """{"name": "x", "text": "y"}""", ["admin"]);
        Add("PATCH", "/v1/banks/authz", """{"description": "denied"}""", ["admin"]);
        Add("GET", "/v1/audit", "", ["admin", "auditor"]);
        Add("GET", "/v1/audit/verify", "", ["admin", "auditor"]);
        Add("GET", "/v1/organisations", "", ["admin"]);
        Add("GET", "/v1/webhooks", "", ["admin"]);
        Add("POST", "/v1/webhooks", """{"url": "https://receiver.example/x", "eventTypes": ["*"]}""", ["admin"]);
        Add("POST", "/v1/webhooks/1/disable", "{}", ["admin"]);
        Add("GET", "/v1/webhooks/1/deliveries", "", ["admin"]);
        Add("POST", "/v1/webhooks/deliveries/dlv_x/retry", "{}", ["admin"]);
        Add("POST", "/v1/organisations", """{"name": "denied", "kind": "peer"}""", ["admin"]);
        Add("POST", "/v1/items", """{"id": "authz", "type": "text", "text": "x"}""", ["integration"]);
        Add("GET", "/v1/items/1", "", ["integration", "moderator", "appeals_reviewer", "admin", "auditor", "legal"]);
        Add("GET", "/v1/items/1/media", "", ["moderator", "appeals_reviewer", "admin", "auditor"]);
        Add("GET", "/v1/policy", "", ["admin", "auditor", "moderator"]);
        Add("PUT", "/v1/policy", "{}", ["admin"]);
        Add("POST", "/v1/notices", "{}", ["integration", "authority"]);
        Add("GET", "/v1/notices/1", "", ["integration", "authority", "moderator", "appeals_reviewer", "admin", "auditor", "legal"]);
        Add("GET", "/v1/notices/stats?from=2026-01-01&to=2026-02-01", "", ["admin", "auditor", "legal"]);
        Add("GET", "/v1/cases", "", ["moderator", "appeals_reviewer", "admin", "auditor"]);
        Add("GET", "/v1/cases/1", "", ["moderator", "appeals_reviewer", "admin", "auditor"]);
        Add("POST", "/v1/cases/1/claim", "{}", ["moderator"]);
        Add("POST", "/v1/cases/1/release", "{}", ["moderator"]);
        Add("POST", "/v1/cases/1/decision", "{}", ["moderator"]);
        Add("GET", "/v1/decisions/1", "", ["integration", "moderator", "appeals_reviewer", "admin", "auditor", "legal"]);
        Add("GET", "/v1/decisions/1/statement", "", ["integration", "moderator", "appeals_reviewer", "admin", "auditor", "legal"]);
        Add("GET", "/v1/statements/export?from=2026-01-01&to=2026-02-01", "", ["admin", "auditor", "legal"]);
        Add("POST", "/v1/complaints", "{}", ["integration"]);
        Add("GET", "/v1/complaints", "", ["appeals_reviewer", "admin", "auditor", "legal"]);
        Add("GET", "/v1/complaints/1", "", ["integration", "appeals_reviewer", "admin", "auditor", "legal"]);
        Add("POST", "/v1/complaints/1/decision", "{}", ["appeals_reviewer"]);
        Add("GET", "/v1/me/settings", "", ["moderator", "appeals_reviewer", "admin", "auditor"]);
        Add("PUT", "/v1/me/settings", "{}", ["moderator", "appeals_reviewer", "admin", "auditor"]);
        return data;
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Endpoint_RoleWithoutRight_Returns403Problem(string method, string path, string body, string role)
    {
        var response = await SendAsync(factory.ClientFor(role), method, path, body);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Forbidden, "forbidden");
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Endpoint_NoKey_Returns401Problem(string method, string path, string body, string role)
    {
        _ = role;
        var response = await SendAsync(factory.CreateClient(), method, path, body);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized, "unauthenticated");
        Assert.Contains(response.Headers.WwwAuthenticate, h => h.Scheme == "Bearer");
    }

    [Fact]
    public async Task Scan_UnknownKey_Returns401Problem()
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "mzn_not-a-real-key");

        var response = await client.PostAsJsonAsync("/v1/scan", new { pdq = Pdq }, TestContext.Current.CancellationToken);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized, "unauthenticated");
    }

    [Fact]
    public async Task Scan_IntegrationKey_IsAllowed()
    {
        var response = await factory.ClientFor("integration").PostAsJsonAsync("/v1/scan", new { pdq = Pdq }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, string method, string path, string body)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method is "POST" or "PATCH" or "PUT")
        {
            request.Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        }

        return client.SendAsync(request, TestContext.Current.CancellationToken);
    }
}
