using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Mizan.Data;
using Mizan.Server;

namespace Mizan.Cli.Commands;

/// <summary><c>mizan serve</c>: the HTTP API with the embedded database.</summary>
internal static class ServeCommand
{
    public static Command Create(CliIO io)
    {
        var urls = new Option<string>("--urls")
        {
            Description = $"Where to listen (default {MizanApp.DefaultUrl})",
            DefaultValueFactory = _ => MizanApp.DefaultUrl,
            HelpName = "URL",
        };
        var command = new Command("serve", "Run the server: the JSON API under /v1, OpenAPI at /openapi/v1.json, health at /health");
        command.Options.Add(urls);
        // Anything else is server configuration, such as --Limits:MaxRequestBytes=1048576.
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(async (parse, ct) =>
        {
            string dataDir = parse.GetValue(CommonOptions.Data) ?? "mizan-data";
            var app = MizanApp.Build(
            [
                "--urls", parse.GetValue(urls) ?? MizanApp.DefaultUrl,
                "--Database:DataDirectory=" + dataDir,
                .. (CliServices.Settings.Value ?? new Dictionary<string, string?>()).Select(s => $"--{s.Key}={s.Value}"),
                .. parse.UnmatchedTokens,
            ]);
            var database = app.Services.GetRequiredService<DatabaseOptions>();
            string where = database.IsPostgres
                ? "data in PostgreSQL " + PostgresTarget(database.ConnectionString!)
                : "data in " + Path.GetFullPath(dataDir);
            await io.Out.WriteLineAsync($"Mizan: {where}; listening on {parse.GetValue(urls)} (Ctrl+C to stop)").ConfigureAwait(false);
            await app.StartAsync(ct).ConfigureAwait(false);
            await app.WaitForShutdownAsync(ct).ConfigureAwait(false);
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Host, port and database of a connection string, never its password.</summary>
    private static string PostgresTarget(string connectionString)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        return $"{builder.Host}:{builder.Port}/{builder.Database}";
    }
}
