using Mizan.Data.Keys;
using Mizan.Server.Tests;
using Mizan.Tests.Shared;

namespace Mizan.Console.Tests;

/// <summary>
/// Banks and transparency reports in a real browser (browser/banks-flow.mjs, run by <see cref="BrowserHarness"/>): upload
/// an entry, find it by hash, retract it with a reason; generate a report and see its charts, in English and Arabic.
/// </summary>
public sealed class BankBrowserTests
{
    [Fact]
    public async Task BanksAndReportsFlow_InHeadlessChromium()
    {
        using var folder = new TempDirectory();
        string image = Path.Combine(folder.Path, "upload.jpg");
        await File.WriteAllBytesAsync(image, TestImages.Jpeg(240, 240, 71), TestContext.Current.CancellationToken);
        await BrowserHarness.RunAsync("banks-flow.mjs", async run =>
        {
            var admin = run.ClientFor(Roles.Admin);
            (await admin.PostJsonAsync("/v1/banks", new { name = "browser-bank", description = "بنك تجريبي (test data)" })).EnsureSuccessStatusCode();
            (await admin.PostJsonAsync("/v1/banks/browser-bank/entries", new { id = "seeded", md5 = "00112233445566778899aabbccddeeff", labels = new[] { "test-data" } })).EnsureSuccessStatusCode();
            await run.UserAsync("amira", Roles.Moderator);
            await run.UserAsync("omar", Roles.Auditor);
            return new Dictionary<string, string>
            {
                ["MIZAN_BANK"] = "browser-bank", ["MIZAN_BANK_IMAGE"] = image, ["MIZAN_MODERATOR"] = "amira", ["MIZAN_AUDITOR"] = "omar",
            };
        }, ["banks", "bank-search", "reports", "report", "report-arabic"]);
    }
}
