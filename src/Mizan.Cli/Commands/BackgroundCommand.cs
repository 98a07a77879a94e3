using System.CommandLine;
using Mizan.Core;
using Mizan.Data.Background;

namespace Mizan.Cli.Commands;

/// <summary><c>mizan background</c>: texts whose quotations are masked before text matching.</summary>
internal static class BackgroundCommand
{
    public static Command Create(CliIO io)
    {
        var name = new Argument<string>("NAME") { Description = "A name for the text, e.g. a collection and number" };
        var file = new Argument<string>("FILE") { Description = "A UTF-8 text file" };
        var add = new Command("add", "Add a background text (quotations of it will not count towards text matches)");
        add.Arguments.Add(name);
        add.Arguments.Add(file);
        add.SetAction(async (parse, ct) =>
        {
            string path = parse.GetValue(file)!;
            if (!File.Exists(path))
            {
                throw new MizanException(ErrorCodes.NotFound, $"File not found: {path}");
            }

            string text = await File.ReadAllTextAsync(path, ct).ConfigureAwait(false);
            await using var services = await CliServices.OpenAsync(parse, ct).ConfigureAwait(false);
            var added = await services.Get<BackgroundTextService>().AddAsync(parse.GetValue(name)!, text, Mizan.Data.Audit.AuditActor.System("cli"), ct).ConfigureAwait(false);
            await io.Out.WriteLineAsync($"Added background text {added.Id} '{added.Name}' ({added.Length} characters).").ConfigureAwait(false);
            return ExitCodes.Ok;
        });

        var list = new Command("list", "List the background texts administrators added (the Quran is built in)");
        list.SetAction(async (parse, ct) =>
        {
            await using var services = await CliServices.OpenAsync(parse, ct).ConfigureAwait(false);
            foreach (var t in await services.Get<BackgroundTextService>().ListAsync(ct).ConfigureAwait(false))
            {
                await io.Out.WriteLineAsync($"{t.Id}\t{t.Name}\t{t.Length} characters\t{t.AddedBy}\t{t.AddedAt:u}").ConfigureAwait(false);
            }

            return ExitCodes.Ok;
        });

        var background = new Command("background", "Background texts: built-in Quran plus texts added here");
        background.Subcommands.Add(add);
        background.Subcommands.Add(list);
        return background;
    }
}
