using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Mizan.Benchmarks.Load;

/// <summary>
/// A <c>mizan serve</c> child process on a fixed port: on a fresh SQLite store in a temporary folder (removed on
/// dispose) or on a given PostgreSQL database. It can be killed without warning and started again on the same store.
/// </summary>
internal sealed class ServerProcess : IAsyncDisposable
{
    private readonly string _dll;
    private readonly string? _postgres;
    private readonly string _dataDirectory;
    private readonly bool _ownsData;
    private Process? _process;
    private TaskCompletionSource<string> _key = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private readonly IReadOnlyDictionary<string, string> _settings;

    private ServerProcess(string dll, string? postgres, IReadOnlyDictionary<string, string>? settings = null, string? dataDirectory = null)
    {
        _settings = settings ?? new Dictionary<string, string>();
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException(
                $"{dll} does not exist: build it first with `dotnet build -c Release src/Mizan.Cli`, or pass --server PATH or --url.");
        }

        _dll = dll;
        _postgres = postgres;
        _ownsData = dataDirectory is null;
        _dataDirectory = dataDirectory ?? Directory.CreateTempSubdirectory("mizan-load-").FullName;
        Url = new Uri($"http://127.0.0.1:{FreePort()}");
    }

    public Uri Url { get; }

    /// <summary>The dll the server runs (for running CLI verbs such as <c>keys create</c> on the same store).</summary>
    public string Dll => _dll;

    /// <summary>The SQLite store's folder.</summary>
    public string DataDirectory => _dataDirectory;

    /// <summary>The server's process id while it runs.</summary>
    public int? ProcessId => _process is { HasExited: false } p ? p.Id : null;

    /// <summary>The admin key printed at the first start of an empty store, or null when the store had keys.</summary>
    public string? Key { get; private set; }

    /// <summary>Creates and starts a server; <paramref name="postgres"/> null means SQLite in a temporary folder.</summary>
    /// <param name="dll">The mizan.dll to run.</param>
    /// <param name="postgres">A PostgreSQL connection string, or null for SQLite.</param>
    /// <param name="timeout">How long to wait for /health.</param>
    /// <param name="settings">Extra configuration as environment variables, e.g. <c>Legal__AutomaticExecution</c>.</param>
    /// <param name="dataDirectory">An existing SQLite store's folder to serve (kept on dispose); null for a new one.</param>
    public static async Task<ServerProcess> StartAsync(
        string dll, string? postgres, TimeSpan timeout, IReadOnlyDictionary<string, string>? settings = null, string? dataDirectory = null)
    {
        var server = new ServerProcess(dll, postgres, settings, dataDirectory);
        try
        {
            await server.StartAsync(timeout).ConfigureAwait(false);
            return server;
        }
        catch
        {
            await server.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Starts the process (again) and waits until <c>/health</c> answers.</summary>
    public async Task StartAsync(TimeSpan timeout)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string a in new[] { _dll, "serve", "--data", _dataDirectory, "--urls", Url.ToString().TrimEnd('/') })
        {
            start.ArgumentList.Add(a);
        }

        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (name, value) in _settings)
        {
            start.Environment[name] = value;
        }

        if (_postgres is not null)
        {
            start.Environment["Database__Provider"] = "Postgres";
            start.Environment["Database__ConnectionString"] = _postgres;
        }

        _key = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start dotnet.");
        _process = process;
        var key = _key;
        process.OutputDataReceived += (_, e) =>
        {
            const string Prefix = "MIZAN_KEY=";
            string? line = e.Data?.Trim();
            if (line is not null && line.StartsWith(Prefix, StringComparison.Ordinal))
            {
                key.TrySetResult(line[Prefix.Length..]);
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (!string.IsNullOrEmpty(e.Data))
            {
                Console.Error.WriteLine($"[server {Url.Port}] {e.Data}");
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var cts = new CancellationTokenSource(timeout);
        using var http = new HttpClient { BaseAddress = Url };
        while (true)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"the server on port {Url.Port} exited with code {process.ExitCode} while starting.");
            }

            try
            {
                using var health = await http.GetAsync(new Uri("/health", UriKind.Relative), cts.Token).ConfigureAwait(false);
                if (health.StatusCode == HttpStatusCode.OK)
                {
                    // The key line is printed before the server listens; give the reader a moment to see it.
                    Key = await Task.WhenAny(key.Task, Task.Delay(500, cts.Token)).ConfigureAwait(false) == key.Task ? await key.Task.ConfigureAwait(false) : Key;
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            await Task.Delay(200, cts.Token).ConfigureAwait(false);
        }
    }

    /// <summary>Kills the process at once (SIGKILL): no shutdown, no flushing, as in a crash.</summary>
    public async Task KillAsync()
    {
        if (_process is { HasExited: false } p)
        {
            p.Kill(entireProcessTree: true);
            await p.WaitForExitAsync().ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync().ConfigureAwait(false);
        _process?.Dispose();
        if (!_ownsData)
        {
            return;
        }

        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // best effort: a temporary folder
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
