using System.Net;
using Microsoft.EntityFrameworkCore;
using Mizan.Server.Tests.Features.Moderation;

namespace Mizan.Server.Tests.Features.Legal.DataRequests;

public sealed class DataRequestsApiTests(ModerationAppFactory factory) : IClassFixture<ModerationAppFactory>
{
    [Fact]
    public async Task Request_DisclosedOnlyAfterApproval_AndOnlyToItsAuthority()
    {
        var (authority, org) = await LegalTestKit.AuthorityAsync(factory);
        var (other, _) = await LegalTestKit.AuthorityAsync(factory);
        var item = await LegalTestKit.TextItemAsync(factory, "dr");
        byte[] document = System.Text.Encoding.UTF8.GetBytes("Test data: a subpoena as received.");

        var response = await authority.PostJsonAsync("/v1/data-requests", new
        {
            jurisdiction = "US", agency = "Agency (test data)", processType = "subpoena", reference = "SUB-2026-1",
            dataCategories = new[] { "basic_subscriber_information", "content" }, urls = new[] { item.Url },
            nonDisclosureUntil = factory.Clock.GetUtcNow().AddDays(90),
            document = new { contentBase64 = Convert.ToBase64String(document), mediaType = "text/plain", fileName = "subpoena.txt" },
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.JsonAsync();
        long id = created.GetProperty("id").GetInt64();
        Assert.Equal("received", created.GetProperty("status").GetString());
        var pending = await (await authority.GetPathAsync($"/v1/data-requests/{id}")).JsonAsync();
        Assert.False(pending.TryGetProperty("disclosure", out _));
        Assert.DoesNotContain(item.Uploader, pending.GetRawText(), StringComparison.Ordinal);
        Assert.False(pending.TryGetProperty("itemIds", out _));
        await ProblemAssert.IsProblemAsync(await other.GetPathAsync($"/v1/data-requests/{id}"), HttpStatusCode.NotFound, "not_found");
        Assert.Empty((await (await other.GetPathAsync($"/v1/data-requests?organisationId={org}")).JsonAsync()).GetProperty("items").EnumerateArray());
        await ProblemAssert.IsProblemAsync(await authority.PostJsonAsync($"/v1/data-requests/{id}/review", new { outcome = "approved", legalBasis = "x" }), HttpStatusCode.Forbidden, "forbidden");
        var staff = await (await factory.ClientFor("legal").GetPathAsync($"/v1/data-requests/{id}")).JsonAsync();
        Assert.Equal([item.Id], staff.GetProperty("itemIds").EnumerateArray().Select(x => x.GetInt64()));
        long documentId = staff.GetProperty("rawDocumentId").GetInt64();
        string hash = await LegalTestKit.QueryAsync(factory, db => db.LegalDocuments.Where(d => d.Id == documentId).Select(d => d.Sha256).FirstAsync());
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(document)), hash);

        var noBasis = await factory.ClientFor("legal").PostJsonAsync($"/v1/data-requests/{id}/review", new { outcome = "approved" });
        await ProblemAssert.IsProblemAsync(noBasis, HttpStatusCode.BadRequest, "invalid_request");
        Assert.False((await (await authority.GetPathAsync($"/v1/data-requests/{id}")).JsonAsync()).TryGetProperty("disclosure", out _));

        var reviewed = await (await factory.ClientFor("legal").PostJsonAsync($"/v1/data-requests/{id}/review", new
        {
            outcome = "partially_approved", legalBasis = "18 U.S.C. 2703(c)(2) (subpoena for subscriber information)", approvedCategories = new[] { "basic_subscriber_information" },
            notes = "Content needs a warrant.",
        })).JsonAsync();
        var again = await factory.ClientFor("legal").PostJsonAsync($"/v1/data-requests/{id}/review", new { outcome = "rejected" });

        Assert.Equal("disclosed", reviewed.GetProperty("status").GetString());
        await ProblemAssert.IsProblemAsync(again, HttpStatusCode.Conflict, "conflict");
        var seen = await (await authority.GetPathAsync($"/v1/data-requests/{id}")).JsonAsync();
        var disclosure = seen.GetProperty("disclosure");
        var disclosed = Assert.Single(disclosure.GetProperty("items").EnumerateArray());
        Assert.Equal(item.Uploader, disclosed.GetProperty("uploaderRef").GetString());
        Assert.Equal(item.Url, disclosed.GetProperty("url").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, disclosed.GetProperty("text").ValueKind);
        Assert.DoesNotContain("city council", seen.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(item.Uploader, Assert.Single(disclosure.GetProperty("accounts").EnumerateArray()).GetProperty("uploaderRef").GetString());
        await ProblemAssert.IsProblemAsync(await other.GetPathAsync($"/v1/data-requests/{id}"), HttpStatusCode.NotFound, "not_found");
        var hook = Assert.Single(await LegalTestKit.WebhooksAsync(factory, org, "data_request.reviewed"));
        Assert.Equal("partially_approved", hook.GetProperty("data").GetProperty("legalReviewOutcome").GetString());
        Assert.DoesNotContain(item.Uploader, hook.GetRawText(), StringComparison.Ordinal);
        var actions = (await LegalTestKit.AuditAsync(factory, "data_request", id)).Select(e => e.GetProperty("action").GetString()).ToList();
        Assert.Equal(["data_request.received", "data_request.reviewed", "data_request.disclosed"], actions);
    }

    [Fact]
    public async Task Request_ContentApproved_DisclosesText_RejectedDisclosesNothing()
    {
        var (authority, _) = await LegalTestKit.AuthorityAsync(factory);
        var item = await LegalTestKit.TextItemAsync(factory, "warrant");
        var warrant = await (await authority.PostJsonAsync("/v1/data-requests", new
        {
            jurisdiction = "US", agency = "Agency (test data)", processType = "warrant", dataCategories = new[] { "content" }, accountRefs = new[] { item.Uploader },
        })).JsonAsync();
        var subpoena = await (await authority.PostJsonAsync("/v1/data-requests", new
        {
            jurisdiction = "US", agency = "Agency (test data)", processType = "subpoena", dataCategories = new[] { "basic_subscriber_information" }, itemIds = new[] { item.Id },
        })).JsonAsync();

        await (await factory.ClientFor("legal").PostJsonAsync($"/v1/data-requests/{warrant.GetProperty("id").GetInt64()}/review", new { outcome = "approved", legalBasis = "18 U.S.C. 2703(a) warrant" })).JsonAsync();
        await (await factory.ClientFor("legal").PostJsonAsync($"/v1/data-requests/{subpoena.GetProperty("id").GetInt64()}/review", new { outcome = "rejected", notes = "Overbroad." })).JsonAsync();

        var content = await (await authority.GetPathAsync($"/v1/data-requests/{warrant.GetProperty("id").GetInt64()}")).JsonAsync();
        Assert.Contains("city council", content.GetProperty("disclosure").GetProperty("items")[0].GetProperty("text").GetString(), StringComparison.Ordinal);
        var rejected = await (await authority.GetPathAsync($"/v1/data-requests/{subpoena.GetProperty("id").GetInt64()}")).JsonAsync();
        Assert.Equal("rejected", rejected.GetProperty("status").GetString());
        Assert.False(rejected.TryGetProperty("disclosure", out _));
        var own = await (await authority.GetPathAsync("/v1/data-requests?status=rejected")).JsonAsync();
        Assert.Equal(subpoena.GetProperty("id").GetInt64(), Assert.Single(own.GetProperty("items").EnumerateArray()).GetProperty("id").GetInt64());
    }

    [Fact]
    public async Task PreservationLetter_PlacesA2703fHoldOnEachNamedItem()
    {
        var (_, org) = await LegalTestKit.AuthorityAsync(factory);
        var first = await LegalTestKit.TextItemAsync(factory, "pl-1");
        var second = await LegalTestKit.TextItemAsync(factory, "pl-2");

        var letter = await (await factory.ClientFor("legal").PostJsonAsync("/v1/data-requests", new
        {
            organisationId = org, channel = "email", jurisdiction = "US", agency = "Agency (test data)", processType = "preservation_letter",
            reference = "PL-77", urls = new[] { first.Url, second.Url },
        })).JsonAsync();

        long id = letter.GetProperty("id").GetInt64();
        Assert.Equal(2, letter.GetProperty("preservationHoldIds").GetArrayLength());
        var holds = await (await factory.ClientFor("auditor").GetPathAsync($"/v1/preservation-holds?dataRequestId={id}")).JsonAsync();
        var list = holds.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(2, list.Count);
        Assert.All(list, h =>
        {
            Assert.Equal("us_2703f", h.GetProperty("basis").GetString());
            Assert.Equal(TimeSpan.FromDays(90), h.GetProperty("expiresAt").GetDateTime() - h.GetProperty("startedAt").GetDateTime());
            Assert.Equal("PL-77", h.GetProperty("requestReference").GetString());
        });
        Assert.Equal([first.Id, second.Id], list.Select(h => h.GetProperty("itemId").GetInt64()).Order());
    }

    [Theory]
    [InlineData("""{"agency": "a", "processType": "subpoena", "dataCategories": ["content"], "accountRefs": ["x"]}""", "jurisdiction")]
    [InlineData("""{"jurisdiction": "US", "agency": "a", "processType": "letter", "dataCategories": ["content"], "accountRefs": ["x"]}""", "processType")]
    [InlineData("""{"jurisdiction": "US", "agency": "a", "processType": "subpoena", "accountRefs": ["x"]}""", "dataCategories")]
    [InlineData("""{"jurisdiction": "US", "agency": "a", "processType": "subpoena", "dataCategories": ["passwords"], "accountRefs": ["x"]}""", "dataCategories")]
    [InlineData("""{"jurisdiction": "US", "agency": "a", "processType": "subpoena", "dataCategories": ["content"]}""", "accountRefs")]
    [InlineData("""{"jurisdiction": "US", "agency": "a", "processType": "emergency_2702", "dataCategories": ["content"], "accountRefs": ["x"]}""", "emergencyJustification")]
    [InlineData("""{"jurisdiction": "US", "agency": "a", "processType": "subpoena", "dataCategories": ["content"], "itemIds": [99999999]}""", "itemIds")]
    [InlineData("""{"jurisdiction": "US", "agency": "a", "processType": "subpoena", "dataCategories": ["content"], "accountRefs": ["x"], "nonDisclosureUntil": "2001-01-01T00:00:00Z"}""", "nonDisclosureUntil")]
    [InlineData("""{"jurisdiction": "US", "agency": "a", "processType": "subpoena", "dataCategories": ["content"], "accountRefs": ["x"], "document": {"contentBase64": "%%%", "mediaType": "text/plain"}}""", "document")]
    public async Task Request_BadInput_Returns400AndStoresNothing(string json, string mentions)
    {
        var (authority, org) = await LegalTestKit.AuthorityAsync(factory);

        var response = await authority.PostRawJsonAsync("/v1/data-requests", json);

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "invalid_request");
        Assert.Contains(mentions, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await LegalTestKit.QueryAsync(factory, db => db.DataRequests.CountAsync(r => r.OrganisationId == org)));
        Assert.Equal(0, await LegalTestKit.QueryAsync(factory, db => db.LegalDocuments.CountAsync(d => d.OrganisationId == org)));
    }
}
