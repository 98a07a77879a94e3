using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Mizan.Data.Keys;

namespace Mizan.Server.Tests.Features;

public sealed class AuditApiTests(MizanAppFactory factory) : IClassFixture<MizanAppFactory>
{
    private const string Pdq = "f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22";

    [Fact]
    public async Task BankChanges_AreAuditedWithActorAndState_AndReadableByAnAuditor()
    {
        var admin = factory.ClientFor("admin");
        var moderator = factory.ClientFor("moderator");
        Assert.Equal(HttpStatusCode.Created, (await admin.PostJsonAsync("/v1/banks", new { name = "audit-bank", description = "test data" })).StatusCode);
        await (await moderator.PostJsonAsync("/v1/banks/audit-bank/entries", new object[]
        {
            new { id = "a1", pdq = Pdq },
            new { id = "a2", md5 = "d41d8cd98f00b204e9800998ecf8427e" },
            new { id = "a3", md5 = "0123456789abcdef0123456789abcdef" },
        })).JsonAsync();
        await (await moderator.PostJsonAsync("/v1/banks/audit-bank/entries/a2/retract", new { reason = "added by mistake (test)" })).JsonAsync();
        var patch = new HttpRequestMessage(HttpMethod.Patch, "/v1/banks/audit-bank")
        {
            Content = new StringContent("""{"autoAction": true, "reason": "verified (test)"}""", System.Text.Encoding.UTF8, "application/json"),
        };
        await (await admin.SendAsync(patch, TestContext.Current.CancellationToken)).JsonAsync();

        var page = await (await factory.ClientFor("auditor").GetPathAsync("/v1/audit?subjectId=audit-bank")).JsonAsync();
        var events = page.GetProperty("items").EnumerateArray().ToList();

        Assert.Equal(["bank.created", "bank.entries_added", "bank.updated"], events.Select(e => e.GetProperty("action").GetString()));
        Assert.Equal("key:" + await KeyIdAsync("admin") + ":test admin", events[0].GetProperty("actorName").GetString());
        Assert.Equal("admin", events[0].GetProperty("actorRole").GetString());
        Assert.Equal(1, events[0].GetProperty("actorOrganisationId").GetInt32());
        Assert.Equal("test data", events[0].GetProperty("after").GetProperty("description").GetString());
        var added = events[1].GetProperty("after");
        Assert.Equal((3, 3), (added.GetProperty("entries").GetInt32(), added.GetProperty("signals").GetInt32()));
        Assert.Equal("moderator", events[1].GetProperty("actorRole").GetString());
        Assert.False(events[2].GetProperty("before").GetProperty("autoAction").GetBoolean());
        Assert.True(events[2].GetProperty("after").GetProperty("autoAction").GetBoolean());
        Assert.Equal("verified (test)", events[2].GetProperty("reason").GetString());

        var retract = await (await factory.ClientFor("auditor").GetPathAsync("/v1/audit?action=bank_entry.retracted&subjectId=audit-bank/a2")).JsonAsync();
        var r = Assert.Single(retract.GetProperty("items").EnumerateArray());
        Assert.Equal("added by mistake (test)", r.GetProperty("reason").GetString());
        Assert.True(r.GetProperty("after").GetProperty("retracted").GetBoolean());

        var verify = await (await factory.ClientFor("auditor").GetPathAsync("/v1/audit/verify")).JsonAsync();
        Assert.True(verify.GetProperty("valid").GetBoolean());
    }

    [Fact]
    public async Task Start_RecordsTheSettings()
    {
        var page = await (await factory.ClientFor("auditor").GetPathAsync("/v1/audit?subjectType=settings")).JsonAsync();

        var e = Assert.Single(page.GetProperty("items").EnumerateArray());
        Assert.Equal("settings.changed", e.GetProperty("action").GetString());
        Assert.Equal("system:startup", e.GetProperty("actorName").GetString());
        Assert.Equal(31, e.GetProperty("after").GetProperty("matching").GetProperty("pdqMaxDistance").GetInt32());
    }

    [Fact]
    public async Task List_CursorPages_CoverEveryEventOnceInOrder()
    {
        var admin = factory.ClientFor("admin");
        for (int i = 0; i < 5; i++)
        {
            await (await admin.PostJsonAsync("/v1/organisations", new { name = $"paging org {i} (test)", kind = "peer" })).JsonAsync();
        }

        var seqs = new List<long>();
        string? cursor = null;
        do
        {
            var page = await (await admin.GetPathAsync("/v1/audit?action=organisation.&limit=2" + (cursor is null ? "" : "&cursor=" + cursor))).JsonAsync();
            seqs.AddRange(page.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("seq").GetInt64()));
            cursor = page.TryGetProperty("nextCursor", out var next) && next.ValueKind == JsonValueKind.String ? next.GetString() : null;
        }
        while (cursor is not null);

        Assert.True(seqs.Count >= 5);
        Assert.Equal(seqs.Order(), seqs);
        Assert.Equal(seqs.Count, seqs.Distinct().Count());
    }

    [Fact]
    public async Task List_TimeWindow_FiltersByTime()
    {
        var auditor = factory.ClientFor("auditor");
        await (await factory.ClientFor("admin").PostJsonAsync("/v1/organisations", new { name = "time org (test)", kind = "peer" })).JsonAsync();

        var future = await (await auditor.GetPathAsync("/v1/audit?from=2100-01-01T00:00:00Z")).JsonAsync();
        var past = await (await auditor.GetPathAsync("/v1/audit?to=2000-01-01T00:00:00Z")).JsonAsync();
        var now = await (await auditor.GetPathAsync($"/v1/audit?from={DateTime.UtcNow.AddMinutes(-10):O}&to={DateTime.UtcNow.AddMinutes(10):O}")).JsonAsync();

        Assert.Empty(future.GetProperty("items").EnumerateArray());
        Assert.Empty(past.GetProperty("items").EnumerateArray());
        Assert.NotEmpty(now.GetProperty("items").EnumerateArray());
    }

    [Theory]
    [InlineData("/v1/audit?limit=0")]
    [InlineData("/v1/audit?limit=abc")]
    [InlineData("/v1/audit?from=yesterday")]
    [InlineData("/v1/audit?cursor=!!")]
    public async Task List_BadQuery_Returns400Problem(string path)
    {
        var response = await factory.ClientFor("auditor").GetPathAsync(path);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "invalid_request");
    }

    [Fact]
    public async Task Verify_EventTamperedInTheDatabase_NamesIt()
    {
        using var tamperFactory = new MizanAppFactory();
        var admin = tamperFactory.ClientFor("admin");
        await (await admin.PostJsonAsync("/v1/banks", new { name = "tamper-test", description = "test data" })).JsonAsync();
        var seq = (await (await admin.GetPathAsync("/v1/audit?action=bank.created")).JsonAsync()).GetProperty("items")[0].GetProperty("seq").GetInt64();
        Assert.Equal(1, tamperFactory.Database.ExecuteSql(tamperFactory.DataDirectory, $"""UPDATE audit_events SET "ActorName" = 'someone else' WHERE "Seq" = {seq}"""));

        var verify = await (await admin.GetPathAsync("/v1/audit/verify")).JsonAsync();

        Assert.False(verify.GetProperty("valid").GetBoolean());
        Assert.Equal(seq, verify.GetProperty("brokenSeq").GetInt64());
        Assert.Contains("bank.created bank tamper-test", verify.GetProperty("problem").GetString(), StringComparison.Ordinal);
    }

    private async Task<string> KeyIdAsync(string role)
    {
        factory.KeyFor(role);
        using var scope = factory.Services.CreateScope();
        var keys = await scope.ServiceProvider.GetRequiredService<ApiKeyService>().ListAsync(TestContext.Current.CancellationToken);
        return keys.Single(k => k.Name == "test " + role).Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
