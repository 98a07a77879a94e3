using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Mizan.Benchmarks.Load;

/// <summary>
/// <c>load</c>: sustained HTTP load against a Mizan server on loopback (see <see cref="LoadOptions.Usage"/>). Scan
/// requests carry PDQ hashes, half of them planted bank entries with a few bits changed, half random; the same run
/// measures <c>GET /health</c> as the baseline, so the figure to compare between machines is the ratio.
/// </summary>
internal static class LoadCommand
{
    public const string Name = "load";

    private const string Bank = "load-test";
    private const int QueryCount = 8192;

    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        LoadOptions options;
        try
        {
            options = LoadOptions.Parse(args);
        }
        catch (FormatException e)
        {
            error.WriteLine(e.Message);
            error.WriteLine(LoadOptions.Usage);
            return 2;
        }

        if (options.Help)
        {
            output.WriteLine(LoadOptions.Usage);
            return 0;
        }

        ServerProcess? server = null;
        try
        {
            Uri url;
            string key;
            if (options.Url is null)
            {
                string dll = options.Server ?? Path.Combine(RepositoryRoot(), "src", "Mizan.Cli", "bin", "Release", "net10.0", "mizan.dll");
                error.WriteLine($"starting {dll} on a fresh SQLite store ...");
                server = await ServerProcess.StartAsync(dll, postgres: null, TimeSpan.FromMinutes(2)).ConfigureAwait(false);
                url = server.Url;
                key = server.Key ?? throw new InvalidOperationException("the new server printed no admin key.");
            }
            else
            {
                url = options.Url;
                key = options.Key!;
            }

            using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = options.Concurrency })
            {
                BaseAddress = url,
                Timeout = TimeSpan.FromSeconds(30),
            };
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);

            var random = new Random(options.Seed);
            List<string> known = await SeedAsync(http, options.Entries, random, error).ConfigureAwait(false);
            string[] queries = Queries(known, random);
            await CheckAsync(http, known, random, output).ConfigureAwait(false);

            output.WriteLine(
                $"load: {options.Concurrency} in flight, {options.Seconds} s a phase after {options.Warmup} s warm-up, " +
                $"{known.Count:N0} PDQ entries, server {url}, {Environment.ProcessorCount} cores shared by client and server");
            var health = await PhaseAsync(http, options, i => new HttpRequestMessage(HttpMethod.Get, "/health")).ConfigureAwait(false);
            var scan = await PhaseAsync(http, options, i => new HttpRequestMessage(HttpMethod.Post, "/v1/scan")
            {
                Content = new StringContent(queries[i % queries.Length], Encoding.UTF8, "application/json"),
            }).ConfigureAwait(false);

            output.WriteLine();
            output.WriteLine("| request | requests | errors | per second | p50 ms | p90 ms | p99 ms | max ms |");
            output.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
            health.Write(output, "GET /health (baseline)");
            scan.Write(output, "POST /v1/scan (PDQ)");
            output.WriteLine();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"scan throughput / baseline throughput = {scan.PerSecond / Math.Max(1, health.PerSecond):F2}"));
            return scan.Errors == 0 && health.Errors == 0 ? 0 : 1;
        }
        catch (Exception e) when (e is HttpRequestException or FileNotFoundException or InvalidOperationException or TaskCanceledException)
        {
            error.WriteLine($"load: {e.Message}");
            return 1;
        }
        finally
        {
            if (server is not null)
            {
                await server.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private static async Task<List<string>> SeedAsync(HttpClient http, int entries, Random random, TextWriter progress)
    {
        using (var create = await http.PostAsync(new Uri("/v1/banks", UriKind.Relative), Json($$"""{"name":"{{Bank}}","description":"load test: random PDQ hashes (test data)"}""")).ConfigureAwait(false))
        {
            if (create.StatusCode != HttpStatusCode.Created && create.StatusCode != HttpStatusCode.Conflict)
            {
                throw new HttpRequestException($"creating bank {Bank}: {(int)create.StatusCode} {await create.Content.ReadAsStringAsync().ConfigureAwait(false)}");
            }
        }

        var known = new List<string>(entries);
        var clock = Stopwatch.StartNew();
        var batch = new StringBuilder();
        for (int start = 0; start < entries; start += 1000)
        {
            int count = Math.Min(1000, entries - start);
            batch.Clear().Append('[');
            for (int i = 0; i < count; i++)
            {
                string pdq = RandomHash(random);
                known.Add(pdq);
                batch.Append(i == 0 ? "" : ",").Append("{\"id\":\"load-").Append(start + i).Append("\",\"pdq\":\"").Append(pdq).Append("\"}");
            }

            batch.Append(']');
            using var response = await http.PostAsync(new Uri($"/v1/banks/{Bank}/entries", UriKind.Relative), Json(batch.ToString())).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                throw new HttpRequestException($"adding entries: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync().ConfigureAwait(false)}");
            }

            progress.Write($"\rseeding: {start + count:N0}/{entries:N0} entries ({clock.Elapsed.TotalSeconds:F0} s)");
        }

        progress.WriteLine();
        return known;
    }

    /// <summary>Half near copies of planted entries (up to 8 bits changed: must match), half random (must not).</summary>
    private static string[] Queries(List<string> known, Random random)
    {
        var queries = new string[QueryCount];
        for (int i = 0; i < queries.Length; i++)
        {
            string pdq = known.Count > 0 && i % 2 == 0 ? Flip(known[random.Next(known.Count)], random.Next(9), random) : RandomHash(random);
            queries[i] = $$"""{"pdq":"{{pdq}}"}""";
        }

        return queries;
    }

    /// <summary>Checks before measuring that planted near copies match and random hashes do not.</summary>
    private static async Task CheckAsync(HttpClient http, List<string> known, Random random, TextWriter output)
    {
        int planted = 0, found = 0, unrelated = 0, falseMatches = 0;
        for (int i = 0; i < 200 && known.Count > 0; i++)
        {
            bool near = i % 2 == 0;
            string pdq = near ? Flip(known[random.Next(known.Count)], 8, random) : RandomHash(random);
            using var response = await http.PostAsync(new Uri("/v1/scan", UriKind.Relative), Json($$"""{"pdq":"{{pdq}}"}""")).ConfigureAwait(false);
            string body = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
            bool matched = response.IsSuccessStatusCode && body.Contains("\"bank\":\"" + Bank + "\"", StringComparison.Ordinal);
            (planted, found, unrelated, falseMatches) = near
                ? (planted + 1, found + (matched ? 1 : 0), unrelated, falseMatches)
                : (planted, found, unrelated + 1, falseMatches + (matched ? 1 : 0));
        }

        output.WriteLine($"check: {found}/{planted} planted near copies matched, {falseMatches}/{unrelated} random hashes matched");
        if (found != planted || falseMatches != 0)
        {
            throw new InvalidOperationException("the server's answers are wrong; not measuring.");
        }
    }

    private static async Task<PhaseResult> PhaseAsync(HttpClient http, LoadOptions options, Func<int, HttpRequestMessage> request)
    {
        if (options.Warmup > 0)
        {
            await RunWorkersAsync(http, options.Concurrency, TimeSpan.FromSeconds(options.Warmup), request).ConfigureAwait(false);
        }

        var clock = Stopwatch.StartNew();
        var (latencies, errors) = await RunWorkersAsync(http, options.Concurrency, TimeSpan.FromSeconds(options.Seconds), request).ConfigureAwait(false);
        return new PhaseResult(latencies, errors, clock.Elapsed);
    }

    private static async Task<(long[] Latencies, int Errors)> RunWorkersAsync(
        HttpClient http, int concurrency, TimeSpan duration, Func<int, HttpRequestMessage> request)
    {
        long deadline = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        int next = 0, errors = 0;
        var perWorker = new List<long>[concurrency];
        var workers = new Task[concurrency];
        for (int w = 0; w < concurrency; w++)
        {
            var mine = perWorker[w] = new List<long>(1 << 16);
            workers[w] = Task.Run(async () =>
            {
                while (Stopwatch.GetTimestamp() < deadline)
                {
                    using var message = request(Interlocked.Increment(ref next));
                    long started = Stopwatch.GetTimestamp();
                    try
                    {
                        using var response = await http.SendAsync(message, HttpCompletionOption.ResponseContentRead).ConfigureAwait(false);
                        if (!response.IsSuccessStatusCode)
                        {
                            Interlocked.Increment(ref errors);
                            continue;
                        }
                    }
                    catch (HttpRequestException)
                    {
                        Interlocked.Increment(ref errors);
                        continue;
                    }

                    mine.Add(Stopwatch.GetTimestamp() - started);
                }
            });
        }

        await Task.WhenAll(workers).ConfigureAwait(false);
        long[] all = perWorker.SelectMany(l => l).ToArray();
        Array.Sort(all);
        return (all, errors);
    }

    /// <summary>A UTF-8 JSON request body.</summary>
    internal static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static string RandomHash(Random random)
    {
        Span<byte> bytes = stackalloc byte[32];
        random.NextBytes(bytes);
        return Convert.ToHexStringLower(bytes);
    }

    private static string Flip(string hex, int bits, Random random)
    {
        byte[] bytes = Convert.FromHexString(hex);
        var chosen = new HashSet<int>();
        while (chosen.Count < bits)
        {
            chosen.Add(random.Next(256));
        }

        foreach (int bit in chosen)
        {
            bytes[bit >> 3] ^= (byte)(1 << (bit & 7));
        }

        return Convert.ToHexStringLower(bytes);
    }

    internal static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Mizan.slnx")))
            {
                return dir.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }

    private sealed record PhaseResult(long[] Latencies, int Errors, TimeSpan Elapsed)
    {
        public double PerSecond => Latencies.Length / Elapsed.TotalSeconds;

        public void Write(TextWriter output, string name) => output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {Latencies.Length:N0} | {Errors} | {PerSecond:N0} | {Ms(0.50):F2} | {Ms(0.90):F2} | {Ms(0.99):F2} | {Ms(1.0):F2} |"));

        private double Ms(double quantile)
        {
            if (Latencies.Length == 0)
            {
                return double.NaN;
            }

            int index = Math.Min(Latencies.Length - 1, (int)Math.Ceiling(quantile * Latencies.Length) - 1);
            return Latencies[Math.Max(0, index)] * 1000.0 / Stopwatch.Frequency;
        }
    }
}
