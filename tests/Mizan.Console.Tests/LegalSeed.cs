using System.Text.Json;
using Mizan.Data.Keys;
using Mizan.Server.Tests;
using Mizan.Tests.Shared;

namespace Mizan.Console.Tests;

/// <summary>
/// The legal records the console's legal pages show, made through the real API with keys (all test data): two
/// authority organisations; a platform text item (Arabic news prose) and an image item; for the first authority a
/// referral naming the text item (which opens a case), a subpoena for subscriber data and content, and a
/// preservation letter (which places a 2703(f) hold on the text item); for the second authority a referral and a
/// data request of its own; and a court-order hold on the image item.
/// </summary>
internal static class LegalSeed
{
    public static async Task<LegalSeeded> SeedAsync(Func<string, HttpClient> clientFor, string prefix, int seed)
    {
        var admin = clientFor(Roles.Admin);
        int orgA = await OrganisationAsync(admin, $"{prefix} referral unit (test data)");
        int orgB = await OrganisationAsync(admin, $"{prefix} other authority (test data)");

        var platform = clientFor(Roles.Integration);
        string url = $"https://platform.example/p/{prefix}-legal-text";
        string text = TestTexts.Read("news-ar-2.txt");
        long textItem = Id(await Created(platform.PostJsonAsync("/v1/items", new
        {
            id = prefix + "-legal-text", type = "text", language = "ar", text, url, postedAt = "2026-11-01T10:00:00Z",
            uploader = new { @ref = $"acct-{prefix}-7", accountType = "private" },
        })));
        long imageItem = Id(await Created(platform.PostFileAsync("/v1/items", TestImages.Jpeg(200, 200, seed), "image/jpeg", new Dictionary<string, string>
        {
            ["id"] = prefix + "-legal-image", ["type"] = "image", ["url"] = $"https://platform.example/p/{prefix}-legal-image",
            ["uploaderRef"] = $"acct-{prefix}-8", ["accountType"] = "private", ["caption"] = "صورة تجريبية (test data caption)",
        })));

        var legal = clientFor(Roles.Legal);
        var referralA = await Created(legal.PostJsonAsync("/v1/referrals", new
        {
            organisationId = orgA, channel = "email", referrerType = "national_iru", reference = $"{prefix}-IRU-1", urls = new[] { url },
            reasons = "Test data: the referrer believes the post breaks the terms.", allegedClause = "Terms 4.2",
        }));
        long referralB = Id(await Created(legal.PostJsonAsync("/v1/referrals", new
        {
            organisationId = orgB, channel = "post", reference = $"{prefix}-OTHER-1", urls = new[] { "https://elsewhere.example/unknown" },
            reasons = "Test data: a referral of the other authority.",
        })));
        long requestA = Id(await Created(legal.PostJsonAsync("/v1/data-requests", new
        {
            organisationId = orgA, channel = "email", jurisdiction = "US", agency = "Agency A (test data)", processType = "subpoena",
            reference = $"{prefix}-SUB-1", dataCategories = new[] { "basic_subscriber_information", "content" }, itemIds = new[] { textItem },
            nonDisclosureUntil = "2030-01-01T00:00:00Z",
        })));
        long requestB = Id(await Created(legal.PostJsonAsync("/v1/data-requests", new
        {
            organisationId = orgB, channel = "post", jurisdiction = "DE", agency = "Agency B (test data)", processType = "other",
            reference = $"{prefix}-OTHER-2", dataCategories = new[] { "non_content" }, accountRefs = new[] { $"acct-{prefix}-8" },
        })));
        long letter = Id(await Created(legal.PostJsonAsync("/v1/data-requests", new
        {
            organisationId = orgA, channel = "email", jurisdiction = "US", agency = "Agency A (test data)", processType = "preservation_letter",
            reference = $"{prefix}-PL-1", itemIds = new[] { textItem },
        })));
        long courtHold = Id(await Created(legal.PostJsonAsync("/v1/preservation-holds", new
        {
            itemId = imageItem, basis = "court_order", requestingAuthority = "District court (test data)", reference = $"{prefix}-COURT-1",
            purposes = new[] { "legal_proceedings", "investigation" },
        })));
        var holds = await (await legal.GetPathAsync($"/v1/preservation-holds?dataRequestId={letter}")).JsonAsync();
        long letterHold = Assert.Single(holds.GetProperty("items").EnumerateArray()).GetProperty("id").GetInt64();
        long caseId = referralA.GetProperty("caseIds")[0].GetInt64();
        return new LegalSeeded(orgA, orgB, textItem, imageItem, text, Id(referralA), referralB, caseId, requestA, requestB, letter, courtHold, letterHold);
    }

    private static async Task<int> OrganisationAsync(HttpClient admin, string name) =>
        (int)Id(await Created(admin.PostJsonAsync("/v1/organisations", new { name, kind = "authority", memberState = "DE" })));

    private static async Task<JsonElement> Created(Task<HttpResponseMessage> call)
    {
        var response = await call;
        string body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"{response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private static long Id(JsonElement created) => created.GetProperty("id").GetInt64();
}

/// <summary>What <see cref="LegalSeed"/> made.</summary>
internal sealed record LegalSeeded(
    int AuthorityA, int AuthorityB, long TextItemId, long ImageItemId, string Text, long ReferralA, long ReferralB, long ReferralCaseId,
    long RequestA, long RequestB, long PreservationLetter, long CourtHold, long LetterHold);
