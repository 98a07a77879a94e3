using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Mizan.Data;
using Mizan.Data.Audit;
using Spectre.Console;

namespace Mizan.Cli.Commands;

/// <summary>
/// <c>mizan audit verify</c>: walks the whole audit chain (streamed, with progress on a terminal) and names the
/// first broken link. Exit code 0 when the chain holds, 1 when it is broken.
/// </summary>
internal static class AuditCommand
{
    public static Command Create(CliIO io)
    {
        var json = CommonOptions.Json("Print the result as JSON: {\"valid\", \"checked\", \"lastSeq\", \"lastHash\", \"brokenSeq\", \"problem\"}");
        var verify = new Command("verify", "Verify the audit chain: every event's hash and link, in order; names the first broken link");
        verify.Options.Add(json);
        verify.SetAction(async (parse, ct) =>
        {
            await using var services = await CliServices.OpenAsync(parse, ct).ConfigureAwait(false);
            var db = services.Get<MizanDbContext>();
            AuditVerification result;
            if (io.Interactive)
            {
                long total = await db.AuditEvents.LongCountAsync(ct).ConfigureAwait(false);
                AuditVerification? outcome = null;
                var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
                await console.Progress().AutoClear(true).StartAsync(async progress =>
                {
                    var task = progress.AddTask("Verifying the audit chain", maxValue: Math.Max(1, total));
                    outcome = await AuditVerifier.VerifyAsync(db, new Progress<long>(n => task.Value = n), ct).ConfigureAwait(false);
                }).ConfigureAwait(false);
                result = outcome!;
            }
            else
            {
                result = await AuditVerifier.VerifyAsync(db, null, ct).ConfigureAwait(false);
            }

            if (parse.GetValue(json))
            {
                await io.Out.WriteLineAsync(CliJson.Line(result)).ConfigureAwait(false);
            }
            else if (result.Valid)
            {
                await io.Out.WriteLineAsync($"Audit chain valid: {result.Checked} event(s), last {result.LastSeq}, head hash {result.LastHash}.").ConfigureAwait(false);
            }
            else
            {
                await io.Out.WriteLineAsync($"Audit chain BROKEN at event {result.BrokenSeq}: {result.Problem}").ConfigureAwait(false);
                await io.Out.WriteLineAsync($"Events 1-{result.LastSeq} verify; the chain is not trustworthy from event {result.BrokenSeq} on.").ConfigureAwait(false);
            }

            return result.Valid ? ExitCodes.Ok : ExitCodes.DomainError;
        });
        var audit = new Command("audit", "The hash-chained audit log");
        audit.Subcommands.Add(verify);
        return audit;
    }
}
