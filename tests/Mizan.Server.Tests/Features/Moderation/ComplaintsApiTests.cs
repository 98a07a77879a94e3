using System.Net;
using System.Text.Json;

namespace Mizan.Server.Tests.Features.Moderation;

public sealed class ComplaintsApiTests(ModerationAppFactory factory) : IClassFixture<ModerationAppFactory>
{
    [Fact]
    public async Task Complaint_ReversedBySecondReviewer_RestoresContentAndFlagsBankEntry()
    {
        var (decisionId, itemId, _) = await RemovedAsync(61, "mod-a");
        var complaint = await SubmitAsync(decisionId, "acct-1001");

        var decided = await (await factory.ClientNamed("appeals_reviewer", factory.Unique("appeals")).PostJsonAsync(
            $"/v1/complaints/{complaint.GetProperty("id").GetInt64()}/decision",
            new { outcome = "reversed", reasons = "The post is a news report." })).JsonAsync();

        Assert.Equal(("decided", "reversed"), (decided.GetProperty("status").GetString(), decided.GetProperty("outcome").GetString()));
        var flagged = Assert.Single(decided.GetProperty("flaggedEntries").EnumerateArray(), f => f.GetProperty("signal").GetString() == "pdq");
        Assert.Equal("known-1", flagged.GetProperty("entry").GetString());
        var item = await (await factory.ClientFor("integration").GetPathAsync($"/v1/items/{itemId}")).JsonAsync();
        Assert.Equal("restored", item.GetProperty("state").GetString());
        var decision = await (await factory.ClientFor("auditor").GetPathAsync($"/v1/decisions/{decisionId}")).JsonAsync();
        Assert.Equal(complaint.GetProperty("id").GetInt64(), decision.GetProperty("reversedByComplaintId").GetInt64());
    }

    [Fact]
    public async Task Complaint_DecidedByOriginalDecider_Returns403()
    {
        string person = factory.Unique("same-person");
        var (decisionId, _, _) = await RemovedAsync(62, person);
        var complaint = await SubmitAsync(decisionId, "acct-1001");

        var response = await factory.ClientNamed("appeals_reviewer", person).PostJsonAsync(
            $"/v1/complaints/{complaint.GetProperty("id").GetInt64()}/decision", new { outcome = "reversed", reasons = "x" });

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Forbidden, "same_reviewer");
        Assert.Contains(person, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var stored = await (await factory.ClientFor("appeals_reviewer").GetPathAsync($"/v1/complaints/{complaint.GetProperty("id").GetInt64()}")).JsonAsync();
        Assert.Equal("open", stored.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Complaint_DecidedTwice_Returns409()
    {
        var (decisionId, _, _) = await RemovedAsync(63, "mod-c");
        long id = (await SubmitAsync(decisionId, "acct-1001")).GetProperty("id").GetInt64();
        var reviewer = factory.ClientNamed("appeals_reviewer", factory.Unique("appeals"));
        (await reviewer.PostJsonAsync($"/v1/complaints/{id}/decision", new { outcome = "upheld", reasons = "The removal stands." })).EnsureSuccessStatusCode();

        var again = await reviewer.PostJsonAsync($"/v1/complaints/{id}/decision", new { outcome = "reversed", reasons = "x" });

        await ProblemAssert.IsProblemAsync(again, HttpStatusCode.Conflict, "conflict");
    }

    [Fact]
    public async Task Complaint_WithinSixMonths_Accepted_AfterWindow_Rejected()
    {
        var (first, _, _) = await RemovedAsync(64, "mod-d");
        var (second, _, _) = await RemovedAsync(65, "mod-e");
        factory.Clock.Advance(TimeSpan.FromDays(180));

        var inWindow = await factory.ClientFor("integration").PostJsonAsync("/v1/complaints", Body(first, "acct-1001"));
        factory.Clock.Advance(TimeSpan.FromDays(10));
        var late = await factory.ClientFor("integration").PostJsonAsync("/v1/complaints", Body(second, "acct-1001"));

        Assert.Equal(HttpStatusCode.Created, inWindow.StatusCode);
        var problem = await ProblemAssert.IsProblemAsync(late, HttpStatusCode.Conflict, "window_closed");
        Assert.Contains("6 months", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Complaint_NotTheAffectedUser_Returns403()
    {
        var (decisionId, _, _) = await RemovedAsync(66, "mod-f");

        var response = await factory.ClientFor("integration").PostJsonAsync("/v1/complaints", Body(decisionId, "someone-else"));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Forbidden, "not_eligible");
    }

    [Theory]
    [InlineData("""{"complainant": "content_provider", "ref": "a", "grounds": "x"}""", "decisionId")]
    [InlineData("""{"decisionId": 1, "complainant": "neighbour", "ref": "a", "grounds": "x"}""", "complainant")]
    [InlineData("""{"decisionId": 1, "complainant": "content_provider", "ref": "a"}""", "grounds")]
    public async Task Complaint_BadInput_Returns400(string json, string mentions)
    {
        var response = await factory.ClientFor("integration").PostRawJsonAsync("/v1/complaints", json);

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "invalid_request");
        Assert.Contains(mentions, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    private static object Body(long decisionId, string user) =>
        new { decisionId, complainant = "content_provider", @ref = user, grounds = "My post reported the news; it did not support anyone." };

    private async Task<JsonElement> SubmitAsync(long decisionId, string user) =>
        await (await factory.ClientFor("integration").PostJsonAsync("/v1/complaints", Body(decisionId, user))).JsonAsync();

    private async Task<(long DecisionId, long ItemId, long CaseId)> RemovedAsync(int seed, string moderatorName)
    {
        var (_, image) = await factory.BankWithImageAsync(seed: seed);
        var item = await factory.SubmitImageAsync(image, factory.Unique("complained"));
        long caseId = item.GetProperty("caseId").GetInt64();
        var moderator = factory.ClientNamed("moderator", moderatorName);
        (await moderator.PostJsonAsync($"/v1/cases/{caseId}/claim", new { })).EnsureSuccessStatusCode();
        var decision = await (await moderator.PostJsonAsync($"/v1/cases/{caseId}/decision", CasesApiTests.Removal)).JsonAsync();
        return (decision.GetProperty("id").GetInt64(), item.GetProperty("id").GetInt64(), caseId);
    }
}
