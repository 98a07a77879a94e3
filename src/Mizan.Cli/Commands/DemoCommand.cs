using System.CommandLine;
using Mizan.Core;
using Mizan.Data.Banks;
using SkiaSharp;

namespace Mizan.Cli.Commands;

/// <summary>
/// <c>mizan demo</c>: a small demo data set of benign, clearly labelled stand-ins: synthetic pictures, a bank of
/// their hashes, and a list of items to scan (an exact copy, a re-encoded copy, a rotated copy, an unrelated
/// picture, a bare hash).
/// </summary>
internal static class DemoCommand
{
    private const string BankName = "demo-test-data";

    public static Command Create(CliIO io)
    {
        var output = new Option<string>("--out")
        {
            Description = "Where to write the demo pictures and JSON lines files (default ./mizan-demo)",
            DefaultValueFactory = _ => "mizan-demo",
            HelpName = "DIR",
        };
        var command = new Command("demo", $"Load a demo data set of synthetic test pictures into a bank named '{BankName}'");
        command.Options.Add(output);
        command.SetAction(async (parse, ct) =>
        {
            string dir = Path.GetFullPath(parse.GetValue(output) ?? "mizan-demo");
            Directory.CreateDirectory(dir);
            await using var services = await CliServices.OpenAsync(parse, ct).ConfigureAwait(false);
            var banks = services.Get<BankService>();
            try
            {
                await banks.CreateBankAsync(BankName, "TEST DATA: synthetic pictures for trying Mizan out; nothing real.", autoAction: false, Mizan.Data.Audit.AuditActor.System("demo"), ct).ConfigureAwait(false);
            }
            catch (MizanException ex) when (ex.ErrorCode == ErrorCodes.Conflict)
            {
                // Loading the demo twice is fine: entries below are idempotent.
            }

            var bankLines = new List<string>();
            for (int i = 1; i <= 4; i++)
            {
                using var picture = DemoImages.Compose(800, 600, seed: 1000 + i);
                await File.WriteAllBytesAsync(Path.Combine(dir, $"known-{i}.jpg"), DemoImages.Encode(picture, SKEncodedImageFormat.Jpeg, 92), ct).ConfigureAwait(false);
                bankLines.Add($$"""{"id": "demo-{{i}}", "file": "known-{{i}}.jpg", "labels": ["test-data", "demo-group-{{(i % 2) + 1}}"], "source": "mizan demo"}""");
                if (i == 1)
                {
                    await File.WriteAllBytesAsync(Path.Combine(dir, "reupload-1.jpg"), DemoImages.Encode(picture, SKEncodedImageFormat.Jpeg, 50), ct).ConfigureAwait(false);
                    using var rotated = DemoImages.Rotate90(picture);
                    await File.WriteAllBytesAsync(Path.Combine(dir, "rotated-1.png"), DemoImages.Encode(rotated, SKEncodedImageFormat.Png, 100), ct).ConfigureAwait(false);
                }
            }

            using (var unrelated = DemoImages.Compose(800, 600, seed: 2000))
            {
                await File.WriteAllBytesAsync(Path.Combine(dir, "unrelated.jpg"), DemoImages.Encode(unrelated, SKEncodedImageFormat.Jpeg, 90), ct).ConfigureAwait(false);
            }

            string bankFile = Path.Combine(dir, "bank.jsonl");
            await File.WriteAllLinesAsync(bankFile, bankLines, ct).ConfigureAwait(false);
            await File.WriteAllLinesAsync(
                Path.Combine(dir, "items.jsonl"),
                [
                    """{"id": "exact-copy", "file": "known-1.jpg"}""",
                    """{"id": "re-encoded", "file": "reupload-1.jpg"}""",
                    """{"id": "rotated", "file": "rotated-1.png", "dihedral": true}""",
                    """{"id": "unrelated", "file": "unrelated.jpg"}""",
                    """{"id": "bad-hash", "pdq": "not-a-hash"}""",
                ],
                ct).ConfigureAwait(false);

            int imported = 0;
            foreach (string line in bankLines)
            {
                var entry = await EntryLineParser.ParseLineAsync(line, (path, token) => HashAsync(Path.Combine(dir, path), token), ct).ConfigureAwait(false);
                var result = (await banks.AddEntriesAsync(BankName, [entry!], Mizan.Data.Audit.AuditActor.System("demo"), ct).ConfigureAwait(false))[0];
                imported += result.Failed ? 0 : 1;
            }

            await io.Out.WriteLineAsync($"Demo data (TEST DATA, synthetic pictures) written to {dir}").ConfigureAwait(false);
            await io.Out.WriteLineAsync($"Bank '{BankName}' holds {imported} demo entries. Try:").ConfigureAwait(false);
            await io.Out.WriteLineAsync($"  mizan scan {Path.Combine(dir, "items.jsonl")}").ConfigureAwait(false);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static async Task<Mizan.Core.Signals.FileSignals> HashAsync(string path, CancellationToken ct)
    {
        await using var stream = File.OpenRead(path);
        return await Mizan.Core.Signals.FileSignalExtractor.ExtractAsync(stream, CliSignalOptions.For(path), ct).ConfigureAwait(false);
    }
}
