using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Mizan.Data;
using Mizan.Data.Entities;
using Mizan.Data.Legal;
using Mizan.Data.Legal.Preservation;
using Mizan.Data.Moderation;
using Mizan.Server.Tests.Features.Moderation;

namespace Mizan.Server.Tests.Features.Legal.Preservation;

public sealed class PreservationHoldsApiTests(ModerationAppFactory factory) : IClassFixture<ModerationAppFactory>
{
    [Fact]
    public async Task Hold_MetadataForStaff_CopyOnlyForLegalWithPurpose_EveryAccessAudited()
    {
        var item = await LegalTestKit.TextItemAsync(factory, "held");
        var legal = factory.ClientNamed("legal", factory.Unique("counsel"));
        var created = await legal.PostJsonAsync("/v1/preservation-holds", new
        {
            itemId = item.Id, basis = "court_order", reference = "Court file 12/2026", requestingAuthority = "District court (test data)",
            purposes = new[] { "legal_proceedings" },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var hold = await created.JsonAsync();
        long id = hold.GetProperty("id").GetInt64();

        var meta = await (await factory.ClientFor("auditor").GetPathAsync($"/v1/preservation-holds/{id}")).JsonAsync();
        Assert.Equal("active", meta.GetProperty("status").GetString());
        Assert.Equal(0, meta.GetProperty("accessCount").GetInt32());
        Assert.DoesNotContain("city council", meta.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain(item.Uploader, meta.GetRawText(), StringComparison.Ordinal);
        var listed = await (await factory.ClientFor("admin").GetPathAsync($"/v1/preservation-holds?itemId={item.Id}")).JsonAsync();
        Assert.DoesNotContain(item.Uploader, listed.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(id, Assert.Single(listed.GetProperty("items").EnumerateArray()).GetProperty("id").GetInt64());

        var noPurpose = await legal.PostJsonAsync($"/v1/preservation-holds/{id}/access", new { justification = "Preparing the court's request." });
        var wrongPurpose = await legal.PostJsonAsync($"/v1/preservation-holds/{id}/access", new { purpose = "investigation", justification = "x" });
        var noJustification = await legal.PostJsonAsync($"/v1/preservation-holds/{id}/access", new { purpose = "legal_proceedings" });
        var auditor = await factory.ClientFor("auditor").PostJsonAsync($"/v1/preservation-holds/{id}/access", new { purpose = "legal_proceedings", justification = "x" });
        var authority = await (await LegalTestKit.AuthorityAsync(factory)).Client.GetPathAsync($"/v1/preservation-holds/{id}");

        Assert.DoesNotContain("city council", (await ProblemAssert.IsProblemAsync(noPurpose, HttpStatusCode.BadRequest, "invalid_request")).GetRawText(), StringComparison.Ordinal);
        await ProblemAssert.IsProblemAsync(wrongPurpose, HttpStatusCode.BadRequest, "invalid_request");
        await ProblemAssert.IsProblemAsync(noJustification, HttpStatusCode.BadRequest, "invalid_request");
        await ProblemAssert.IsProblemAsync(auditor, HttpStatusCode.Forbidden, "forbidden");
        await ProblemAssert.IsProblemAsync(authority, HttpStatusCode.Forbidden, "forbidden");
        Assert.Empty(await LegalTestKit.QueryAsync(factory, db => db.PreservationAccesses.Where(a => a.PreservationHoldId == id).ToListAsync()));
        Assert.DoesNotContain(await LegalTestKit.AuditAsync(factory, "preservation_hold", id), e => e.GetProperty("action").GetString() == "preservation_hold.accessed");

        var copy = await (await legal.PostJsonAsync($"/v1/preservation-holds/{id}/access", new { purpose = "legal_proceedings", justification = "Preparing the court's request." })).JsonAsync();
        await (await legal.PostJsonAsync($"/v1/preservation-holds/{id}/access", new { purpose = "legal_proceedings", justification = "Checking the copy before handing it over." })).JsonAsync();

        Assert.Contains("city council", copy.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal(item.Uploader, copy.GetProperty("relatedData").GetProperty("uploaderRef").GetString());
        Assert.Equal(item.Url, copy.GetProperty("relatedData").GetProperty("url").GetString());
        Assert.True(copy.GetProperty("intact").GetBoolean());
        Assert.Equal(2, (await (await factory.ClientFor("auditor").GetPathAsync($"/v1/preservation-holds/{id}")).JsonAsync()).GetProperty("accessCount").GetInt32());
        var accesses = (await LegalTestKit.AuditAsync(factory, "preservation_hold", id)).Where(e => e.GetProperty("action").GetString() == "preservation_hold.accessed").ToList();
        Assert.Equal(2, accesses.Count);
        Assert.Equal("Preparing the court's request.", accesses[0].GetProperty("reason").GetString());
        Assert.Equal("legal_proceedings", accesses[0].GetProperty("after").GetProperty("purpose").GetString());
        Assert.Contains("counsel", accesses[0].GetProperty("actorName").GetString(), StringComparison.Ordinal);
        Assert.Equal("legal", accesses[0].GetProperty("actorRole").GetString());
        var log = (await (await factory.ClientFor("auditor").GetPathAsync($"/v1/preservation-holds/{id}/accesses")).JsonAsync()).EnumerateArray().ToList();
        Assert.Equal(2, log.Count);
        Assert.Equal("legal_proceedings: Preparing the court's request.", log[0].GetProperty("purpose").GetString());
        Assert.Equal("legal", log[0].GetProperty("actorRole").GetString());
        Assert.DoesNotContain("city council", string.Join(" ", log.Select(l => l.GetRawText())), StringComparison.Ordinal);
        await ProblemAssert.IsProblemAsync(await factory.ClientFor("moderator").GetPathAsync($"/v1/preservation-holds/{id}/accesses"), HttpStatusCode.Forbidden, "forbidden");
        await ProblemAssert.IsProblemAsync(await legal.GetPathAsync("/v1/preservation-holds/999999999/accesses"), HttpStatusCode.NotFound, "not_found");
        var verify = await (await factory.ClientFor("auditor").GetPathAsync("/v1/audit/verify")).JsonAsync();
        Assert.True(verify.GetProperty("valid").GetBoolean());
    }

    [Fact]
    public async Task Hold_2703f_NeedsItsRequest_AndExtendsBy90DaysPerRenewal()
    {
        var item = await LegalTestKit.TextItemAsync(factory, "us-held");
        var (_, org) = await LegalTestKit.AuthorityAsync(factory);
        long requestId = await DataRequestRowAsync(org);
        var legal = factory.ClientFor("legal");

        var withoutRequest = await legal.PostJsonAsync("/v1/preservation-holds", new { itemId = item.Id, basis = "us_2703f" });
        var withUntil = await legal.PostJsonAsync("/v1/preservation-holds", new { itemId = item.Id, basis = "us_2703f", dataRequestId = requestId, until = factory.Clock.GetUtcNow().AddDays(30) });
        var hold = await (await legal.PostJsonAsync("/v1/preservation-holds", new { itemId = item.Id, basis = "us_2703f", dataRequestId = requestId })).JsonAsync();

        await ProblemAssert.IsProblemAsync(withoutRequest, HttpStatusCode.BadRequest, "invalid_request");
        await ProblemAssert.IsProblemAsync(withUntil, HttpStatusCode.BadRequest, "invalid_request");
        long id = hold.GetProperty("id").GetInt64();
        var started = hold.GetProperty("startedAt").GetDateTime();
        var expires = hold.GetProperty("expiresAt").GetDateTime();
        Assert.Equal(TimeSpan.FromDays(90), expires - started);
        Assert.Equal(requestId, hold.GetProperty("dataRequestId").GetInt64());
        Assert.Equal(["investigation"], hold.GetProperty("purposes").EnumerateArray().Select(p => p.GetString()));

        var tooLong = await legal.PostJsonAsync($"/v1/preservation-holds/{id}/extensions", new { requestedBy = "Agency (test data)", until = expires.AddDays(91), reason = "Renewed request." });
        var earlier = await legal.PostJsonAsync($"/v1/preservation-holds/{id}/extensions", new { requestedBy = "Agency (test data)", until = expires.AddDays(-1), reason = "Renewed request." });
        var extended = await (await legal.PostJsonAsync($"/v1/preservation-holds/{id}/extensions", new { requestedBy = "Agency (test data)", until = expires.AddDays(90), reason = "Renewed request of 2026-12-01." })).JsonAsync();

        await ProblemAssert.IsProblemAsync(tooLong, HttpStatusCode.BadRequest, "invalid_request");
        await ProblemAssert.IsProblemAsync(earlier, HttpStatusCode.BadRequest, "invalid_request");
        Assert.Equal("extended", extended.GetProperty("status").GetString());
        Assert.Equal(expires.AddDays(90), extended.GetProperty("expiresAt").GetDateTime());
        var extension = Assert.Single(extended.GetProperty("extensions").EnumerateArray());
        Assert.Equal("Agency (test data)", extension.GetProperty("requestedBy").GetString());
        Assert.True(Math.Abs((expires - extension.GetProperty("previousExpiresAt").GetDateTime()).TotalMilliseconds) < 1);
        Assert.Contains(await LegalTestKit.AuditAsync(factory, "preservation_hold", id), e => e.GetProperty("action").GetString() == "preservation_hold.extended");
    }

    [Fact]
    public async Task Expiry_DestroysCopiesLogsHashes_AndClosesTheFinalOrder()
    {
        var first = await LegalTestKit.TextItemAsync(factory, "tco-1");
        var second = await LegalTestKit.TextItemAsync(factory, "tco-2");
        var third = await LegalTestKit.TextItemAsync(factory, "tco-3");
        long finalOrder = await OrderRowAsync(RemovalOrderStates.Final);
        long openOrder = await OrderRowAsync(RemovalOrderStates.FeedbackSent);
        var holds = new List<long>
        {
            await StageAsync(first.Id, finalOrder), await StageAsync(second.Id, finalOrder), await StageAsync(third.Id, openOrder),
        };
        var before = await LegalTestKit.QueryAsync(factory, db => db.PreservationHolds.AsNoTracking().Where(h => holds.Contains(h.Id)).OrderBy(h => h.Id).ToListAsync());
        Assert.All(before, h => Assert.Equal(h.StartedAt.AddMonths(6), h.ExpiresAt));
        Assert.All(before, h => Assert.Equal(["review_and_complaints", "investigation"], h.Purposes));

        factory.Clock.Advance(TimeSpan.FromDays(100));
        var early = await PassAsync();
        Assert.All(await HoldsAsync(holds), h => Assert.NotEqual("destroyed", h.Status));
        factory.Clock.Advance(TimeSpan.FromDays(100));
        var pass = await PassAsync();

        Assert.True(pass.Destroyed >= 3, $"destroyed {pass.Destroyed}");
        Assert.True(early.Destroyed >= 0);
        var after = await HoldsAsync(holds);
        Assert.All(after, h =>
        {
            Assert.Equal("destroyed", h.Status);
            Assert.Null(h.PreservedText);
            Assert.Null(h.PreservedMedia);
            Assert.Null(h.PreservedMetadata);
            Assert.NotNull(h.DestroyedAt);
        });
        foreach (var h in before)
        {
            var destroyed = Assert.Single(await LegalTestKit.AuditAsync(factory, "preservation_hold", h.Id), e => e.GetProperty("action").GetString() == "preservation_hold.destroyed");
            Assert.Equal(h.PreservedSha256, destroyed.GetProperty("after").GetProperty("destroyedSha256").GetString());
        }

        var orders = await LegalTestKit.QueryAsync(factory, db => db.RemovalOrders.AsNoTracking().Where(o => o.Id == finalOrder || o.Id == openOrder).ToListAsync());
        Assert.Equal(RemovalOrderStates.Closed, orders.Single(o => o.Id == finalOrder).State);
        Assert.NotNull(orders.Single(o => o.Id == finalOrder).ClosedAt);
        Assert.Equal(RemovalOrderStates.FeedbackSent, orders.Single(o => o.Id == openOrder).State);
        Assert.Single(await LegalTestKit.AuditAsync(factory, "removal_order", finalOrder), e => e.GetProperty("action").GetString() == "removal_order.closed");
        Assert.Equal((0, 0), await PassAsync());
        var read = await factory.ClientFor("legal").PostJsonAsync($"/v1/preservation-holds/{holds[0]}/access", new { purpose = "investigation", justification = "x" });
        await ProblemAssert.IsProblemAsync(read, HttpStatusCode.Conflict, "conflict");
        var meta = await (await factory.ClientFor("auditor").GetPathAsync($"/v1/preservation-holds/{holds[0]}")).JsonAsync();
        Assert.Equal("destroyed", meta.GetProperty("status").GetString());
        Assert.True(meta.TryGetProperty("destroyedAt", out _));
    }

    [Fact]
    public async Task Expiry_SeveralPassesAtOnce_DestroyEachCopyOnce()
    {
        var holds = new List<long>();
        for (int i = 0; i < 6; i++)
        {
            var item = await LegalTestKit.TextItemAsync(factory, "race");
            holds.Add(await StageAsync(item.Id, null));
        }

        factory.Clock.Advance(TimeSpan.FromDays(400));
        var passes = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(PassAsync)));

        Assert.All(await HoldsAsync(holds), h => Assert.Equal("destroyed", h.Status));
        foreach (long id in holds)
        {
            Assert.Single(await LegalTestKit.AuditAsync(factory, "preservation_hold", id), e => e.GetProperty("action").GetString() == "preservation_hold.destroyed");
        }

        Assert.True(passes.Sum(p => p.Destroyed) >= holds.Count);
    }

    [Fact]
    public async Task Release_EndsTheHold_AndTheNextPassDestroysTheCopy()
    {
        var item = await LegalTestKit.TextItemAsync(factory, "released");
        var legal = factory.ClientFor("legal");
        var hold = await (await legal.PostJsonAsync("/v1/preservation-holds", new { itemId = item.Id, basis = "internal_legal_hold", reference = "LH-7" })).JsonAsync();
        long id = hold.GetProperty("id").GetInt64();

        var noReason = await legal.PostJsonAsync($"/v1/preservation-holds/{id}/release", new { });
        var released = await (await legal.PostJsonAsync($"/v1/preservation-holds/{id}/release", new { reason = "Litigation settled." })).JsonAsync();
        var again = await legal.PostJsonAsync($"/v1/preservation-holds/{id}/release", new { reason = "again" });
        var read = await legal.PostJsonAsync($"/v1/preservation-holds/{id}/access", new { purpose = "legal_proceedings", justification = "x" });
        await PassAsync();

        await ProblemAssert.IsProblemAsync(noReason, HttpStatusCode.BadRequest, "invalid_request");
        Assert.Equal("released", released.GetProperty("status").GetString());
        await ProblemAssert.IsProblemAsync(again, HttpStatusCode.Conflict, "conflict");
        await ProblemAssert.IsProblemAsync(read, HttpStatusCode.Conflict, "conflict");
        var destroyed = Assert.Single(await HoldsAsync([id]));
        Assert.Equal("destroyed", destroyed.Status);
        Assert.Equal("Litigation settled.", destroyed.ReleaseReason);
        var actions = (await LegalTestKit.AuditAsync(factory, "preservation_hold", id)).Select(e => e.GetProperty("action").GetString()).ToList();
        Assert.Equal(["preservation_hold.created", "preservation_hold.released", "preservation_hold.destroyed"], actions);
    }

    [Theory]
    [InlineData("""{"basis": "court_order"}""", "itemId")]
    [InlineData("""{"itemId": ITEM, "basis": "tco_art6_order"}""", "basis")]
    [InlineData("""{"itemId": ITEM, "basis": "whim"}""", "basis")]
    [InlineData("""{"itemId": ITEM, "basis": "court_order", "purposes": ["curiosity"]}""", "purposes")]
    [InlineData("""{"itemId": ITEM, "basis": "tco_art6_specific_measure", "purposes": ["legal_proceedings"]}""", "purposes")]
    [InlineData("""{"itemId": ITEM, "basis": "court_order", "until": "2001-01-01T00:00:00Z"}""", "until")]
    [InlineData("""{"itemId": 99999999, "basis": "court_order"}""", "itemId")]
    [InlineData("""{"itemId": ITEM, "basis": "court_order", "dataRequestId": 99999999}""", "dataRequestId")]
    public async Task Hold_BadInput_Returns400AndStoresNothing(string json, string mentions)
    {
        var item = await LegalTestKit.TextItemAsync(factory, "bad-hold");
        int count = await LegalTestKit.QueryAsync(factory, db => db.PreservationHolds.CountAsync());

        var response = await factory.ClientFor("legal").PostRawJsonAsync("/v1/preservation-holds", json.Replace("ITEM", item.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "invalid_request");
        Assert.Contains(mentions, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(count, await LegalTestKit.QueryAsync(factory, db => db.PreservationHolds.CountAsync()));
    }

    private async Task<(int Destroyed, int Closed)> PassAsync()
    {
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<PreservationService>().DestroyExpiredAsync(TestContext.Current.CancellationToken);
    }

    private Task<List<PreservationHold>> HoldsAsync(List<long> ids) =>
        LegalTestKit.QueryAsync(factory, db => db.PreservationHolds.AsNoTracking().Where(h => ids.Contains(h.Id)).OrderBy(h => h.Id).ToListAsync());

    /// <summary>A hold as executing a removal order stages it.</summary>
    private async Task<long> StageAsync(long itemId, long? orderId)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MizanDbContext>();
        var item = await db.ContentItems.FirstAsync(i => i.Id == itemId, TestContext.Current.CancellationToken);
        await using var tx = await db.Database.BeginTransactionAsync(TestContext.Current.CancellationToken);
        var hold = await scope.ServiceProvider.GetRequiredService<PreservationService>().StageForItemAsync(
            item, PreservationBases.TcoOrder, new PreservationOrigin(orderId, null, null, "Authority (test data)", "TCO-1"),
            ModerationActor.System("tests", item.OrganisationId), TestContext.Current.CancellationToken);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        await tx.CommitAsync(TestContext.Current.CancellationToken);
        return hold.Id;
    }

    /// <summary>A removal order row in <paramref name="state"/> (the orders' own service is tested elsewhere).</summary>
    private async Task<long> OrderRowAsync(string state)
    {
        var (_, org) = await LegalTestKit.AuthorityAsync(factory);
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MizanDbContext>();
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        var order = new RemovalOrder
        {
            OrganisationId = org, State = state, AuthorityReference = factory.Unique("TCO"), IssuingMemberState = "DE",
            IssuingAuthorityName = "Authority (test data)", IssuingAuthorityType = "law_enforcement", Channel = "api",
            AuthenticationEvidence = "api key", RawDocumentSha256 = new string('0', 64), Reasons = "Test data.", ReceivedAt = now, DeadlineAt = now.AddHours(1),
        };
        db.RemovalOrders.Add(order);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return order.Id;
    }

    /// <summary>A data request row (the requests' own service is tested elsewhere).</summary>
    private async Task<long> DataRequestRowAsync(int org)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MizanDbContext>();
        var request = new DataRequest
        {
            OrganisationId = org, Jurisdiction = "US", Agency = "Agency (test data)", ProcessType = "preservation_letter", Reference = factory.Unique("PL"),
            ReceivedAt = factory.Clock.GetUtcNow().UtcDateTime, Status = "received",
        };
        db.DataRequests.Add(request);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return request.Id;
    }
}
