using System.Net;
using System.Text.Json;

namespace Mizan.Server.Tests.Features;

public sealed class HealthApiTests(MizanAppFactory factory) : IClassFixture<MizanAppFactory>
{
    [Fact]
    public async Task GetHealth_NoKey_ReportsOkWithIndexCounts()
    {
        var response = await factory.CreateClient().GetAsync(new Uri("/health", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var root = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
        Assert.Equal("ok", root.GetProperty("status").GetString());
        Assert.Equal("ok", root.GetProperty("database").GetString());
        Assert.True(root.GetProperty("indexes").GetProperty("loaded").GetBoolean());
    }

    [Fact]
    public async Task GetOpenApi_NoKey_DescribesEveryV1Endpoint()
    {
        var response = await factory.CreateClient().GetAsync(new Uri("/openapi/v1.json", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var root = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
        var paths = root.GetProperty("paths");
        foreach (string path in new[] { "/v1/scan", "/v1/banks", "/v1/banks/{name}", "/v1/banks/{name}/entries", "/v1/banks/{name}/entries/{id}/retract", "/health" })
        {
            Assert.True(paths.TryGetProperty(path, out _), $"OpenAPI document lacks {path}");
        }

        Assert.True(root.GetProperty("components").GetProperty("securitySchemes").TryGetProperty("bearer", out _));
    }

    [Fact]
    public async Task GetUnknownPath_Returns404Problem()
    {
        var response = await factory.ClientFor("admin").GetAsync(new Uri("/v1/nothing-here", UriKind.Relative), TestContext.Current.CancellationToken);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound, "not_found");
    }
}
