using Mizan.Data.Keys;
using Mizan.Server.Tests;
using Mizan.Tests.Shared;

namespace Mizan.Console.Tests;

/// <summary>The case view's prior decisions: decisions on other items with the same media hash or the same exact text.</summary>
public sealed class PriorDecisionsTests(ConsoleAppFactory factory) : IClassFixture<ConsoleAppFactory>
{
    [Fact]
    public async Task CaseView_ListsDecisionsOnTheSameFileAndTheSameText_WithActionGroundDateAndLink()
    {
        var seeded = await ModerationSeed.SeedAsync(factory, "prior", 61);
        await DecideAsync(seeded.ImageCaseId, "remove", "Regulation (EU) 2021/784 Art. 2(7) (test data)");
        await DecideAsync(seeded.TextCaseId, "keep", null);
        var platform = factory.ClientFor(Roles.Integration);
        long sameImage = ModerationSeed.CaseId(await (await platform.PostFileAsync("/v1/items", TestImages.Jpeg(256, 256, 61), "image/jpeg", new Dictionary<string, string>
        {
            ["id"] = "prior-image-again", ["type"] = "image", ["language"] = "ar", ["uploaderRef"] = "acct-2001", ["accountType"] = "private",
        })).JsonAsync());
        long sameText = ModerationSeed.CaseId(await (await platform.PostJsonAsync("/v1/items", new
        {
            id = "prior-text-again", type = "text", language = "ar", text = "خبر عاجل: " + seeded.KnownText + " المزيد لاحقًا.",
            uploader = new { @ref = "acct-2002", accountType = "private" },
        })).JsonAsync());
        using var client = await factory.SignedInAsync("prior-mod", Roles.Moderator);

        string image = BankPagesTests.Section(await client.PageAsync($"/cases/{sameImage}"), "prior-decisions");
        Assert.Contains($"<a href=\"/cases/{seeded.ImageCaseId}\">", image, StringComparison.Ordinal);
        Assert.Contains("<strong>Remove</strong>", image, StringComparison.Ordinal);
        Assert.Contains("<bdi>Regulation (EU) 2021/784 Art. 2(7) (test data)</bdi>", image, StringComparison.Ordinal);
        Assert.Contains("SHA-256 of the file", image, StringComparison.Ordinal);
        Assert.Contains(DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), image, StringComparison.Ordinal);
        Assert.DoesNotContain("<strong>Keep</strong>", image, StringComparison.Ordinal);

        string text = BankPagesTests.Section(await client.PageAsync($"/cases/{sameText}"), "prior-decisions");
        Assert.Contains($"<a href=\"/cases/{seeded.TextCaseId}\">", text, StringComparison.Ordinal);
        Assert.Contains("<strong>Keep</strong>", text, StringComparison.Ordinal);
        Assert.Contains("the exact text", text, StringComparison.Ordinal);
        Assert.DoesNotContain($"/cases/{seeded.ImageCaseId}\"", text, StringComparison.Ordinal);

        string original = BankPagesTests.Section(await client.PageAsync($"/cases/{seeded.ImageCaseId}"), "prior-decisions");
        Assert.Contains("No decisions on the same content elsewhere.", original, StringComparison.Ordinal);
    }

    private async Task DecideAsync(long caseId, string action, string? groundReference)
    {
        var moderator = factory.ClientFor(Roles.Moderator);
        (await moderator.PostJsonAsync($"/v1/cases/{caseId}/claim", new { })).EnsureSuccessStatusCode();
        var decided = await moderator.PostJsonAsync($"/v1/cases/{caseId}/decision", new
        {
            action, ground = groundReference is null ? null : "illegal", groundReference, explanation = "test data", exemptionConsidered = "none",
        });
        Assert.True(decided.IsSuccessStatusCode, await decided.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }
}
