using System.Diagnostics;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
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
/// Runs one browser script of browser/ against the real app (as <c>mizan serve</c> builds it) on a real Kestrel port,
/// in headless Chromium driven by playwright-core. The test seeds its data through <see cref="BrowserRun"/> and passes
/// what the script needs in its environment; the script prints one line per step and "ok" at the end, and saves its
/// screenshots to browser-artifacts/ under the test output folder. Without Chromium, node or the npm packages the
/// test is skipped, unless MIZAN_BROWSER_TESTS=required (as .ci/run sets it), when it fails instead.
/// </summary>
internal static class BrowserHarness
{
    private const string Required = "MIZAN_BROWSER_TESTS";

    /// <summary>
    /// Starts the app, lets <paramref name="seed"/> make the script's data and environment, runs
    /// <paramref name="script"/> and checks that it said "ok" and saved every screenshot in <paramref name="shots"/>.
    /// </summary>
    public static async Task RunAsync(string script, Func<BrowserRun, Task<Dictionary<string, string>>> seed, IEnumerable<string> shots, params string[] settings)
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
        var arguments = new List<string> { "--urls=http://127.0.0.1:0", $"--Database:DataDirectory={data.Path}", "--Webhooks:Enabled=false" };
        arguments.AddRange(database.Settings.Select(s => $"--{s.Key}={s.Value}"));
        arguments.AddRange(settings);
        await using var app = MizanApp.Build([.. arguments]);
        await app.StartAsync(TestContext.Current.CancellationToken);
        try
        {
            string url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
            using var run = new BrowserRun(app, url);
            var environment = await seed(run);
            string artifacts = Path.Combine(AppContext.BaseDirectory, "browser-artifacts");
            var start = new ProcessStartInfo(FindNode()!, script)
            {
                WorkingDirectory = scripts!,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                Environment =
                {
                    ["MIZAN_URL"] = url, ["MIZAN_ARTIFACTS"] = artifacts, ["MIZAN_PASSWORD"] = ConsoleAppFactory.Password,
                    ["MIZAN_CHROMIUM"] = chromium,
                },
            };
            foreach (var (name, value) in environment)
            {
                start.Environment[name] = value;
            }

            using var node = Process.Start(start)!;
            var stdout = node.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
            var stderr = node.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(120));
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
            System.Console.WriteLine($"Browser test {script} screenshots: {artifacts}");
            Assert.True(node.ExitCode == 0, log);
            Assert.Contains("ok", log.Split('\n').Select(l => l.Trim()));
            foreach (string shot in shots)
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

    /// <summary>The folder of the browser scripts and their npm packages, found above the test output folder.</summary>
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

/// <summary>The running app of a browser test: its URL, API clients by role, and console users.</summary>
internal sealed class BrowserRun(WebApplication app, string url) : IDisposable
{
    private readonly Dictionary<string, string> _keys = new(StringComparer.Ordinal);
    private readonly List<HttpClient> _clients = [];

    /// <summary>The server's address.</summary>
    public string Url => url;

    /// <summary>The app's services.</summary>
    public IServiceProvider Services => app.Services;

    /// <summary>The API key of <paramref name="role"/> (made once).</summary>
    public string KeyFor(string role)
    {
        if (!_keys.TryGetValue(role, out string? key))
        {
            using var scope = app.Services.CreateScope();
            key = scope.ServiceProvider.GetRequiredService<ApiKeyService>().CreateAsync("browser " + role, role, CancellationToken.None).GetAwaiter().GetResult().Key;
            _keys[role] = key;
        }

        return key;
    }

    /// <summary>An API client with the key of <paramref name="role"/>.</summary>
    public HttpClient ClientFor(string role)
    {
        var client = new HttpClient { BaseAddress = new Uri(url) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", KeyFor(role));
        _clients.Add(client);
        return client;
    }

    /// <summary>A console user (password <see cref="ConsoleAppFactory.Password"/>).</summary>
    public async Task<UserView> UserAsync(string name, string role, int organisationId = 1)
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<UserService>()
            .CreateAsync(name, role, organisationId, ConsoleAppFactory.Password, "en", AuditActor.System("test"), CancellationToken.None);
    }

    public void Dispose()
    {
        foreach (var client in _clients)
        {
            client.Dispose();
        }
    }
}
