using System.Net;

namespace Mizan.Server.Tests.Features;

public sealed class OrganisationsApiTests(MizanAppFactory factory) : IClassFixture<MizanAppFactory>
{
    [Fact]
    public async Task CreateOrganisation_NewName_Returns201AndIsListedWithTheDefault()
    {
        var admin = factory.ClientFor("admin");

        var created = await admin.PostJsonAsync("/v1/organisations", new { name = "Referral unit (test)", kind = "authority" });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var org = await created.JsonAsync();
        Assert.Equal("authority", org.GetProperty("kind").GetString());
        var list = await (await admin.GetPathAsync("/v1/organisations")).JsonAsync();
        var names = list.GetProperty("items").EnumerateArray().Select(o => o.GetProperty("name").GetString()).ToList();
        Assert.Contains("local", names);
        Assert.Contains("Referral unit (test)", names);
    }

    [Theory]
    [InlineData("""{"name": "local", "kind": "platform"}""", HttpStatusCode.Conflict, "conflict")]
    [InlineData("""{"name": "x", "kind": "ministry"}""", HttpStatusCode.BadRequest, "invalid_request")]
    [InlineData("""{"kind": "peer"}""", HttpStatusCode.BadRequest, "invalid_request")]
    [InlineData("""{"name": 5}""", HttpStatusCode.BadRequest, "invalid_request")]
    public async Task CreateOrganisation_BadInput_ReturnsProblem(string json, HttpStatusCode status, string code)
    {
        var response = await factory.ClientFor("admin").PostRawJsonAsync("/v1/organisations", json);

        await ProblemAssert.IsProblemAsync(response, status, code);
    }
}
