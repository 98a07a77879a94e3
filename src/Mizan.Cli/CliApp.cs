using System.CommandLine;
using Mizan.Cli.Commands;
using Mizan.Core;

namespace Mizan.Cli;

/// <summary>The <c>mizan</c> command: parsing, exit codes, and the verbs.</summary>
internal static class CliApp
{
    public static async Task<int> RunAsync(
        string[] args, TextWriter stdout, TextWriter stderr, IReadOnlyDictionary<string, string?>? settings = null, TextReader? stdin = null)
    {
        CliServices.Settings.Value = settings;
        var root = BuildRoot(stdout, stderr, stdin);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                await stderr.WriteLineAsync($"mizan: {error.Message}").ConfigureAwait(false);
            }

            await stderr.WriteLineAsync("Run 'mizan --help' (or 'mizan COMMAND --help') for usage.").ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false }).ConfigureAwait(false);
        }
        catch (MizanException ex) when (string.Equals(ex.ErrorCode, ErrorCodes.InvalidConfiguration, StringComparison.Ordinal))
        {
            await stderr.WriteLineAsync($"mizan: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.Usage;
        }
        catch (MizanException ex)
        {
            await stderr.WriteLineAsync($"mizan: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.DomainError;
        }
        catch (OperationCanceledException)
        {
            await stderr.WriteLineAsync("mizan: cancelled").ConfigureAwait(false);
            return ExitCodes.DomainError;
        }
#pragma warning disable CA1031 // The command's last line of defence: report, never crash with a stack trace.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            await stderr.WriteLineAsync($"mizan: unexpected error: {ex.GetType().Name}: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.Unexpected;
        }
    }

    internal static RootCommand BuildRoot(TextWriter stdout, TextWriter stderr, TextReader? stdin = null)
    {
        var root = new RootCommand(
            "Mizan: find known terrorist and violent-extremist content by hash, act on it, and keep the balance.\n" +
            "Data lives in --data (default ./mizan-data), an embedded SQLite database, or on PostgreSQL with\n" +
            "Database__Provider=Postgres and Database__ConnectionString set in the environment.");
        root.Options.Add(CommonOptions.Data);
        var io = new CliIO(stdout, stderr, stdin);
        root.Subcommands.Add(ServeCommand.Create(io));
        root.Subcommands.Add(HashCommand.Create(io));
        root.Subcommands.Add(BankCommand.Create(io));
        root.Subcommands.Add(ScanCommand.Create(io));
        root.Subcommands.Add(KeysCommand.Create(io));
        root.Subcommands.Add(UsersCommand.Create(io));
        root.Subcommands.Add(DbCommand.Create(io));
        root.Subcommands.Add(DemoCommand.Create(io));
        root.Subcommands.Add(BackgroundCommand.Create(io));
        root.Subcommands.Add(AuditCommand.Create(io));
        return root;
    }
}
