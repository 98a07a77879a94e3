using System.Globalization;
using System.Net;
using Mizan.Data.Keys;
using Mizan.Server.Tests;

namespace Mizan.Console.Tests;

/// <summary>
/// Every form of the console: posted without its antiforgery token it is refused (400) and changes nothing; posted
/// with a valid token by a role the action does not allow it is refused (403). And each role sees only its pages.
/// </summary>
public sealed partial class FormRulesTests(ConsoleAppFactory factory) : IClassFixture<ConsoleAppFactory>
{
    /// <summary>
    /// Every form of the console: those of review (below) and those of each other area (the other parts of this class,
    /// each seeding what its forms act on under <paramref name="prefix"/>).
    /// </summary>
    private async Task<List<Form>> FormsAsync(string prefix, long caseId, long complaintId, int userId)
    {
        var forms = new List<Form>(ReviewForms(caseId, complaintId, userId));
        forms.AddRange(await OrderFormsAsync(prefix));
        forms.AddRange(await LegalFormsAsync(prefix));
        forms.AddRange(await BankAndReportFormsAsync(prefix));
        return forms;
    }

    /// <summary>The review forms: path and fields, a role allowed to use it, and a signed-in role that is not (null: none exists).</summary>
    private static IEnumerable<Form> ReviewForms(long caseId, long complaintId, int userId)
    {
        string id = caseId.ToString(CultureInfo.InvariantCulture);
        (string, string)[] decision = [("Action", "keep"), ("Explanation", "test data"), ("ExemptionConsidered", "none")];
        yield return new("/signout", [], Roles.Moderator, null);
        yield return new("/language", [("language", "ar")], Roles.Moderator, null);
        yield return new("/settings", [("blurMedia", "true")], Roles.Moderator, Roles.Integration);
        yield return new("/users?handler=Create", [("name", "form-made"), ("role", "auditor"), ("organisationId", "1"), ("language", "en"), ("password", "a long test password")], Roles.Admin, Roles.Moderator);
        yield return new("/users?handler=Disable", [("id", userId.ToString(CultureInfo.InvariantCulture))], Roles.Admin, Roles.Auditor);
        yield return new("/users?handler=Enable", [("id", userId.ToString(CultureInfo.InvariantCulture))], Roles.Admin, Roles.Legal);
        yield return new("/queue?handler=Claim", [("id", id)], Roles.Moderator, Roles.Auditor);
        yield return new($"/cases/{id}?handler=Claim", [], Roles.Moderator, Roles.Auditor);
        yield return new($"/cases/{id}?handler=Release", [], Roles.Moderator, Roles.AppealsReviewer);
        yield return new($"/cases/{id}?handler=Preview", decision, Roles.Moderator, Roles.Admin);
        yield return new($"/cases/{id}?handler=Decide", decision, Roles.Moderator, Roles.Auditor);
        yield return new($"/appeals/{complaintId}", [("outcome", "upheld"), ("reasons", "test data")], Roles.AppealsReviewer, Roles.Auditor);
    }

    [Fact]
    public async Task EveryForm_WithoutItsAntiforgeryToken_IsRefused()
    {
        var (caseId, complaintId) = await CaseAndComplaintAsync("nocsrf", 21);
        var target = factory.User("nocsrf-target", Roles.Auditor);
        var failures = new List<string>();
        foreach (var (path, fields, allowed, _) in await FormsAsync("nocsrf", caseId, complaintId, target.Id))
        {
            using var client = await factory.SignedInAsync("nocsrf-" + allowed, allowed);
            var response = await client.PostAsync(path, null, fields);
            if (response.StatusCode != HttpStatusCode.BadRequest)
            {
                failures.Add($"{path} as {allowed}: {(int)response.StatusCode}");
            }
        }

        using var anonymous = ConsoleClient.For(factory);
        var signIn = await anonymous.PostAsync("/signin", null, ("Name", "nocsrf-moderator"), ("Password", ConsoleAppFactory.Password));
        if (signIn.StatusCode != HttpStatusCode.BadRequest)
        {
            failures.Add($"/signin: {(int)signIn.StatusCode}");
        }

        Assert.True(failures.Count == 0, string.Join("; ", failures));
        using var admin = await factory.SignedInAsync("nocsrf-admin", Roles.Admin);
        Assert.DoesNotContain("form-made", await admin.PageAsync("/users"), StringComparison.Ordinal);
        using var moderator = await factory.SignedInAsync("nocsrf-moderator", Roles.Moderator);
        Assert.Contains("id=\"case-status\">open", await moderator.PageAsync($"/cases/{caseId}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryForm_FromARoleItDoesNotAllow_IsForbidden()
    {
        var (caseId, complaintId) = await CaseAndComplaintAsync("wrongrole", 22);
        var target = factory.User("wrongrole-target", Roles.Auditor);
        var failures = new List<string>();
        foreach (var (path, fields, _, refused) in await FormsAsync("wrongrole", caseId, complaintId, target.Id))
        {
            if (refused is null)
            {
                continue;
            }

            using var client = await factory.SignedInAsync("wrongrole-" + refused, refused);
            string token = await client.AnyTokenAsync();
            var response = await client.PostAsync(path, token, fields);
            if (response.StatusCode != HttpStatusCode.Forbidden)
            {
                failures.Add($"{path} as {refused}: {(int)response.StatusCode}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("; ", failures));
        using var moderator = await factory.SignedInAsync("wrongrole-moderator", Roles.Moderator);
        Assert.Contains("id=\"case-status\">open", await moderator.PageAsync($"/cases/{caseId}"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Roles.Authority, "/orders /referrals /data-requests", "/queue /cases/1 /appeals /holds /audit /banks /reports /users /settings")]
    [InlineData(Roles.Integration, "/banks", "/queue /cases/1 /appeals /orders /referrals /holds /data-requests /audit /reports /users /settings")]
    [InlineData(Roles.Moderator, "/queue /referrals /banks /settings", "/appeals /orders /holds /data-requests /audit /reports /users")]
    [InlineData(Roles.AppealsReviewer, "/queue /appeals /settings", "/orders /referrals /holds /data-requests /audit /banks /reports /users")]
    [InlineData(Roles.Auditor, "/queue /appeals /orders /referrals /holds /data-requests /audit /banks /reports /settings", "/users")]
    [InlineData(Roles.Admin, "/queue /appeals /orders /referrals /holds /data-requests /audit /banks /reports /users /settings", "")]
    [InlineData(Roles.Legal, "/appeals /orders /referrals /holds /data-requests /reports", "/queue /audit /banks /users /settings")]
    [InlineData(Roles.Peer, "", "/queue /appeals /orders /referrals /holds /data-requests /audit /banks /reports /users /settings")]
    public async Task EachRole_SeesOnlyThePagesItsRoleAllows(string role, string allowed, string forbidden)
    {
        using var client = await factory.SignedInAsync("pages-" + role, role);
        var start = await client.GetAsync("/");
        string home = start.StatusCode == HttpStatusCode.Redirect
            ? await client.PageAsync(start.Headers.Location!.OriginalString)
            : await start.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        foreach (string path in allowed.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(path)).StatusCode);
            Assert.Contains($"<a href=\"{path}\"", home, StringComparison.Ordinal);
        }

        foreach (string path in forbidden.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            Assert.True((await client.GetAsync(path)).StatusCode == HttpStatusCode.Forbidden, $"{role} {path}");
            Assert.DoesNotContain($"<a href=\"{path}\"", home, StringComparison.Ordinal);
        }

        if (allowed.Length == 0)
        {
            Assert.Equal(HttpStatusCode.OK, start.StatusCode);
            Assert.Contains("Your role has no console pages yet.", home, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task MediaEndpoint_FollowsTheApiRule_AndNeedsASession()
    {
        var (caseId, _) = await CaseAndComplaintAsync("media", 23);
        using var moderator = await factory.SignedInAsync("media-mod", Roles.Moderator);
        string page = await moderator.PageAsync($"/cases/{caseId}");
        string media = System.Text.RegularExpressions.Regex.Match(page, "src=\"(/console/media/\\d+)\"").Groups[1].Value;
        using var legal = await factory.SignedInAsync("media-legal", Roles.Legal);

        Assert.Equal(HttpStatusCode.OK, (await moderator.GetAsync(media)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await legal.GetAsync(media)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await ConsoleClient.For(factory).GetAsync(media)).StatusCode);
    }

    /// <summary>An open image case, and an open complaint about another decided case of the same seed.</summary>
    private async Task<(long CaseId, long ComplaintId)> CaseAndComplaintAsync(string prefix, int seed)
    {
        var seeded = await ModerationSeed.SeedAsync(factory, prefix, seed);
        var moderator = factory.ClientFor(Roles.Moderator);
        (await moderator.PostJsonAsync($"/v1/cases/{seeded.TextCaseId}/claim", new { })).EnsureSuccessStatusCode();
        var decision = await (await moderator.PostJsonAsync($"/v1/cases/{seeded.TextCaseId}/decision", new
        {
            action = "remove", ground = "illegal", groundReference = "test data", explanation = "test data", exemptionConsidered = "none",
        })).JsonAsync();
        var complaint = await (await factory.ClientFor(Roles.Integration).PostJsonAsync("/v1/complaints", new
        {
            decisionId = decision.GetProperty("id").GetInt64(), complainant = "content_provider", @ref = "acct-1002", grounds = "test data",
        })).JsonAsync();
        return (seeded.ImageCaseId, complaint.GetProperty("id").GetInt64());
    }
}

/// <summary>A console form: its path and fields, a role allowed to use it, and a signed-in role that is not (null: none exists).</summary>
internal sealed record Form(string Path, (string, string)[] Fields, string Allowed, string? Refused);
