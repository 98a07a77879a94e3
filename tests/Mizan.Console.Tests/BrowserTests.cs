using System.Globalization;
using Mizan.Data.Keys;

namespace Mizan.Console.Tests;

/// <summary>
/// The review flow in a real browser (browser/console-flow.mjs, run by <see cref="BrowserHarness"/>): sign in, take a
/// case from the queue, reveal a blurred image, decide with a statement of reasons, find the decision in the audit
/// view, reverse it as an appeals reviewer, switch to Arabic.
/// </summary>
public sealed class BrowserTests
{
    [Fact]
    public Task ReviewFlow_InHeadlessChromium() =>
        BrowserHarness.RunAsync("console-flow.mjs", async run =>
        {
            var seeded = await ModerationSeed.SeedAsync(run.ClientFor, "browser", 31);
            var moderator = await run.UserAsync("amira", Roles.Moderator);
            await run.UserAsync("layla", Roles.AppealsReviewer);
            await run.UserAsync("omar", Roles.Auditor);
            return new Dictionary<string, string>
            {
                ["MIZAN_IMAGE_CASE"] = seeded.ImageCaseId.ToString(CultureInfo.InvariantCulture),
                ["MIZAN_INTEGRATION_KEY"] = run.KeyFor(Roles.Integration), ["MIZAN_MODERATOR"] = "amira",
                ["MIZAN_MODERATOR_ID"] = moderator.Id.ToString(CultureInfo.InvariantCulture),
                ["MIZAN_REVIEWER"] = "layla", ["MIZAN_AUDITOR"] = "omar",
            };
        }, ["queue", "case-blurred", "case-revealed", "case-statement-preview", "audit", "appeals", "appeal-reversed", "appeals-arabic", "case-arabic"]);
}
