using System.Diagnostics;
using System.Globalization;
using System.Text;
using Mizan.Benchmarks.Load;
using Mizan.Benchmarks.Text;

namespace Mizan.Benchmarks.Startup;

/// <summary>
/// <c>startup</c>: the bulk paths end to end with the real command line. Generates test data (uniform random PDQ
/// hashes; texts of 60–80 pseudo-Arabic words), imports it with <c>mizan bank create</c> and <c>mizan bank
/// import</c> as separate processes, then starts <c>mizan serve</c> on the store and times it until <c>/health</c>
/// answers (the indexes are loaded before the server listens), and reads the server's memory from /proc.
/// </summary>
internal static class StartupCommand
{
    public const string Name = "startup";

    private const string Usage = """
        startup: import generated test data with the real CLI, then time a server start on it.

          --pdq N            PDQ entries to import (default 100000)
          --text N           text entries to import (default 10000)
          --postgres CONN    a PostgreSQL connection string (an empty database); default: SQLite in a temporary folder
          --server PATH      mizan.dll (default: src/Mizan.Cli/bin/Release/net10.0/mizan.dll)
          --seed N           random seed (default 1)
          --keep             keep the temporary folder (data files and SQLite store) and print its path
          --help
        """;

    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        int pdq = 100_000, text = 10_000, seed = 1;
        string? postgres = null, dll = null;
        bool keep = false;
        try
        {
            for (int i = 0; i < args.Count; i++)
            {
                switch (args[i])
                {
                    case "--help" or "-h":
                        output.WriteLine(Usage);
                        return 0;
                    case "--keep":
                        keep = true;
                        break;
                    case "--pdq": pdq = Count(args, ++i); break;
                    case "--text": text = Count(args, ++i); break;
                    case "--seed": seed = Count(args, ++i); break;
                    case "--postgres": postgres = Value(args, ++i); break;
                    case "--server": dll = Value(args, ++i); break;
                    default: throw new FormatException($"Unknown option {args[i]}.");
                }
            }
        }
        catch (FormatException e)
        {
            error.WriteLine(e.Message);
            error.WriteLine(Usage);
            return 2;
        }

        dll ??= Path.Combine(LoadCommand.RepositoryRoot(), "src", "Mizan.Cli", "bin", "Release", "net10.0", "mizan.dll");
        if (!File.Exists(dll))
        {
            error.WriteLine($"startup: {dll} does not exist: build it first with `dotnet build -c Release src/Mizan.Cli`, or pass --server PATH.");
            return 1;
        }

        string work = Directory.CreateTempSubdirectory("mizan-startup-").FullName;
        string data = Path.Combine(work, "data");
        string bank = "startup-" + DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
        try
        {
            var random = new Random(seed);
            string pdqFile = Path.Combine(work, "pdq.jsonl");
            string textFile = Path.Combine(work, "text.jsonl");
            error.WriteLine($"startup: writing {pdq:N0} PDQ and {text:N0} text lines of test data to {work}");
            WritePdq(pdqFile, pdq, random);
            WriteText(textFile, text, seed);

            var cli = new Cli(dll, data, postgres, error);
            await cli.RunAsync("bank", "create", bank, "--description", "startup benchmark: generated test data").ConfigureAwait(false);
            var imports = new List<(string Signal, int Count, TimeSpan Time)>();
            foreach (var (signal, file, count) in new[] { ("pdq", pdqFile, pdq), ("text", textFile, text) })
            {
                if (count == 0)
                {
                    continue;
                }

                error.WriteLine($"startup: mizan bank import {bank} ({count:N0} {signal} lines)");
                imports.Add((signal, count, await cli.RunAsync("bank", "import", bank, file).ConfigureAwait(false)));
            }

            error.WriteLine("startup: starting mizan serve on the store; waiting for /health (the indexes load before it answers)");
            var clock = Stopwatch.StartNew();
            await using var server = await ServerProcess.StartAsync(
                dll, postgres, TimeSpan.FromMinutes(30), new Dictionary<string, string> { ["Logging__LogLevel__Default"] = "Information" }, data).ConfigureAwait(false);
            var started = clock.Elapsed;
            var memory = Memory(server.ProcessId);
            await server.KillAsync().ConfigureAwait(false);

            output.WriteLine(
                $"startup: {(postgres is null ? "SQLite" : "PostgreSQL")}, {pdq:N0} PDQ and {text:N0} text entries of test data, " +
                $"{Environment.ProcessorCount} cores");
            output.WriteLine();
            output.WriteLine("| step | entries | seconds | entries/s |");
            output.WriteLine("|---|---:|---:|---:|");
            foreach (var (signal, count, time) in imports)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| mizan bank import ({signal}) | {count:N0} | {time.TotalSeconds:F1} | {count / time.TotalSeconds:N0} |"));
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| mizan serve until GET /health is 200 | {pdq + text:N0} | {started.TotalSeconds:F1} | |"));
            output.WriteLine();
            output.WriteLine($"server memory once started: VmRSS {memory.Rss}, VmHWM (peak) {memory.Peak}");
            return 0;
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or HttpRequestException or TaskCanceledException)
        {
            error.WriteLine($"startup: {e.Message}");
            return 1;
        }
        finally
        {
            if (keep)
            {
                error.WriteLine($"startup: kept {work}");
            }
            else
            {
                Directory.Delete(work, recursive: true);
            }
        }
    }

    /// <summary>Uniform random 256-bit hashes: the worst case for the index (no clusters to share work).</summary>
    private static void WritePdq(string path, int count, Random random)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        Span<byte> hash = stackalloc byte[32];
        for (int i = 0; i < count; i++)
        {
            random.NextBytes(hash);
            writer.Write("{\"id\":\"p");
            writer.Write(i.ToString(CultureInfo.InvariantCulture));
            writer.Write("\",\"pdq\":\"");
            writer.Write(Convert.ToHexStringLower(hash));
            writer.WriteLine("\",\"labels\":[\"test-data\"]}");
        }
    }

    /// <summary>Texts of 60–80 pseudo-Arabic words (neutral generated test data, no real language).</summary>
    private static void WriteText(string path, int count, int seed)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        var generator = new PseudoArabic(seed);
        for (int i = 0; i < count; i++)
        {
            writer.Write("{\"id\":\"t");
            writer.Write(i.ToString(CultureInfo.InvariantCulture));
            writer.Write("\",\"text\":\"");
            writer.Write(generator.Text(60 + (i % 21)));
            writer.WriteLine("\",\"labels\":[\"test-data\"],\"source\":\"generated pseudo-Arabic test data\"}");
        }
    }

    private static (string Rss, string Peak) Memory(int? pid)
    {
        string path = $"/proc/{pid}/status";
        if (pid is null || !File.Exists(path))
        {
            return ("n/a", "n/a");
        }

        string rss = "n/a", peak = "n/a";
        foreach (string line in File.ReadLines(path))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                rss = line["VmRSS:".Length..].Trim();
            }
            else if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                peak = line["VmHWM:".Length..].Trim();
            }
        }

        return (rss, peak);
    }

    private static string Value(IReadOnlyList<string> args, int i) =>
        i < args.Count ? args[i] : throw new FormatException($"{args[i - 1]} needs a value.");

    private static int Count(IReadOnlyList<string> args, int i) =>
        int.TryParse(Value(args, i), NumberStyles.None, CultureInfo.InvariantCulture, out int n)
            ? n
            : throw new FormatException($"{args[i - 1]}: '{args[i]}' is not a whole number.");

    /// <summary>Runs CLI verbs as child processes on the benchmark's store, passing their progress through.</summary>
    private sealed class Cli(string dll, string data, string? postgres, TextWriter error)
    {
        public async Task<TimeSpan> RunAsync(params string[] args)
        {
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            start.ArgumentList.Add(dll);
            foreach (string a in args)
            {
                start.ArgumentList.Add(a);
            }

            start.ArgumentList.Add("--data");
            start.ArgumentList.Add(data);
            if (postgres is not null)
            {
                start.Environment["Database__Provider"] = "Postgres";
                start.Environment["Database__ConnectionString"] = postgres;
            }

            var clock = Stopwatch.StartNew();
            using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start dotnet.");
            process.ErrorDataReceived += (_, e) =>
            {
                if (!string.IsNullOrEmpty(e.Data))
                {
                    error.WriteLine($"  {e.Data}");
                }
            };
            process.OutputDataReceived += (_, e) =>
            {
                if (!string.IsNullOrEmpty(e.Data))
                {
                    error.WriteLine($"  {e.Data}");
                }
            };
            process.BeginErrorReadLine();
            process.BeginOutputReadLine();
            await process.WaitForExitAsync().ConfigureAwait(false);
            return process.ExitCode == 0
                ? clock.Elapsed
                : throw new InvalidOperationException($"mizan {string.Join(' ', args)} exited with code {process.ExitCode}.");
        }
    }
}
