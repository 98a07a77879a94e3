using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Mizan.Benchmarks.Load;

namespace Mizan.Benchmarks.Legal;

/// <summary>
/// <c>orders</c>: receipt-to-webhook time of removal orders on the automated path. Starts a Release server on a
/// fresh SQLite store with Legal:AutomaticExecution on, submits platform items, then posts removal orders for them
/// one at a time and waits for each content.restricted webhook at a local receiver. Reports, per order, receipt →
/// webhook enqueued (both server times), receipt → webhook delivered (receiver clock, same machine) and the
/// client's POST → webhook, with GET /health in the same run as the baseline.
/// </summary>
internal static class OrdersCommand
{
    public const string Name = "orders";

    private const string Usage =
        "orders [--orders N (200)] [--poll SECONDS (0.05): Webhooks:PollSeconds of the server] [--server PATH to mizan.dll (src/Mizan.Cli/bin/Release/net10.0)]";

    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        int orders = 200;
        double poll = 0.05;
        string? dll = null;
        for (int i = 0; i < args.Count; i++)
        {
            string value = i + 1 < args.Count ? args[i + 1] : "";
            switch (args[i])
            {
                case "--orders" when int.TryParse(value, CultureInfo.InvariantCulture, out orders) && orders is > 1 and <= 100_000:
                case "--poll" when double.TryParse(value, CultureInfo.InvariantCulture, out poll) && poll is >= 0.01 and <= 10:
                case "--server" when value.Length > 0 && (dll = value) is not null:
                    i++;
                    break;
                case "--help" or "-h":
                    output.WriteLine(Usage);
                    return 0;
                default:
                    error.WriteLine($"bad option '{args[i]}' (or its value)");
                    error.WriteLine(Usage);
                    return 2;
            }
        }

        dll ??= Path.Combine(LoadCommand.RepositoryRoot(), "src", "Mizan.Cli", "bin", "Release", "net10.0", "mizan.dll");
        error.WriteLine($"starting {dll} on a fresh SQLite store with Legal:AutomaticExecution=true, Webhooks:PollSeconds={poll} ...");
        var settings = new Dictionary<string, string>
        {
            ["Legal__AutomaticExecution"] = "true",
            ["Webhooks__PollSeconds"] = poll.ToString(CultureInfo.InvariantCulture),
        };
        await using var server = await ServerProcess.StartAsync(dll, postgres: null, TimeSpan.FromMinutes(2), settings).ConfigureAwait(false);
        using var receiver = new Receiver();
        using var admin = Client(server.Url, server.Key ?? throw new InvalidOperationException("the new server printed no admin key."));
        await PostAsync(admin, "/v1/organisations", new { name = "bench authority", kind = "authority", memberState = "DE" }).ConfigureAwait(false);
        await PostAsync(admin, "/v1/webhooks", new { url = receiver.Url, eventTypes = new[] { "content.restricted" } }).ConfigureAwait(false);
        using var platform = Client(server.Url, await KeyAsync(server, "integration", "bench platform", null).ConfigureAwait(false));
        using var authority = Client(server.Url, await KeyAsync(server, "authority", "bench authority key", "bench authority").ConfigureAwait(false));

        var items = new List<(long Id, string Url)>();
        for (int i = 0; i < orders; i++)
        {
            string id = $"bench-{i}";
            string url = $"https://platform.example/p/{id}";
            var item = await PostAsync(platform, "/v1/items", new
            {
                id, type = "text", url, language = "en", visibility = "public", text = "Test data: a neutral news paragraph for the benchmark.",
            }).ConfigureAwait(false);
            items.Add((item.GetProperty("id").GetInt64(), url));
        }

        var post = new List<double>();
        var enqueued = new List<double>();
        var delivered = new List<double>();
        var roundTrip = new List<double>();
        foreach (var (itemId, url) in items)
        {
            var arrival = receiver.Expect(itemId);
            long start = Stopwatch.GetTimestamp();
            var order = await PostAsync(authority, "/v1/removal-orders", Order(url)).ConfigureAwait(false);
            post.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            if (order.GetProperty("state").GetString() != "executed")
            {
                throw new InvalidOperationException($"order for item {itemId} was not executed automatically: {order}");
            }

            var hook = await arrival.WaitAsync(TimeSpan.FromSeconds(30)).ConfigureAwait(false);
            roundTrip.Add(Stopwatch.GetElapsedTime(start, hook.Timestamp).TotalMilliseconds);
            var receivedAt = order.GetProperty("receivedAt").GetDateTime().ToUniversalTime();
            enqueued.Add((hook.CreatedAt - receivedAt).TotalMilliseconds);
            delivered.Add((hook.ArrivedAt - receivedAt).TotalMilliseconds);
        }

        var health = new List<double>();
        for (int i = 0; i < orders; i++)
        {
            long start = Stopwatch.GetTimestamp();
            using var response = await admin.GetAsync(new Uri("/health", UriKind.Relative)).ConfigureAwait(false);
            response.EnsureSuccessStatusCode();
            health.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"orders: {orders} removal orders one at a time on the automated path, SQLite, Webhooks:PollSeconds {poll}, {Environment.ProcessorCount} cores shared by client, server and receiver, {DateTime.UtcNow:yyyy-MM-dd}"));
        output.WriteLine("| measure | n | p50 ms | p90 ms | p99 ms | max ms |");
        output.WriteLine("|---|---|---|---|---|---|");
        Row(output, "receipt → content.restricted enqueued (server clock)", enqueued);
        Row(output, "receipt → content.restricted delivered (receiver)", delivered);
        Row(output, "client POST → webhook received", roundTrip);
        Row(output, "POST /v1/removal-orders response", post);
        Row(output, "GET /health (baseline)", health);
        return 0;
    }

    private static object Order(string url) => new
    {
        authorityReference = "BENCH-" + Guid.NewGuid().ToString("N"),
        issuingMemberState = "DE",
        issuingAuthority = new { name = "Bench Authority (test data)", type = "law_enforcement" },
        urls = new[] { url },
        materialTypes = new[] { "incitement" },
        reasons = "Test data for the receipt-to-webhook benchmark.",
        redress = new { body = "Administrative court (test data)" },
    };

    private static void Row(TextWriter output, string name, List<double> values)
    {
        var sorted = values.Order().ToArray();
        double At(double q) => sorted[Math.Clamp((int)Math.Ceiling(q * sorted.Length) - 1, 0, sorted.Length - 1)];
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {sorted.Length} | {At(0.5):F2} | {At(0.9):F2} | {At(0.99):F2} | {sorted[^1]:F2} |"));
    }

    private static HttpClient Client(Uri url, string key)
    {
        var http = new HttpClient { BaseAddress = url, Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return http;
    }

    private static async Task<JsonElement> PostAsync(HttpClient http, string path, object body)
    {
        using var response = await http.PostAsync(new Uri(path, UriKind.Relative), LoadCommand.Json(JsonSerializer.Serialize(body))).ConfigureAwait(false);
        string text = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"POST {path}: {(int)response.StatusCode} {text}");
        }

        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>Creates a key with the CLI on the server's store (there is no key endpoint in the API).</summary>
    private static async Task<string> KeyAsync(ServerProcess server, string role, string name, string? organisation)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string a in new[] { server.Dll, "keys", "create", "--role", role, "--name", name, "--json", "--data", server.DataDirectory })
        {
            start.ArgumentList.Add(a);
        }

        if (organisation is not null)
        {
            start.ArgumentList.Add("--org");
            start.ArgumentList.Add(organisation);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start dotnet.");
        string stdout = await process.StandardOutput.ReadToEndAsync().ConfigureAwait(false);
        string stderr = await process.StandardError.ReadToEndAsync().ConfigureAwait(false);
        await process.WaitForExitAsync().ConfigureAwait(false);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"keys create failed ({process.ExitCode}): {stderr}");
        }

        return JsonDocument.Parse(stdout).RootElement.GetProperty("key").GetString()!;
    }

    /// <summary>A webhook receiver on loopback that timestamps each content.restricted delivery by item.</summary>
    private sealed class Receiver : IDisposable
    {
        private readonly HttpListener _listener = new();
        private readonly ConcurrentDictionary<long, TaskCompletionSource<Arrival>> _expected = new();

        public Receiver()
        {
            int port;
            using (var probe = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0))
            {
                probe.Start();
                port = ((IPEndPoint)probe.LocalEndpoint).Port;
            }

            Url = $"http://127.0.0.1:{port}/hook/";
            _listener.Prefixes.Add(Url);
            _listener.Start();
            _ = Task.Run(LoopAsync);
        }

        public string Url { get; }

        public Task<Arrival> Expect(long itemId) =>
            _expected.GetOrAdd(itemId, _ => new TaskCompletionSource<Arrival>(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

        public void Dispose() => _listener.Close();

        private async Task LoopAsync()
        {
            while (_listener.IsListening)
            {
                HttpListenerContext context;
                try
                {
                    context = await _listener.GetContextAsync().ConfigureAwait(false);
                }
                catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
                {
                    return;
                }

                long timestamp = Stopwatch.GetTimestamp();
                var arrivedAt = DateTime.UtcNow;
                using (var reader = new StreamReader(context.Request.InputStream))
                {
                    var root = JsonDocument.Parse(await reader.ReadToEndAsync().ConfigureAwait(false)).RootElement;
                    long itemId = root.GetProperty("data").GetProperty("itemId").GetInt64();
                    var arrival = new Arrival(timestamp, arrivedAt, root.GetProperty("createdAt").GetDateTime().ToUniversalTime());
                    _expected.GetOrAdd(itemId, _ => new TaskCompletionSource<Arrival>(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult(arrival);
                }

                context.Response.StatusCode = 200;
                context.Response.Close();
            }
        }
    }

    private sealed record Arrival(long Timestamp, DateTime ArrivedAt, DateTime CreatedAt);
}
