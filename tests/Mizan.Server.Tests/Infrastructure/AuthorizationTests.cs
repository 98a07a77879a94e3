using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace Mizan.Server.Tests.Infrastructure;

public sealed class AuthorizationTests(MizanAppFactory factory) : IClassFixture<MizanAppFactory>
{
    private const string Pdq = "f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22";

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
}
