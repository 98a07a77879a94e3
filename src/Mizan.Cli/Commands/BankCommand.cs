using System.CommandLine;
using Mizan.Data.Banks;

namespace Mizan.Cli.Commands;

/// <summary><c>mizan bank</c>: create, list, import, export and retract.</summary>
internal static class BankCommand
{
    public static Command Create(CliIO io)
    {
        var bank = new Command("bank", "Banks of known content");
        bank.Subcommands.Add(CreateBank(io));
        bank.Subcommands.Add(ListBanks(io));
        bank.Subcommands.Add(BankImportCommand.Create(io));
        bank.Subcommands.Add(BankExportCommand.Create(io));
        bank.Subcommands.Add(Retract(io));
        return bank;
    }

    internal static Argument<string> NameArgument() => new("NAME") { Description = "The bank's name" };

    private static Command CreateBank(CliIO io)
    {
        var name = NameArgument();
        var autoAction = new Option<bool>("--auto-action") { Description = "Matches to this bank may trigger automatic action" };
        var description = new Option<string>("--description") { Description = "What the bank holds", HelpName = "TEXT" };
        var minSimilarity = new Option<double?>("--text-min-similarity") { Description = "Text matches need this Jaccard similarity, 0-1 (or enough containment)", HelpName = "X" };
        var minContainment = new Option<double?>("--text-min-containment") { Description = "Text matches need this share of the known text in the query, 0-1 (or enough similarity)", HelpName = "X" };
        var command = new Command("create", "Create a bank");
        command.Arguments.Add(name);
        command.Options.Add(autoAction);
        command.Options.Add(description);
        command.Options.Add(minSimilarity);
        command.Options.Add(minContainment);
        command.SetAction(async (parse, ct) =>
        {
            await using var services = await CliServices.OpenAsync(parse, ct).ConfigureAwait(false);
            var created = await services.Get<BankService>()
                .CreateBankAsync(parse.GetValue(name)!, parse.GetValue(description), parse.GetValue(autoAction), Mizan.Data.Audit.AuditActor.System("cli"), ct, parse.GetValue(minSimilarity), parse.GetValue(minContainment))
                .ConfigureAwait(false);
            await io.Out.WriteLineAsync($"Created bank '{created.Name}'{(created.AutoAction ? " (automatic action allowed)" : "")}.").ConfigureAwait(false);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command ListBanks(CliIO io)
    {
        var json = CommonOptions.Json("One JSON object per bank");
        var command = new Command("list", "List banks with their entry counts");
        command.Options.Add(json);
        command.SetAction(async (parse, ct) =>
        {
            await using var services = await CliServices.OpenAsync(parse, ct).ConfigureAwait(false);
            var banks = await services.Get<BankService>().ListBanksAsync(ct).ConfigureAwait(false);
            if (parse.GetValue(json))
            {
                foreach (var b in banks)
                {
                    await io.Out.WriteLineAsync(CliJson.Line(b)).ConfigureAwait(false);
                }

                return ExitCodes.Ok;
            }

            if (banks.Count == 0)
            {
                await io.Out.WriteLineAsync("No banks yet. Create one with: mizan bank create NAME").ConfigureAwait(false);
                return ExitCodes.Ok;
            }

            await io.Out.WriteLineAsync($"{"NAME",-24} {"ENTRIES",8} {"RETRACTED",9} {"AUTO",4}  DESCRIPTION").ConfigureAwait(false);
            foreach (var b in banks)
            {
                await io.Out.WriteLineAsync($"{b.Name,-24} {b.Entries,8} {b.Retracted,9} {(b.AutoAction ? "yes" : "no"),4}  {b.Description}").ConfigureAwait(false);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Retract(CliIO io)
    {
        var name = NameArgument();
        var entry = new Argument<string>("ENTRY_ID") { Description = "The entry's id" };
        var reason = new Option<string>("--reason") { Description = "Why the entry is retracted", Required = true, HelpName = "TEXT" };
        var command = new Command("retract", "Retract an entry: it never matches again; the reason is kept");
        command.Arguments.Add(name);
        command.Arguments.Add(entry);
        command.Options.Add(reason);
        command.SetAction(async (parse, ct) =>
        {
            await using var services = await CliServices.OpenAsync(parse, ct).ConfigureAwait(false);
            int count = await services.Get<BankService>()
                .RetractAsync(parse.GetValue(name)!, parse.GetValue(entry)!, parse.GetValue(reason)!, Mizan.Data.Audit.AuditActor.System("cli"), ct)
                .ConfigureAwait(false);
            await io.Out.WriteLineAsync(count == 0
                ? $"Entry '{parse.GetValue(entry)}' was already retracted."
                : $"Retracted entry '{parse.GetValue(entry)}' ({count} signal(s)).").ConfigureAwait(false);
            return ExitCodes.Ok;
        });
        return command;
    }
}
