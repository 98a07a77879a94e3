using System.CommandLine;
using Microsoft.Extensions.Hosting;
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
                .. parse.UnmatchedTokens,
            ]);
            await io.Out.WriteLineAsync($"Mizan: data in {Path.GetFullPath(dataDir)}; listening on {parse.GetValue(urls)} (Ctrl+C to stop)").ConfigureAwait(false);
            await app.StartAsync(ct).ConfigureAwait(false);
            await app.WaitForShutdownAsync(ct).ConfigureAwait(false);
            return ExitCodes.Ok;
        });
        return command;
    }
}
