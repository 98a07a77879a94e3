using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Mizan.Data.Keys;

namespace Mizan.Server.Tests.Infrastructure;

/// <summary>
/// Enumerates every endpoint of the real app and checks it against <see cref="EndpointRules"/>: a key of each
/// role the rule does not name gets 403, no key gets 401, and the roles it names get through authorization.
/// </summary>
public sealed partial class RoleIsolationTests : IClassFixture<RoleIsolationTests.IsolatedFactory>
{
    private readonly IsolatedFactory _factory;

    public RoleIsolationTests(IsolatedFactory factory) => _factory = factory;

    public static TheoryData<string> Rules() => [.. EndpointRules.All.Keys];

    [Fact]
    public void EveryEndpoint_HasARule_AndEveryRuleAnEndpoint()
    {
        var endpoints = AppEndpoints(_factory);

        var missing = endpoints.Except(EndpointRules.All.Keys).ToList();
        var stale = EndpointRules.All.Keys.Except(endpoints).ToList();

        Assert.True(missing.Count == 0, "Endpoints without a row in EndpointRules: " + string.Join(", ", missing));
        Assert.True(stale.Count == 0, "Rows in EndpointRules for endpoints the app does not have: " + string.Join(", ", stale));
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public async Task Endpoint_EachRole_GetsExactlyWhatItsRuleSays(string endpoint)
    {
        var rule = EndpointRules.All[endpoint];
        var failures = new List<string>();
        foreach (string role in Roles.All)
        {
            var response = await SendAsync(_factory.ClientFor(role), endpoint, rule.Body);
            bool allowed = rule.Roles is null || rule.Roles.Contains(role);
            if (allowed && response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized)
            {
                failures.Add($"{role}: allowed by the rule but got {(int)response.StatusCode}");
            }
            else if (!allowed)
            {
                if (response.StatusCode != HttpStatusCode.Forbidden)
                {
                    failures.Add($"{role}: expected 403, got {(int)response.StatusCode}");
                }
                else
                {
                    await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Forbidden, "forbidden");
                }
            }
        }

        Assert.True(failures.Count == 0, endpoint + ": " + string.Join("; ", failures));
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public async Task Endpoint_NoKey_Returns401UnlessAnonymous(string endpoint)
    {
        var rule = EndpointRules.All[endpoint];

        var response = await SendAsync(_factory.CreateClient(), endpoint, rule.Body);

        if (rule.Roles is null)
        {
            Assert.NotEqual(HttpStatusCode.Unauthorized, response.StatusCode);
        }
        else
        {
            await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized, "unauthenticated");
            Assert.Contains(response.Headers.WwwAuthenticate, h => h.Scheme == "Bearer");
        }
    }

    /// <summary>
    /// "METHOD /pattern" for every route endpoint of the app except the review console's pages and assets, which
    /// take a session cookie rather than a key (their rules are tested in tests/Mizan.Console.Tests).
    /// </summary>
    private static List<string> AppEndpoints(IsolatedFactory factory)
    {
        _ = factory.Server;
        var sources = factory.Services.GetServices<EndpointDataSource>();
        return sources.SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<Mizan.Server.ReviewConsole.ConsoleEndpoint>() is null)
            .SelectMany(e => (e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? ["*"])
                .Select(m => $"{m} {e.RoutePattern.RawText}"))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Sends the request an endpoint key describes, with sample values for route parameters.</summary>
    private static Task<HttpResponseMessage> SendAsync(HttpClient client, string endpoint, string body)
    {
        int space = endpoint.IndexOf(' ', StringComparison.Ordinal);
        string method = endpoint[..space] is "*" ? "GET" : endpoint[..space];
        string path = RouteParameter().Replace(endpoint[(space + 1)..], m => m.Groups["constraint"].Value is "int" or "long" ? "1" : m.Groups["name"].Value == "documentName" ? "v1" : "authz");
        var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method is "POST" or "PUT" or "PATCH")
        {
            request.Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        }

        return client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    [GeneratedRegex(@"\{(?<name>[A-Za-z]+)(:(?<constraint>[a-z]+))?\}")]
    private static partial Regex RouteParameter();

    /// <summary>The app with webhook delivery off: the rules' sample subscriptions point nowhere.</summary>
    public sealed class IsolatedFactory : MizanAppFactory
    {
        public IsolatedFactory() => Settings["Webhooks:Enabled"] = "false";
    }
}
