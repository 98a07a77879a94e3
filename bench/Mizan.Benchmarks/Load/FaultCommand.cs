using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Mizan.Benchmarks.Load;

/// <summary>
/// <c>faults</c>: submissions under faults. Writers add bank entries in batches of <see cref="BatchSize"/> through
/// every node while one node is killed without warning (SIGKILL) and started again, and, when a command is given,
/// the database server is restarted. Afterwards every batch the server accepted must be stored whole and matchable
/// on every node, and every batch that failed must be stored whole or not at all (no half-written batch).
/// </summary>
internal static class FaultCommand
{
    public const string Name = "faults";

    private const int BatchSize = 10;
    private const string Bank = "fault-test";

    private const string Usage = """
        faults: submissions while a node is killed and restarted (and the database restarted); prints requests sent,
        accepted, failed, and entries lost (must be 0) or half-written (must be 0). Exit code 1 when any is lost.

          --server PATH        mizan.dll to start (default: src/Mizan.Cli/bin/Release/net10.0/mizan.dll)
          --postgres CONN      run two nodes on this PostgreSQL database (empty, or with this test's bank only);
                               without it, one node on a fresh SQLite store
          --db-restart CMD     shell command that restarts the database server, run at two thirds of the time
          --seconds N          time between the faults and after the last (a third each; default 30)
          --concurrency N      writers (default 8)
        """;

    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        string? dll = null, postgres = null, restart = null;
        int seconds = 30, concurrency = 8;
        for (int i = 0; i < args.Count; i++)
        {
            string name = args[i];
            if (name is "--help" or "-h")
            {
                output.WriteLine(Usage);
                return 0;
            }

            if (i + 1 >= args.Count)
            {
                error.WriteLine($"{name} needs a value.\n{Usage}");
                return 2;
            }

            string value = args[++i];
            switch (name)
            {
                case "--server": dll = value; break;
                case "--postgres": postgres = value; break;
                case "--db-restart": restart = value; break;
                case "--seconds" when int.TryParse(value, CultureInfo.InvariantCulture, out int s) && s > 0: seconds = s; break;
                case "--concurrency" when int.TryParse(value, CultureInfo.InvariantCulture, out int c) && c > 0: concurrency = c; break;
                default:
                    error.WriteLine($"{name} {value}: unknown option or bad value.\n{Usage}");
                    return 2;
            }
        }

        dll ??= Path.Combine(LoadCommand.RepositoryRoot(), "src", "Mizan.Cli", "bin", "Release", "net10.0", "mizan.dll");
        var nodes = new List<ServerProcess>();
        HttpClient[] clients = [];
        try
        {
            var timeout = TimeSpan.FromMinutes(2);
            nodes.Add(await ServerProcess.StartAsync(dll, postgres, timeout).ConfigureAwait(false));
            string key = nodes[0].Key ?? throw new InvalidOperationException(
                "the first node printed no admin key: the database already has keys; give an empty database.");
            if (postgres is not null)
            {
                nodes.Add(await ServerProcess.StartAsync(dll, postgres, timeout).ConfigureAwait(false));
            }

            clients = nodes.Select(n => Client(n.Url, key)).ToArray();
            using (var create = await clients[0].PostAsync(new Uri("/v1/banks", UriKind.Relative), LoadCommand.Json($$"""{"name":"{{Bank}}","description":"fault test (test data)"}""")).ConfigureAwait(false))
            {
                create.EnsureSuccessStatusCode();
            }

            output.WriteLine($"faults: {nodes.Count} node(s) on {(postgres is null ? "SQLite" : "PostgreSQL")}, {concurrency} writers, {seconds} s, batches of {BatchSize} entries");
            string run = Guid.NewGuid().ToString("N")[..8];
            var accepted = new List<int>();
            var failed = new List<int>();
            int next = -1;
            var gate = new Lock();
            // Writers run until every fault has happened and a third of the time has passed after the last.
            long started = Stopwatch.GetTimestamp();
            int stop = 0;
            var writers = Enumerable.Range(0, concurrency).Select(w => Task.Run(async () =>
            {
                while (Volatile.Read(ref stop) == 0)
                {
                    int batch = Interlocked.Increment(ref next);
                    var client = clients[batch % clients.Length];
                    bool ok;
                    try
                    {
                        using var response = await client.PostAsync(new Uri($"/v1/banks/{Bank}/entries", UriKind.Relative), LoadCommand.Json(BatchJson(run, batch))).ConfigureAwait(false);
                        ok = response.IsSuccessStatusCode;
                    }
                    catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                    {
                        ok = false;
                    }

                    lock (gate)
                    {
                        (ok ? accepted : failed).Add(batch);
                    }

                    if (!ok)
                    {
                        await Task.Delay(100).ConfigureAwait(false);
                    }
                }
            })).ToArray();

            var victim = nodes[^1];
            await Task.Delay(TimeSpan.FromSeconds(seconds / 3.0)).ConfigureAwait(false);
            output.WriteLine($"  {Elapsed(started)}: killing the node on port {victim.Url.Port} (SIGKILL)");
            await victim.KillAsync().ConfigureAwait(false);
            await Task.Delay(TimeSpan.FromSeconds(1)).ConfigureAwait(false);
            await victim.StartAsync(timeout).ConfigureAwait(false);
            output.WriteLine($"  {Elapsed(started)}: node on port {victim.Url.Port} started again");
            if (restart is not null)
            {
                await Task.Delay(TimeSpan.FromSeconds(seconds / 3.0)).ConfigureAwait(false);
                output.WriteLine($"  {Elapsed(started)}: restarting the database: {restart}");
                using var shell = Process.Start(new ProcessStartInfo("/bin/sh") { ArgumentList = { "-c", restart } })!;
                await shell.WaitForExitAsync().ConfigureAwait(false);
                output.WriteLine($"  {Elapsed(started)}: database restart command exited with {shell.ExitCode}");
            }

            await Task.Delay(TimeSpan.FromSeconds(seconds / 3.0)).ConfigureAwait(false);
            Volatile.Write(ref stop, 1);
            await Task.WhenAll(writers).ConfigureAwait(false);
            output.WriteLine($"  {Elapsed(started)}: writers stopped");

            // Verify on every node, after the refresh bound, through the matcher (index and store together).
            await Task.Delay(TimeSpan.FromSeconds(5)).ConfigureAwait(false);
            int lost = 0, halfWritten = 0, failedStored = 0;
            foreach (var client in clients)
            {
                foreach (int batch in accepted)
                {
                    int present = await CountPresentAsync(client, run, batch).ConfigureAwait(false);
                    lost += BatchSize - present;
                }

                foreach (int batch in failed)
                {
                    int present = await CountPresentAsync(client, run, batch).ConfigureAwait(false);
                    halfWritten += present is > 0 and < BatchSize ? 1 : 0;
                    failedStored += present == BatchSize ? 1 : 0;
                }
            }

            output.WriteLine(
                $"requests sent {accepted.Count + failed.Count:N0}; accepted {accepted.Count:N0} ({accepted.Count * BatchSize:N0} entries); " +
                $"failed {failed.Count:N0} (of which stored whole {failedStored / clients.Length:N0}, the answer was lost with the connection)");
            output.WriteLine($"checked on {clients.Length} node(s): entries lost {lost}, batches half-written {halfWritten}");
            return lost == 0 && halfWritten == 0 && accepted.Count > 0 ? 0 : 1;
        }
        catch (Exception e) when (e is HttpRequestException or FileNotFoundException or InvalidOperationException or TaskCanceledException)
        {
            error.WriteLine($"faults: {e.Message}");
            return 1;
        }
        finally
        {
            foreach (var client in clients)
            {
                client.Dispose();
            }

            foreach (var node in nodes)
            {
                await node.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private static async Task<int> CountPresentAsync(HttpClient client, string run, int batch)
    {
        int present = 0;
        for (int i = 0; i < BatchSize; i++)
        {
            string id = EntryId(run, batch, i);
            using var response = await client.PostAsync(new Uri("/v1/scan", UriKind.Relative), LoadCommand.Json($$"""{"md5":"{{Md5(id)}}"}""")).ConfigureAwait(false);
            response.EnsureSuccessStatusCode();
            using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync().ConfigureAwait(false));
            foreach (var match in doc.RootElement.GetProperty("matches").EnumerateArray())
            {
                if (match.GetProperty("bank").GetString() == Bank && match.GetProperty("entry").GetString() == id)
                {
                    present++;
                    break;
                }
            }
        }

        return present;
    }

    private static string BatchJson(string run, int batch)
    {
        var json = new StringBuilder("[");
        for (int i = 0; i < BatchSize; i++)
        {
            string id = EntryId(run, batch, i);
            json.Append(i == 0 ? "" : ",").Append("{\"id\":\"").Append(id).Append("\",\"md5\":\"").Append(Md5(id)).Append("\"}");
        }

        return json.Append(']').ToString();
    }

    private static string EntryId(string run, int batch, int i) => string.Create(CultureInfo.InvariantCulture, $"{run}-{batch}-{i}");

    private static string Md5(string id) =>
#pragma warning disable CA5351 // MD5 is the signal under test here, not a security measure
        Convert.ToHexStringLower(MD5.HashData(Encoding.UTF8.GetBytes(id)));
#pragma warning restore CA5351

    private static HttpClient Client(Uri url, string key)
    {
        var http = new HttpClient { BaseAddress = url, Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return http;
    }

    private static string Elapsed(long started) => string.Create(CultureInfo.InvariantCulture,
        $"{Stopwatch.GetElapsedTime(started).TotalSeconds:F1} s");
}
