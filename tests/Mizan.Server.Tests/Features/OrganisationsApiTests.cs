using System.Net;

namespace Mizan.Server.Tests.Features;

public sealed class OrganisationsApiTests(MizanAppFactory factory) : IClassFixture<MizanAppFactory>
{
    [Fact]
    public async Task CreateOrganisation_NewName_Returns201AndIsListedWithTheDefault()
    {
        var admin = factory.ClientFor("admin");

        var created = await admin.PostJsonAsync("/v1/organisations", new { name = "Referral unit (test)", kind = "authority", memberState = "DE" });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var org = await created.JsonAsync();
        Assert.Equal("authority", org.GetProperty("kind").GetString());
        Assert.Equal("DE", org.GetProperty("memberState").GetString());
        string createdAt = org.GetProperty("createdAt").GetString()!;
        Assert.EndsWith("Z", createdAt, StringComparison.Ordinal);
        Assert.InRange(DateTime.Parse(createdAt, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.RoundtripKind), DateTime.UtcNow.AddMinutes(-5), DateTime.UtcNow.AddMinutes(5));
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
    [InlineData("""{"name": "y", "kind": "authority", "memberState": "Germany"}""", HttpStatusCode.BadRequest, "invalid_request")]
    public async Task CreateOrganisation_BadInput_ReturnsProblem(string json, HttpStatusCode status, string code)
    {
        var response = await factory.ClientFor("admin").PostRawJsonAsync("/v1/organisations", json);

        await ProblemAssert.IsProblemAsync(response, status, code);
    }
}
