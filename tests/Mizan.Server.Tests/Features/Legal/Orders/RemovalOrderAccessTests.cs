using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Mizan.Data;
using Mizan.Data.Keys;

namespace Mizan.Server.Tests.Features.Legal.Orders;

/// <summary>
/// Who sees what of removal orders, per endpoint an authority key can call, and what bad input does: a problem
/// document and nothing stored. Test data only.
/// </summary>
public sealed class RemovalOrderAccessTests : IClassFixture<RemovalOrderAccessTests.SmallDocumentsFactory>
{
    private const string Uploader = "acct-secret-4711";
    private readonly OrdersAppFactory _factory;

    public RemovalOrderAccessTests(SmallDocumentsFactory factory) => _factory = factory;

    [Fact]
    public async Task Get_AnotherAuthoritysOrder_Is404_AndTheListHoldsOnlyOwnOrders()
    {
        var (_, url) = await _factory.ItemAsync();
        var (_, mine) = await _factory.AuthorityAsync();
        var (_, other) = await _factory.AuthorityAsync("FR");
        long id = (await OrdersAppFactory.SubmitAsync(mine, _factory.Order([url]))).GetProperty("id").GetInt64();
        long otherId = (await OrdersAppFactory.SubmitAsync(other, _factory.Order([url]))).GetProperty("id").GetInt64();

        await ProblemAssert.IsProblemAsync(await other.GetPathAsync($"/v1/removal-orders/{id}"), HttpStatusCode.NotFound, "not_found");
        await ProblemAssert.IsProblemAsync(await mine.GetPathAsync($"/v1/removal-orders/{otherId}"), HttpStatusCode.NotFound, "not_found");
        Assert.Equal(id, (await (await mine.GetPathAsync($"/v1/removal-orders/{id}")).JsonAsync()).GetProperty("id").GetInt64());

        var listed = (await (await other.GetPathAsync("/v1/removal-orders")).JsonAsync()).GetProperty("orders").EnumerateArray().Select(o => o.GetProperty("id").GetInt64()).ToList();
        Assert.Equal([otherId], listed);
        // An authority cannot widen the list to another organisation.
        var widened = await (await other.GetPathAsync($"/v1/removal-orders?organisationId=1")).JsonAsync();
        Assert.All(widened.GetProperty("orders").EnumerateArray(), o => Assert.Equal(otherId, o.GetProperty("id").GetInt64()));
    }

    [Fact]
    public async Task Authority_SeesItsOrdersStatus_ButNeverTheUploaderOrTheContent()
    {
        var (itemId, url) = await _factory.ItemAsync(Uploader);
        var (_, authority) = await _factory.AuthorityAsync();
        var submitted = await authority.PostJsonAsync("/v1/removal-orders", _factory.Order([url]));
        string submittedBody = await submitted.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        long id = JsonDocument.Parse(submittedBody).RootElement.GetProperty("id").GetInt64();
        await (await _factory.ClientFor(Roles.Legal).PostJsonAsync($"/v1/removal-orders/{id}/execute", new { })).JsonAsync();

        foreach (string path in new[] { $"/v1/removal-orders/{id}", "/v1/removal-orders" })
        {
            var response = await authority.GetPathAsync(path);
            string body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("\"executed\"", body, StringComparison.Ordinal);
            Assert.DoesNotContain(Uploader, body, StringComparison.Ordinal);
            Assert.DoesNotContain("UDHR", body, StringComparison.Ordinal);
            Assert.DoesNotContain("itemIds", body, StringComparison.Ordinal);
            Assert.DoesNotContain("decisionIds", body, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("authenticationEvidence", submittedBody, StringComparison.Ordinal);
        // The item itself, its document and the alarms are not an authority's to read.
        Assert.Equal(HttpStatusCode.Forbidden, (await authority.GetPathAsync($"/v1/items/{itemId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await authority.GetPathAsync($"/v1/removal-orders/{id}/document")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await authority.GetPathAsync("/v1/removal-orders/alarms")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await authority.PostJsonAsync($"/v1/removal-orders/{id}/feedback", new { })).StatusCode);
    }

    [Fact]
    public async Task Submit_ByAnAuthorityRoleKeyOfANonAuthorityOrganisation_Is403_AndStoresNothing()
    {
        var platformAuthorityKey = _factory.ClientIn(Roles.Authority, 1);
        int before = await CountAsync();

        await ProblemAssert.IsProblemAsync(await platformAuthorityKey.PostJsonAsync("/v1/removal-orders", _factory.Order(["https://platform.example/p/x"])), HttpStatusCode.Forbidden, "forbidden");

        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task Submit_TheSameReferenceTwice_Is409_ButAnotherAuthorityMayUseIt()
    {
        var (_, first) = await _factory.AuthorityAsync();
        var (_, second) = await _factory.AuthorityAsync();
        string reference = _factory.Unique("REF");
        await OrdersAppFactory.SubmitAsync(first, _factory.Order(["https://platform.example/p/r"], reference));

        await ProblemAssert.IsProblemAsync(await first.PostJsonAsync("/v1/removal-orders", _factory.Order(["https://platform.example/p/r"], reference)), HttpStatusCode.Conflict, "conflict");
        await OrdersAppFactory.SubmitAsync(second, _factory.Order(["https://platform.example/p/r"], reference));
    }

    public static TheoryData<string, string> MissingFields() => new()
    {
        { "authorityReference", "authorityReference" },
        { "issuingMemberState", "issuingMemberState" },
        { "issuingAuthority", "issuingAuthority" },
        { "urls", "urls" },
        { "materialTypes", "materialTypes" },
        { "reasons", "reasons" },
        { "redress", "redress" },
    };

    [Theory]
    [MemberData(nameof(MissingFields))]
    public async Task Submit_WithoutAnAnnexIField_Is400NamingIt_AndStoresNothing(string field, string named)
    {
        var (_, authority) = await _factory.AuthorityAsync();
        var body = JsonSerializer.SerializeToNode(_factory.Order(["https://platform.example/p/m"]))!.AsObject();
        body.Remove(field);
        int before = await CountAsync();

        var problem = await ProblemAssert.IsProblemAsync(await authority.PostRawJsonAsync("/v1/removal-orders", body.ToJsonString()), HttpStatusCode.BadRequest, "invalid_request");

        Assert.Contains(named, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await CountAsync());
    }

    [Theory]
    [InlineData("{\"authorityReference\": ")]
    [InlineData("[1, 2]")]
    [InlineData("{\"urls\": \"not a list\"}")]
    public async Task Submit_MalformedJson_Is400_AndStoresNothing(string json)
    {
        var (_, authority) = await _factory.AuthorityAsync();
        int before = await CountAsync();

        await ProblemAssert.IsProblemAsync(await authority.PostRawJsonAsync("/v1/removal-orders", json), HttpStatusCode.BadRequest, "invalid_request");

        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task Submit_BadValues_Are400()
    {
        var (_, authority) = await _factory.AuthorityAsync();
        var body = JsonSerializer.SerializeToNode(_factory.Order(["ftp://platform.example/p/m"]))!.AsObject();
        await ProblemAssert.IsProblemAsync(await authority.PostRawJsonAsync("/v1/removal-orders", body.ToJsonString()), HttpStatusCode.BadRequest, "invalid_request");
        body = JsonSerializer.SerializeToNode(_factory.Order(["https://platform.example/p/m"], nonDisclosureUntil: _factory.Clock.GetUtcNow().AddDays(50)))!.AsObject();
        await ProblemAssert.IsProblemAsync(await authority.PostRawJsonAsync("/v1/removal-orders", body.ToJsonString()), HttpStatusCode.BadRequest, "invalid_request");
        body = JsonSerializer.SerializeToNode(_factory.Order(["https://platform.example/p/m"]))!.AsObject();
        body["materialTypes"] = new System.Text.Json.Nodes.JsonArray("propaganda");
        await ProblemAssert.IsProblemAsync(await authority.PostRawJsonAsync("/v1/removal-orders", body.ToJsonString()), HttpStatusCode.BadRequest, "invalid_request");
    }

    [Fact]
    public async Task Entry_StoresTheDocumentOnceWithItsHash_AndLegalCanDownloadIt()
    {
        var (orgId, authority) = await _factory.AuthorityAsync();
        byte[] document = System.Text.Encoding.UTF8.GetBytes("%PDF-1.4 test data: removal order form, Annex I\n");
        var entered = await (await EnterAsync(document, EntryFields(orgId))).JsonAsync();
        long id = entered.GetProperty("id").GetInt64();

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(document)), entered.GetProperty("rawDocumentSha256").GetString());
        Assert.Equal("email", entered.GetProperty("channel").GetString());
        Assert.Equal("received", entered.GetProperty("state").GetString());
        var download = await _factory.ClientFor(Roles.Legal).GetPathAsync($"/v1/removal-orders/{id}/document");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(document, await download.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        // The authority reads the order it sent, without the officer's internals.
        var seen = await (await authority.GetPathAsync($"/v1/removal-orders/{id}")).JsonAsync();
        Assert.False(seen.TryGetProperty("rawDocumentId", out _));
    }

    [Fact]
    public async Task Entry_OversizedDocument_Is413_AndStoresNothing()
    {
        var (orgId, _) = await _factory.AuthorityAsync();
        int before = await CountAsync();
        int documents = await DocumentCountAsync();

        var response = await EnterAsync(new byte[8192], EntryFields(orgId));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, "payload_too_large");
        Assert.Equal(before, await CountAsync());
        Assert.Equal(documents, await DocumentCountAsync());
    }

    [Fact]
    public async Task Entry_BadFields_Are400_AndStoreNothing()
    {
        var (orgId, _) = await _factory.AuthorityAsync();
        int before = await CountAsync();
        int documents = await DocumentCountAsync();
        byte[] document = "test data"u8.ToArray();

        var notAuthority = EntryFields(orgId);
        notAuthority["organisationId"] = 1;
        await ProblemAssert.IsProblemAsync(await EnterAsync(document, notAuthority), HttpStatusCode.BadRequest, "invalid_request");
        var noReasons = EntryFields(orgId);
        noReasons.Remove("reasons");
        await ProblemAssert.IsProblemAsync(await EnterAsync(document, noReasons), HttpStatusCode.BadRequest, "invalid_request");
        await ProblemAssert.IsProblemAsync(await EnterAsync(document, null), HttpStatusCode.BadRequest, "invalid_request");
        await ProblemAssert.IsProblemAsync(await EnterAsync(null, EntryFields(orgId)), HttpStatusCode.BadRequest, "invalid_request");
        await ProblemAssert.IsProblemAsync(
            await _factory.ClientFor(Roles.Legal).PostRawJsonAsync("/v1/removal-orders/entry", "{}"), HttpStatusCode.BadRequest, "invalid_request");

        Assert.Equal(before, await CountAsync());
        Assert.Equal(documents, await DocumentCountAsync());
    }

    private System.Text.Json.Nodes.JsonObject EntryFields(int organisationId)
    {
        var fields = JsonSerializer.SerializeToNode(_factory.Order(["https://platform.example/p/doc"]))!.AsObject();
        fields["organisationId"] = organisationId;
        fields["channel"] = "email";
        fields["authentication"] = "Signature checked against the authority's published key (test data)";
        fields["transportHeaders"] = "From: orders@authority.example";
        return fields;
    }

    private async Task<HttpResponseMessage> EnterAsync(byte[]? document, System.Text.Json.Nodes.JsonObject? fields)
    {
        var form = new MultipartFormDataContent();
        if (document is not null)
        {
            var part = new ByteArrayContent(document);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            form.Add(part, "document", "order.pdf");
        }

        if (fields is not null)
        {
            form.Add(new StringContent(fields.ToJsonString()), "order");
        }

        return await _factory.ClientFor(Roles.Legal).PostAsync("/v1/removal-orders/entry", form, TestContext.Current.CancellationToken);
    }

    private async Task<int> CountAsync()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<MizanDbContext>().RemovalOrders.CountAsync(TestContext.Current.CancellationToken);
    }

    private async Task<int> DocumentCountAsync()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<MizanDbContext>().LegalDocuments.CountAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>Orders with documents of at most 4 KiB.</summary>
    public sealed class SmallDocumentsFactory : OrdersAppFactory
    {
        public SmallDocumentsFactory() => Settings["Legal:MaxDocumentBytes"] = "4096";
    }
}
