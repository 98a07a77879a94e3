using System.CommandLine;
using Mizan.Data.Banks;

namespace Mizan.Cli.Commands;

/// <summary><c>mizan bank export</c>: entries as JSON lines, the import format.</summary>
internal static class BankExportCommand
{
    public static Command Create(CliIO io)
    {
        var name = BankCommand.NameArgument();
        var includeRetracted = new Option<bool>("--include-retracted")
        {
            Description = "Also export retracted entries, marked \"retracted\": true (import skips them)",
        };
        var command = new Command("export", "Write a bank's entries to standard output as JSON lines (one signal per line)");
        command.Arguments.Add(name);
        command.Options.Add(includeRetracted);
        command.SetAction(async (parse, ct) =>
        {
            await using var services = await CliServices.OpenAsync(parse, ct).ConfigureAwait(false);
            bool retracted = parse.GetValue(includeRetracted);
            await foreach (var e in services.Get<BankService>().ExportAsync(parse.GetValue(name)!, ct).ConfigureAwait(false))
            {
                if (e.Retracted && !retracted)
                {
                    continue;
                }

                var line = new Dictionary<string, object?>(StringComparer.Ordinal)
                {
                    ["id"] = e.Id,
                    [e.Signal] = e.Text ?? e.Value,
                };
                if (e.Scope is not null and not UrlScopes.Exact)
                {
                    line["scope"] = e.Scope;
                }
                if (e.Quality is int q)
                {
                    line["quality"] = q;
                }

                if (e.Labels.Count > 0)
                {
                    line["labels"] = e.Labels;
                }

                if (e.Source is not null)
                {
                    line["source"] = e.Source;
                }

                if (e.Retracted)
                {
                    line["retracted"] = true;
                    line["retractedReason"] = e.RetractedReason;
                }

                await io.Out.WriteLineAsync(CliJson.Line(line)).ConfigureAwait(false);
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
