using System.CommandLine;
using Mizan.Core;
using Mizan.Core.Signals;
using Mizan.Data.Banks;
using Spectre.Console;

namespace Mizan.Cli.Commands;

/// <summary>
/// <c>mizan bank import</c>: JSON lines, in batches of one transaction each. A bad line is reported with its
/// number and reason and the rest are imported; the exit code is 1 when any line failed.
/// </summary>
internal static class BankImportCommand
{
    private const int BatchSize = 1000;

    public static Command Create(CliIO io)
    {
        var name = BankCommand.NameArgument();
        var file = new Argument<string>("FILE") { Description = "JSON lines: {\"id\", \"pdq\"|\"md5\"|\"sha256\"|\"file\", \"labels\"}; - for standard input" };
        var command = new Command("import", "Import entries from a JSON lines file");
        command.Arguments.Add(name);
        command.Arguments.Add(file);
        command.SetAction(async (parse, ct) =>
        {
            string bankName = parse.GetValue(name)!;
            string path = parse.GetValue(file)!;
            await using var services = await CliServices.OpenAsync(parse, ct).ConfigureAwait(false);
            var banks = services.Get<BankService>();
            await banks.GetBankAsync(bankName, ct).ConfigureAwait(false);

            Stream input = path == "-" ? Console.OpenStandardInput() : OpenFile(path);
            await using (input.ConfigureAwait(false))
            {
                var run = new ImportRun(io, banks, bankName, path == "-" ? null : path);
                if (io.Interactive && input.CanSeek)
                {
                    var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
                    await console.Progress().AutoClear(true).StartAsync(async progress =>
                    {
                        var task = progress.AddTask($"Importing into {bankName}", maxValue: Math.Max(1, input.Length));
                        await run.RunAsync(input, read => task.Value = read, ct).ConfigureAwait(false);
                    }).ConfigureAwait(false);
                }
                else
                {
                    await run.RunAsync(input, null, ct).ConfigureAwait(false);
                }

                await io.Out.WriteLineAsync(
                    $"Imported {run.Entries} entries into '{bankName}': {run.Added} signal(s) added, {run.Unchanged} unchanged, " +
                    $"{run.Skipped} retracted line(s) skipped, {run.Failed} line(s) failed.").ConfigureAwait(false);
                return run.Failed == 0 ? ExitCodes.Ok : ExitCodes.DomainError;
            }
        });
        return command;
    }

    private static FileStream OpenFile(string path) =>
        File.Exists(path) ? File.OpenRead(path) : throw new MizanException(ErrorCodes.NotFound, $"File not found: {path}");

    private sealed class ImportRun(CliIO io, BankService banks, string bankName, string? listFile)
    {
        public int Entries { get; private set; }

        public int Added { get; private set; }

        public int Unchanged { get; private set; }

        public int Skipped { get; private set; }

        public int Failed { get; private set; }

        public async Task RunAsync(Stream input, Action<double>? progress, CancellationToken ct)
        {
            using var reader = new StreamReader(input, new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true));
            var batch = new List<EntryInput>(BatchSize);
            var lineNumbers = new List<int>(BatchSize);
            int lineNumber = 0;
            while (true)
            {
                string? line;
                try
                {
                    line = await reader.ReadLineAsync(ct).ConfigureAwait(false);
                }
                catch (System.Text.DecoderFallbackException)
                {
                    await FailAsync(lineNumber + 1, ErrorCodes.InvalidRequest, "the file is not valid UTF-8; import stopped here").ConfigureAwait(false);
                    break;
                }

                if (line is null)
                {
                    break;
                }

                lineNumber++;
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                try
                {
                    var entry = await EntryLineParser.ParseLineAsync(line, HashFileAsync, ct).ConfigureAwait(false);
                    if (entry is null)
                    {
                        Skipped++;
                        continue;
                    }

                    batch.Add(entry);
                    lineNumbers.Add(lineNumber);
                }
                catch (MizanException ex)
                {
                    await FailAsync(lineNumber, ex.ErrorCode, ex.Message).ConfigureAwait(false);
                }

                if (batch.Count == BatchSize)
                {
                    await FlushAsync(batch, lineNumbers, ct).ConfigureAwait(false);
                    progress?.Invoke(input.Position);
                }
            }

            await FlushAsync(batch, lineNumbers, ct).ConfigureAwait(false);
            progress?.Invoke(input.CanSeek ? input.Length : 0);
        }

        private async Task<FileSignals> HashFileAsync(string path, CancellationToken ct)
        {
            string resolved = FilePaths.Resolve(path, listFile);
            await using var stream = File.OpenRead(resolved);
            return await FileSignalExtractor.ExtractAsync(stream, CliSignalOptions.For(resolved), ct).ConfigureAwait(false);
        }

        private async Task FlushAsync(List<EntryInput> batch, List<int> lineNumbers, CancellationToken ct)
        {
            if (batch.Count == 0)
            {
                return;
            }

            var results = await banks.AddEntriesAsync(bankName, batch, Mizan.Data.Audit.AuditActor.System("cli"), ct).ConfigureAwait(false);
            for (int i = 0; i < results.Count; i++)
            {
                var r = results[i];
                if (r.Failed)
                {
                    await FailAsync(lineNumbers[i], r.ErrorCode!, r.Error!).ConfigureAwait(false);
                    continue;
                }

                Entries++;
                Added += r.Added;
                Unchanged += r.Unchanged;
            }

            batch.Clear();
            lineNumbers.Clear();
        }

        private Task FailAsync(int lineNumber, string code, string message)
        {
            Failed++;
            return io.Error.WriteLineAsync($"line {lineNumber}: {code}: {message}");
        }
    }
}
