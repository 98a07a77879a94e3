using Mizan.Tests.Shared;

namespace Mizan.Cli.Tests;

/// <summary>
/// Runs the real <c>mizan</c> command in-process against a temporary data directory and a store of its own: SQLite
/// there, or a fresh PostgreSQL database when <c>MIZAN_TEST_POSTGRES</c> is set (<see cref="TestDatabase"/>).
/// </summary>
internal sealed class CliRunner : IDisposable
{
    private readonly TempDirectory _dir = new();
    private readonly TestDatabase _database = TestDatabase.Create();

    public TestDatabase Database => _database;

    public string DataDirectory => Path.Combine(_dir.Path, "data");

    public string File(string name) => _dir.File(name);

    public string Write(string name, byte[] bytes)
    {
        string path = _dir.File(name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllBytes(path, bytes);
        return path;
    }

    public string WriteLines(string name, params string[] lines)
    {
        string path = _dir.File(name);
        System.IO.File.WriteAllText(path, string.Join('\n', lines) + "\n");
        return path;
    }

    /// <summary>Runs with <c>--data</c> pointing at this runner's directory, on this runner's store.</summary>
    public Task<CliResult> RunAsync(params string[] args) => RunWithAsync(_database.Settings, [.. args, "--data", DataDirectory]);

    public static Task<CliResult> RunRawAsync(params string[] args) => RunWithAsync(null, args);

    /// <summary>Runs on this runner's store with <paramref name="stdin"/> as standard input.</summary>
    public async Task<CliResult> RunWithInputAsync(string stdin, params string[] args)
    {
        using var input = new StringReader(stdin);
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        int exit = await CliApp.RunAsync([.. args, "--data", DataDirectory], stdout, stderr, _database.Settings, input);
        return new CliResult(exit, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Runs with these configuration settings on top of the environment (as Database__Provider=... would).</summary>
    public static async Task<CliResult> RunWithAsync(IReadOnlyDictionary<string, string?>? settings, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        int exit = await CliApp.RunAsync(args, stdout, stderr, settings);
        return new CliResult(exit, stdout.ToString(), stderr.ToString());
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _database.Dispose();
        _dir.Dispose();
    }
}

/// <summary>What a run printed and returned.</summary>
internal sealed record CliResult(int ExitCode, string Out, string Error)
{
    public string[] Lines => Out.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public override string ToString() => $"exit {ExitCode}\nstdout:\n{Out}\nstderr:\n{Error}";
}
