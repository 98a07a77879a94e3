using System.Globalization;

namespace Mizan.Benchmarks.Load;

/// <summary>Options of the <c>load</c> command.</summary>
internal sealed class LoadOptions
{
    public const string Usage = """
        load: sustained scan requests against a Mizan server on loopback; prints throughput and p50/p90/p99 latency
        for POST /v1/scan beside GET /health (the baseline: the same HTTP path without matching).

          --url URL          a running server (needs --key); without it, a server is started on a fresh SQLite store
          --key KEY          an API key with the scan right (or the environment variable MIZAN_KEY)
          --server PATH      mizan.dll to start (default: src/Mizan.Cli/bin/Release/net10.0/mizan.dll)
          --seconds N        length of each measured phase (default 20)
          --warmup N         seconds of warm-up before each phase (default 3)
          --concurrency N    requests in flight (default 16)
          --entries N        PDQ entries to add to a bank before the run (default 100000)
          --seed N           random seed (default 1)
          --help
        """;

    public Uri? Url { get; private set; }

    public string? Key { get; private set; } = Environment.GetEnvironmentVariable("MIZAN_KEY");

    public string? Server { get; private set; }

    public int Seconds { get; private set; } = 20;

    public int Warmup { get; private set; } = 3;

    public int Concurrency { get; private set; } = 16;

    public int Entries { get; private set; } = 100_000;

    public int Seed { get; private set; } = 1;

    public bool Help { get; private set; }

    public static LoadOptions Parse(IReadOnlyList<string> args)
    {
        var o = new LoadOptions();
        for (int i = 0; i < args.Count; i++)
        {
            string name = args[i];
            if (name is "--help" or "-h")
            {
                o.Help = true;
                continue;
            }

            if (i + 1 >= args.Count)
            {
                throw new FormatException($"{name} needs a value.");
            }

            string value = args[++i];
            switch (name)
            {
                case "--url":
                    o.Url = Uri.TryCreate(value, UriKind.Absolute, out var url) ? url : throw new FormatException($"--url: '{value}' is not an absolute URL.");
                    break;
                case "--key": o.Key = value; break;
                case "--server": o.Server = value; break;
                case "--seconds": o.Seconds = Positive(name, value); break;
                case "--warmup": o.Warmup = Positive(name, value, allowZero: true); break;
                case "--concurrency": o.Concurrency = Positive(name, value); break;
                case "--entries": o.Entries = Positive(name, value, allowZero: true); break;
                case "--seed": o.Seed = Positive(name, value, allowZero: true); break;
                default: throw new FormatException($"Unknown option {name}.");
            }
        }

        if (o.Url is not null && string.IsNullOrEmpty(o.Key))
        {
            throw new FormatException("--url needs --key (or MIZAN_KEY): an API key with the scan right.");
        }

        return o;
    }

    private static int Positive(string name, string value, bool allowZero = false) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int n) && (n > 0 || (allowZero && n == 0))
            ? n
            : throw new FormatException($"{name}: '{value}' is not a {(allowZero ? "non-negative" : "positive")} whole number.");
}
