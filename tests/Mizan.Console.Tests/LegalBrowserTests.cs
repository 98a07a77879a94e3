using System.Globalization;
using Mizan.Data.Keys;

namespace Mizan.Console.Tests;

/// <summary>
/// The legal officer's flow in a real browser (browser/legal-flow.mjs, run by <see cref="BrowserHarness"/>): open a
/// preservation hold, state the purpose and the justification, read the copy and reveal its image, review a data
/// request, switch to Arabic. The records are made through the API with keys (<see cref="LegalSeed"/>).
/// </summary>
public sealed class LegalBrowserTests
{
    [Fact]
    public Task LegalFlow_InHeadlessChromium() =>
        BrowserHarness.RunAsync("legal-flow.mjs", async run =>
        {
            var seeded = await LegalSeed.SeedAsync(run.ClientFor, "browser", 51);
            await run.UserAsync("nadia", Roles.Legal);
            return new Dictionary<string, string>
            {
                ["MIZAN_LEGAL"] = "nadia",
                ["MIZAN_COURT_HOLD"] = seeded.CourtHold.ToString(CultureInfo.InvariantCulture),
                ["MIZAN_DATA_REQUEST"] = seeded.RequestA.ToString(CultureInfo.InvariantCulture),
                ["MIZAN_REFERRAL"] = seeded.ReferralA.ToString(CultureInfo.InvariantCulture),
            };
        }, ["referrals", "holds", "hold-revealed", "data-request", "holds-arabic"]);
}
