using System.Globalization;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Mizan.Data.Audit;
using Mizan.Data.Keys;
using Mizan.Data.Legal.Preservation;

namespace Mizan.Console.Tests;

/// <summary>
/// The legal pages on the real app and store: preservation holds (the copy only for the legal role with a stated
/// purpose and justification, every reading logged), referrals and data requests, each role seeing what the API allows.
/// </summary>
public sealed class LegalPagesTests(ConsoleAppFactory factory) : IClassFixture<ConsoleAppFactory>
{
    private static readonly StringComparison Exact = StringComparison.Ordinal;

    [Fact]
    public async Task HoldCopy_IsRefusedWithoutPurposeOrJustification_ShownWithThem_AndEveryReadingIsLogged()
    {
        var seeded = await LegalSeed.SeedAsync(factory.ClientFor, "reveal", 41);
        var user = factory.User("reveal-counsel", Roles.Legal);
        using var legal = await factory.SignedInAsync("reveal-counsel", Roles.Legal);
        string path = $"/holds/{seeded.CourtHold}";
        string page = await legal.PageAsync(path);
        Assert.Contains("id=\"reveal-form\"", page, Exact);
        Assert.DoesNotContain("id=\"preserved-copy\"", page, Exact);
        Assert.DoesNotContain("data:image/jpeg", page, Exact);
        string token = ConsoleClient.Token(page);

        (string, string)[][] refused =
        [
            [("Justification", "Preparing the court file (test data).")],
            [("Purpose", "legal_proceedings")],
            [("Purpose", "legal_proceedings"), ("Justification", "   ")],
            [("Purpose", "review_and_complaints"), ("Justification", "Not a purpose of this hold (test data).")],
        ];
        foreach (var fields in refused)
        {
            string answer = await Html(await legal.PostAsync($"{path}?handler=Reveal", token, fields));
            Assert.Contains("id=\"error\"", answer, Exact);
            Assert.DoesNotContain("id=\"preserved-copy\"", answer, Exact);
            Assert.DoesNotContain("data:image/jpeg", answer, Exact);
        }

        Assert.Empty(await AccessLogAsync(seeded.CourtHold));

        var shown = await legal.PostAsync($"{path}?handler=Reveal", token, ("Purpose", "legal_proceedings"), ("Justification", "Preparing the court file (test data)."));
        string copy = await Html(shown);
        Assert.Equal(HttpStatusCode.OK, shown.StatusCode);
        Assert.Contains("id=\"preserved-copy\"", copy, Exact);
        Assert.Contains("<figure class=\"media blurred grey\" id=\"preserved-media\">", copy, Exact);
        Assert.Contains("src=\"data:image/jpeg;base64,", copy, Exact);
        Assert.Contains("data-reveal=\"preserved-media\"", copy, Exact);
        Assert.Contains("صورة تجريبية (test data caption)", copy, Exact);
        Assert.Contains("id=\"copy-integrity\" class=\"valid\"", copy, Exact);
        Assert.Contains("Preparing the court file (test data).", copy, Exact);

        var log = Assert.Single(await AccessLogAsync(seeded.CourtHold));
        Assert.Equal("legal_proceedings: Preparing the court file (test data).", log.Purpose);
        Assert.Equal("reveal-counsel", log.ActorName);
        var audit = await factory.WithAsync(sp => sp.GetRequiredService<AuditReader>().ListAsync(
            new AuditQuery("preservation_hold", seeded.CourtHold.ToString(CultureInfo.InvariantCulture), "preservation_hold.accessed"), CancellationToken.None));
        var accessed = Assert.Single(audit);
        Assert.Equal($"user:{user.Id}:reveal-counsel", accessed.ActorName);
        Assert.Equal("Preparing the court file (test data).", accessed.Reason);

        string after = await legal.PageAsync(path);
        Assert.DoesNotContain("id=\"preserved-copy\"", after, Exact);
        Assert.Contains("legal_proceedings: Preparing the court file (test data).", after, Exact);

        string letter = await legal.PageAsync($"/holds/{seeded.LetterHold}");
        string text = await Html(await legal.PostAsync($"/holds/{seeded.LetterHold}?handler=Reveal", ConsoleClient.Token(letter),
            ("Purpose", "investigation"), ("Justification", "Answering the preservation letter (test data).")));
        Assert.Contains($"<div class=\"content\" dir=\"auto\" id=\"preserved-text\">{seeded.Text}</div>", text, Exact);
    }

    [Fact]
    public async Task HoldMetadata_ForAuditorAndAdmin_WithoutTheCopyOrActions_AndForbiddenToModeratorAndAuthority()
    {
        var seeded = await LegalSeed.SeedAsync(factory.ClientFor, "holdroles", 42);
        string path = $"/holds/{seeded.CourtHold}";
        foreach (string role in new[] { Roles.Auditor, Roles.Admin })
        {
            using var client = await factory.SignedInAsync("holdroles-" + role, role);
            string list = await client.PageAsync("/holds");
            Assert.Contains($"href=\"{path}\"", list, Exact);
            Assert.DoesNotContain("id=\"hold-form\"", list, Exact);
            string page = await client.PageAsync(path);
            Assert.Contains("District court (test data)", page, Exact);
            Assert.DoesNotContain("id=\"reveal-form\"", page, Exact);
            Assert.DoesNotContain("id=\"extend-form\"", page, Exact);
            Assert.DoesNotContain("id=\"release-form\"", page, Exact);
            var reveal = await client.PostAsync($"{path}?handler=Reveal", ConsoleClient.Token(page), ("Purpose", "legal_proceedings"), ("Justification", "test data"));
            Assert.Equal(HttpStatusCode.Forbidden, reveal.StatusCode);
        }

        Assert.Empty(await AccessLogAsync(seeded.CourtHold));
        using var moderator = await factory.SignedInAsync("holdroles-moderator", Roles.Moderator);
        Assert.Equal(HttpStatusCode.Forbidden, (await moderator.GetAsync("/holds")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await moderator.GetAsync(path)).StatusCode);
        using var authority = await factory.SignedInAsync("holdroles-authority", Roles.Authority, seeded.AuthorityA);
        Assert.Equal(HttpStatusCode.Forbidden, (await authority.GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task Holds_AreFiltered_PlacedByHand_ExtendedAndReleasedWithReasons()
    {
        var seeded = await LegalSeed.SeedAsync(factory.ClientFor, "holdwork", 43);
        using var legal = await factory.SignedInAsync("holdwork-counsel", Roles.Legal);
        string courts = await legal.PageAsync("/holds?basis=court_order");
        Assert.Contains($"href=\"/holds/{seeded.CourtHold}\"", courts, Exact);
        Assert.DoesNotContain($"href=\"/holds/{seeded.LetterHold}\"", courts, Exact);
        string letters = await legal.PageAsync("/holds?basis=us_2703f");
        Assert.Contains($"href=\"/holds/{seeded.LetterHold}\"", letters, Exact);
        Assert.Contains($"href=\"/data-requests/{seeded.PreservationLetter}\"", letters, Exact);

        string token = ConsoleClient.Token(courts);
        string item = seeded.TextItemId.ToString(CultureInfo.InvariantCulture);
        string refused = await Html(await legal.PostAsync("/holds", token, ("ItemId", item), ("Basis", "us_2703f")));
        Assert.Contains("id=\"error\"", refused, Exact);
        Assert.Contains("dataRequestId", refused, Exact);
        var placed = await legal.PostAsync("/holds", token, ("ItemId", item), ("Basis", "internal_legal_hold"), ("Reference", "Matter 7 (test data)"),
            ("Purposes", "legal_proceedings"), ("UntilDate", "2030-06-30"));
        Assert.Equal(HttpStatusCode.Redirect, placed.StatusCode);
        string held = await legal.PageAsync(placed.Headers.Location!.OriginalString);
        Assert.Contains("id=\"hold-status\">active", held, Exact);
        Assert.Contains("id=\"hold-expires\"><bdi>2030-06-30 00:00 UTC", held, Exact);

        string path = $"/holds/{seeded.CourtHold}";
        string page = await legal.PageAsync(path);
        token = ConsoleClient.Token(page);
        var noReason = await legal.PostAsync($"{path}?handler=Extend", token, ("RequestedBy", "District court (test data)"), ("Until", "2031-01-31"));
        Assert.Contains("class=\"message error\"", await legal.PageAsync(noReason.Headers.Location!.OriginalString), Exact);
        Assert.DoesNotContain("2031-01-31", await legal.PageAsync(path), Exact);
        await legal.PostAsync($"{path}?handler=Extend", token, ("RequestedBy", "District court (test data)"), ("Until", "2031-01-31"), ("Reason", "The trial was adjourned (test data)."));
        string extended = await legal.PageAsync(path);
        Assert.Contains("id=\"hold-status\">extended", extended, Exact);
        Assert.Contains("id=\"hold-expires\"><bdi>2031-01-31 00:00 UTC", extended, Exact);
        Assert.Contains("The trial was adjourned (test data).", extended, Exact);

        await legal.PostAsync($"{path}?handler=Release", token, ("Reason", "The case was settled (test data)."));
        string released = await legal.PageAsync(path);
        Assert.Contains("id=\"hold-status\">released", released, Exact);
        Assert.Contains("The case was settled (test data).", released, Exact);
        Assert.DoesNotContain("id=\"reveal-form\"", released, Exact);
        Assert.DoesNotContain("id=\"release-form\"", released, Exact);
    }

    [Fact]
    public async Task Referral_ShowsReferrerAndCases_AndItsOutcomeIsStatedByHand()
    {
        var seeded = await LegalSeed.SeedAsync(factory.ClientFor, "answer", 44);
        var user = factory.User("answer-counsel", Roles.Legal);
        using var legal = await factory.SignedInAsync("answer-counsel", Roles.Legal);
        string list = await legal.PageAsync("/referrals?status=received");
        Assert.Contains($"href=\"/referrals/{seeded.ReferralA}\"", list, Exact);
        Assert.Contains($"href=\"/referrals/{seeded.ReferralB}\"", list, Exact);
        Assert.DoesNotContain($"href=\"/referrals/{seeded.ReferralA}\"", await legal.PageAsync("/referrals?status=answered"), Exact);

        string path = $"/referrals/{seeded.ReferralA}";
        string page = await legal.PageAsync(path);
        Assert.Contains("answer referral unit (test data)", page, Exact);
        Assert.Contains("https://platform.example/p/answer-legal-text", page, Exact);
        Assert.Contains($"<span class=\"tag\">#{seeded.TextItemId}</span>", page, Exact);
        Assert.DoesNotContain($"href=\"/cases/{seeded.ReferralCaseId}\"", page, Exact);
        Assert.Contains("id=\"answer-form\"", page, Exact);
        using var moderator = await factory.SignedInAsync("answer-moderator", Roles.Moderator);
        Assert.Contains($"href=\"/cases/{seeded.ReferralCaseId}\"", await moderator.PageAsync(path), Exact);

        string token = ConsoleClient.Token(page);
        var noClause = await legal.PostAsync(path, token, ("Outcome", "no_violation"), ("Reasons", "Test data: nothing found."));
        Assert.Contains("assessedAgainst", await legal.PageAsync(noClause.Headers.Location!.OriginalString), Exact);
        Assert.Contains("id=\"referral-status\">received", await legal.PageAsync(path), Exact);

        var answered = await legal.PostAsync(path, token, ("Outcome", "needs_info"), ("Reasons", "Test data: please send the full context of the post."));
        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);
        string after = await legal.PageAsync(answered.Headers.Location!.OriginalString);
        Assert.Contains("id=\"referral-status\">answered", after, Exact);
        Assert.Contains("id=\"referral-outcome-value\">more information needed", after, Exact);
        Assert.Contains("Test data: please send the full context of the post.", after, Exact);
        Assert.DoesNotContain("id=\"answer-form\"", after, Exact);
        var audit = await factory.WithAsync(sp => sp.GetRequiredService<AuditReader>().ListAsync(
            new AuditQuery("referral", seeded.ReferralA.ToString(CultureInfo.InvariantCulture), "referral.answered"), CancellationToken.None));
        Assert.Equal($"user:{user.Id}:answer-counsel", Assert.Single(audit).ActorName);
    }

    [Fact]
    public async Task DataRequest_ReviewNeedsALegalBasis_ThenTheDisclosureIsCompiled()
    {
        var seeded = await LegalSeed.SeedAsync(factory.ClientFor, "review", 45);
        using var legal = await factory.SignedInAsync("review-counsel", Roles.Legal);
        string list = await legal.PageAsync("/data-requests?processType=subpoena");
        Assert.Contains($"href=\"/data-requests/{seeded.RequestA}\"", list, Exact);
        Assert.DoesNotContain($"href=\"/data-requests/{seeded.PreservationLetter}\"", list, Exact);
        Assert.Contains($"href=\"/holds/{seeded.LetterHold}\"", await legal.PageAsync($"/data-requests/{seeded.PreservationLetter}"), Exact);

        string path = $"/data-requests/{seeded.RequestA}";
        string page = await legal.PageAsync(path);
        Assert.Contains("Agency A (test data)", page, Exact);
        Assert.Contains("basic subscriber information", page, Exact);
        Assert.Contains("id=\"request-nondisclosure\">The user is not told before 2030-01-01 00:00 UTC.", page, Exact);
        Assert.Contains("id=\"review-form\"", page, Exact);
        Assert.DoesNotContain("id=\"disclosure\"", page, Exact);

        string token = ConsoleClient.Token(page);
        var noBasis = await legal.PostAsync(path, token, ("Outcome", "approved"));
        Assert.Contains("legalBasis", await legal.PageAsync(noBasis.Headers.Location!.OriginalString), Exact);
        Assert.Contains("id=\"request-status\">awaiting review", await legal.PageAsync(path), Exact);

        var approved = await legal.PostAsync(path, token, ("Outcome", "approved"), ("LegalBasis", "18 U.S.C. 2703(c)(2) (test data)"), ("Notes", "Test data."));
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        string after = await legal.PageAsync(path);
        Assert.Contains("id=\"request-status\">disclosed", after, Exact);
        Assert.Contains("id=\"request-outcome\">approved", after, Exact);
        Assert.Contains("id=\"disclosure\"", after, Exact);
        Assert.Contains($"<div class=\"content\" dir=\"auto\">{seeded.Text}</div>", after, Exact);
        Assert.Contains("acct-review-7", after, Exact);
        Assert.DoesNotContain("id=\"review-form\"", after, Exact);

        using var authority = await factory.SignedInAsync("review-authority", Roles.Authority, seeded.AuthorityA);
        string own = await authority.PageAsync(path);
        Assert.Contains("id=\"disclosure\"", own, Exact);
        Assert.DoesNotContain("Agency A (test data)", own, Exact);
        Assert.DoesNotContain("id=\"review-form\"", own, Exact);
    }

    [Fact]
    public async Task Authority_SeesOnlyItsOwnRecords_AsStatus_WithoutActionForms()
    {
        var seeded = await LegalSeed.SeedAsync(factory.ClientFor, "own", 46);
        using var authority = await factory.SignedInAsync("own-authority", Roles.Authority, seeded.AuthorityA);
        string referrals = await authority.PageAsync("/referrals");
        Assert.Contains($"href=\"/referrals/{seeded.ReferralA}\"", referrals, Exact);
        Assert.DoesNotContain($"href=\"/referrals/{seeded.ReferralB}\"", referrals, Exact);
        Assert.Equal(HttpStatusCode.NotFound, (await authority.GetAsync($"/referrals/{seeded.ReferralB}")).StatusCode);
        string referral = await authority.PageAsync($"/referrals/{seeded.ReferralA}");
        Assert.Contains("id=\"referral-status\">received", referral, Exact);
        Assert.DoesNotContain("id=\"referral-cases\"", referral, Exact);
        Assert.DoesNotContain($"#{seeded.TextItemId}<", referral, Exact);
        Assert.DoesNotContain("id=\"answer-form\"", referral, Exact);

        string requests = await authority.PageAsync("/data-requests");
        Assert.Contains($"href=\"/data-requests/{seeded.RequestA}\"", requests, Exact);
        Assert.DoesNotContain($"href=\"/data-requests/{seeded.RequestB}\"", requests, Exact);
        Assert.Equal(HttpStatusCode.NotFound, (await authority.GetAsync($"/data-requests/{seeded.RequestB}")).StatusCode);
        string request = await authority.PageAsync($"/data-requests/{seeded.RequestA}");
        Assert.Contains("id=\"request-status\">awaiting review", request, Exact);
        Assert.DoesNotContain("id=\"request-categories\"", request, Exact);
        Assert.DoesNotContain("acct-own-7", request, Exact);
        Assert.DoesNotContain("id=\"review-form\"", request, Exact);
        Assert.Equal(HttpStatusCode.Forbidden, (await authority.GetAsync("/holds")).StatusCode);

        string token = ConsoleClient.Token(request);
        Assert.Equal(HttpStatusCode.Forbidden, (await authority.PostAsync($"/referrals/{seeded.ReferralA}", token, ("Outcome", "needs_info"), ("Reasons", "test data"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await authority.PostAsync($"/data-requests/{seeded.RequestA}", token, ("Outcome", "rejected"))).StatusCode);
        using var legal = await factory.SignedInAsync("own-counsel", Roles.Legal);
        Assert.Contains("id=\"referral-status\">received", await legal.PageAsync($"/referrals/{seeded.ReferralA}"), Exact);
        Assert.Contains("id=\"request-status\">awaiting review", await legal.PageAsync($"/data-requests/{seeded.RequestA}"), Exact);
    }

    [Fact]
    public async Task Moderator_AnswersReferrals_ButIsForbiddenDataRequestsAndHolds_AuditorReadsWithoutActing()
    {
        var seeded = await LegalSeed.SeedAsync(factory.ClientFor, "modrole", 47);
        using var moderator = await factory.SignedInAsync("modrole-moderator", Roles.Moderator);
        Assert.Contains("id=\"answer-form\"", await moderator.PageAsync($"/referrals/{seeded.ReferralA}"), Exact);
        foreach (string path in new[] { "/data-requests", $"/data-requests/{seeded.RequestA}", "/holds", $"/holds/{seeded.CourtHold}" })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await moderator.GetAsync(path)).StatusCode);
        }

        using var auditor = await factory.SignedInAsync("modrole-auditor", Roles.Auditor);
        string referral = await auditor.PageAsync($"/referrals/{seeded.ReferralA}");
        Assert.DoesNotContain("id=\"answer-form\"", referral, Exact);
        Assert.Contains($"href=\"/cases/{seeded.ReferralCaseId}\"", referral, Exact);
        string request = await auditor.PageAsync($"/data-requests/{seeded.RequestA}");
        Assert.Contains("Agency A (test data)", request, Exact);
        Assert.DoesNotContain("id=\"review-form\"", request, Exact);
        var refused = await auditor.PostAsync($"/data-requests/{seeded.RequestA}", ConsoleClient.Token(request), ("Outcome", "rejected"));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("id=\"request-status\">awaiting review", await auditor.PageAsync($"/data-requests/{seeded.RequestA}"), Exact);
    }

    private Task<IReadOnlyList<PreservationAccessView>> AccessLogAsync(long hold) =>
        factory.WithAsync(sp => sp.GetRequiredService<PreservationService>().AccessLogAsync(hold, CancellationToken.None));

    private static Task<string> Html(HttpResponseMessage response) => response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
}
