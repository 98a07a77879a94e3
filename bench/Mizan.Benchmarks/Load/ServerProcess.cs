using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Mizan.Benchmarks.Load;

/// <summary>A <c>mizan serve</c> child process on a fresh SQLite store in a temporary folder, removed on dispose.</summary>
internal sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _dataDirectory;
    private readonly TaskCompletionSource<string> _key = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ServerProcess(Process process, string dataDirectory, Uri url)
    {
        _process = process;
        _dataDirectory = dataDirectory;
        Url = url;
    }

    public Uri Url { get; }

    /// <summary>Starts the server and waits until it answers <c>/health</c>; returns it with the first admin key.</summary>
    public static async Task<(ServerProcess Server, string Key)> StartAsync(string dll, TimeSpan timeout)
    {
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException(
                $"{dll} does not exist: build it first with `dotnet build -c Release src/Mizan.Cli`, or pass --server PATH or --url.");
        }

        string data = Directory.CreateTempSubdirectory("mizan-load-").FullName;
        var url = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string a in new[] { dll, "serve", "--data", data, "--urls", url.ToString().TrimEnd('/') })
        {
            start.ArgumentList.Add(a);
        }

        start.Environment["Logging__LogLevel__Default"] = "Warning";
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start dotnet.");
        var server = new ServerProcess(process, data, url);
        process.OutputDataReceived += (_, e) =>
        {
            const string Prefix = "MIZAN_KEY=";
            string? line = e.Data?.Trim();
            if (line is not null && line.StartsWith(Prefix, StringComparison.Ordinal))
            {
                server._key.TrySetResult(line[Prefix.Length..]);
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (!string.IsNullOrEmpty(e.Data))
            {
                Console.Error.WriteLine($"[server] {e.Data}");
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var cts = new CancellationTokenSource(timeout);
        try
        {
            string key = await server._key.Task.WaitAsync(cts.Token).ConfigureAwait(false);
            using var http = new HttpClient { BaseAddress = url };
            while (true)
            {
                try
                {
                    using var health = await http.GetAsync(new Uri("/health", UriKind.Relative), cts.Token).ConfigureAwait(false);
                    if (health.StatusCode == HttpStatusCode.OK)
                    {
                        return (server, key);
                    }
                }
                catch (HttpRequestException)
                {
                    // not listening yet
                }

                await Task.Delay(200, cts.Token).ConfigureAwait(false);
            }
        }
        catch
        {
            await server.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync().ConfigureAwait(false);
        }

        _process.Dispose();
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
