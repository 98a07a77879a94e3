using System.Diagnostics;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Mizan.Data.Accounts;
using Mizan.Data.Audit;
using Mizan.Data.Keys;
using Mizan.Server;
using Mizan.Tests.Shared;

namespace Mizan.Console.Tests;

/// <summary>
/// The console in a real browser: the real app (as <c>mizan serve</c> builds it) on a real Kestrel port, and
/// headless Chromium driven by playwright-core (browser/console-flow.mjs): sign in, take a case from the queue,
/// reveal a blurred image, decide with a statement of reasons, find the decision in the audit view, reverse it as an
/// appeals reviewer, switch to Arabic. Screenshots go to browser-artifacts/ under the test output folder.
/// Without Chromium, node or the npm packages the test is skipped, unless MIZAN_BROWSER_TESTS=required (as .ci/run
/// sets it), when it fails instead.
/// </summary>
public sealed class BrowserTests
{
    private const string Required = "MIZAN_BROWSER_TESTS";

    [Fact]
    public async Task ReviewFlow_InHeadlessChromium()
    {
        string? scripts = BrowserFolder();
        string chromium = Environment.GetEnvironmentVariable("MIZAN_CHROMIUM") ?? "/usr/bin/chromium";
        string? missing = scripts is null ? "tests/Mizan.Console.Tests/browser is not found above the test output folder"
            : !File.Exists(chromium) ? $"Chromium is not at {chromium} (apt-get install chromium)"
            : FindNode() is null ? "node is not on the PATH"
            : !Directory.Exists(Path.Combine(scripts, "node_modules", "playwright-core")) ? $"playwright-core is not installed (run npm ci in {scripts})"
            : null;
        if (missing is not null)
        {
            Assert.False(string.Equals(Environment.GetEnvironmentVariable(Required), "required", StringComparison.Ordinal), $"{Required}=required but {missing}.");
            Assert.Skip($"Browser test skipped: {missing}.");
        }

        using var data = new TempDirectory();
        using var database = TestDatabase.Create();
        var settings = new List<string> { "--urls=http://127.0.0.1:0", $"--Database:DataDirectory={data.Path}", "--Webhooks:Enabled=false" };
        settings.AddRange(database.Settings.Select(s => $"--{s.Key}={s.Value}"));
        await using var app = MizanApp.Build([.. settings]);
        await app.StartAsync(TestContext.Current.CancellationToken);
        try
        {
            string url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
            var keys = new Dictionary<string, string>(StringComparer.Ordinal);
            HttpClient ClientFor(string role)
            {
                if (!keys.TryGetValue(role, out string? key))
                {
                    using var scope = app.Services.CreateScope();
                    key = scope.ServiceProvider.GetRequiredService<ApiKeyService>().CreateAsync("browser " + role, role, CancellationToken.None).GetAwaiter().GetResult().Key;
                    keys[role] = key;
                }

                var client = new HttpClient { BaseAddress = new Uri(url) };
                client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
                return client;
            }

            var seeded = await ModerationSeed.SeedAsync(ClientFor, "browser", 31);
            ClientFor(Roles.Integration).Dispose();
            UserView moderator;
            using (var scope = app.Services.CreateScope())
            {
                var users = scope.ServiceProvider.GetRequiredService<UserService>();
                var system = AuditActor.System("test");
                moderator = await users.CreateAsync("amira", Roles.Moderator, 1, ConsoleAppFactory.Password, "en", system, CancellationToken.None);
                await users.CreateAsync("layla", Roles.AppealsReviewer, 1, ConsoleAppFactory.Password, "en", system, CancellationToken.None);
                await users.CreateAsync("omar", Roles.Auditor, 1, ConsoleAppFactory.Password, "en", system, CancellationToken.None);
            }

            string artifacts = Path.Combine(AppContext.BaseDirectory, "browser-artifacts");
            var start = new ProcessStartInfo(FindNode()!, "console-flow.mjs")
            {
                WorkingDirectory = scripts!,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                Environment =
                {
                    ["MIZAN_URL"] = url, ["MIZAN_ARTIFACTS"] = artifacts, ["MIZAN_PASSWORD"] = ConsoleAppFactory.Password,
                    ["MIZAN_CHROMIUM"] = chromium, ["MIZAN_IMAGE_CASE"] = seeded.ImageCaseId.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    ["MIZAN_INTEGRATION_KEY"] = keys[Roles.Integration], ["MIZAN_MODERATOR"] = "amira",
                    ["MIZAN_MODERATOR_ID"] = moderator.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    ["MIZAN_REVIEWER"] = "layla", ["MIZAN_AUDITOR"] = "omar",
                },
            };
            using var node = Process.Start(start)!;
            var stdout = node.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
            var stderr = node.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(90));
            try
            {
                await node.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                node.Kill(entireProcessTree: true);
                throw;
            }

            string log = await stdout + await stderr;
            TestContext.Current.TestOutputHelper?.WriteLine(log);
            TestContext.Current.TestOutputHelper?.WriteLine($"Screenshots: {artifacts}");
            System.Console.WriteLine($"Browser test screenshots: {artifacts}");
            Assert.True(node.ExitCode == 0, log);
            Assert.Contains("ok", log.Split('\n').Select(l => l.Trim()));
            foreach (string shot in new[] { "queue", "case-blurred", "case-revealed", "case-statement-preview", "audit", "appeals", "appeal-reversed", "appeals-arabic", "case-arabic" })
            {
                Assert.True(new FileInfo(Path.Combine(artifacts, shot + ".png")).Length > 1000, shot);
            }
        }
        finally
        {
            await app.StopAsync(CancellationToken.None);
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        }
    }

    /// <summary>The folder of the browser script and its npm packages, found above the test output folder.</summary>
    private static string? BrowserFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "tests", "Mizan.Console.Tests", "browser");
            if (File.Exists(Path.Combine(candidate, "console-flow.mjs")))
            {
                return candidate;
            }
        }

        return null;
    }

    private static string? FindNode() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(dir => Path.Combine(dir, "node")).FirstOrDefault(File.Exists);
}
