using System.CommandLine;
using System.Globalization;
using System.Threading.Channels;
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
    /// <summary>Entries per transaction (and per audit event, which lists them all).</summary>
    internal const int BatchSize = 5000;

    private static readonly TimeSpan ReportEvery = TimeSpan.FromSeconds(2);

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
            await using var bulk = await banks.BeginBulkAsync(ct).ConfigureAwait(false);

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
        private readonly System.Diagnostics.Stopwatch _clock = System.Diagnostics.Stopwatch.StartNew();
        private TimeSpan _lastReport;

        public int Entries { get; private set; }

        public int Added { get; private set; }

        public int Unchanged { get; private set; }

        public int Skipped { get; private set; }

        public int Failed { get; private set; }

        /// <summary>
        /// Reads and parses the next batch while the previous one is written (one batch ahead, so memory stays
        /// bounded); each batch's failures are reported in line order once it is written.
        /// </summary>
        public async Task RunAsync(Stream input, Action<double>? progress, CancellationToken ct)
        {
            var batches = Channel.CreateBounded<Batch>(new BoundedChannelOptions(1) { SingleReader = true, SingleWriter = true });
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
            var reading = Task.Run(() => ReadAsync(input, batches.Writer, stop.Token), CancellationToken.None);
            try
            {
                await foreach (var batch in batches.Reader.ReadAllAsync(ct).ConfigureAwait(false))
                {
                    await FlushAsync(batch, ct).ConfigureAwait(false);
                    progress?.Invoke(batch.Position);
                    await ReportAsync(batch.Line, final: false).ConfigureAwait(false);
                }
            }
            finally
            {
                // A failed write must not leave the reader waiting for room in the channel.
                await stop.CancelAsync().ConfigureAwait(false);
                await reading.ConfigureAwait(false);
            }

            progress?.Invoke(input.CanSeek ? input.Length : 0);
            await ReportAsync(0, final: true).ConfigureAwait(false);
        }

        private async Task ReadAsync(Stream input, ChannelWriter<Batch> batches, CancellationToken ct)
        {
            Exception? error = null;
            try
            {
                using var reader = new StreamReader(input, new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true));
                var batch = new Batch();
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
                        batch.Failures.Add(new LineFailure(lineNumber + 1, ErrorCodes.InvalidRequest, "the file is not valid UTF-8; import stopped here"));
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
                            batch.Skipped++;
                            continue;
                        }

                        batch.Entries.Add(entry);
                        batch.LineNumbers.Add(lineNumber);
                    }
                    catch (MizanException ex)
                    {
                        batch.Failures.Add(new LineFailure(lineNumber, ex.ErrorCode, ex.Message));
                    }

                    if (batch.Entries.Count == BatchSize)
                    {
                        (batch.Line, batch.Position) = (lineNumber, input.CanSeek ? input.Position : 0);
                        await batches.WriteAsync(batch, ct).ConfigureAwait(false);
                        batch = new Batch();
                    }
                }

                (batch.Line, batch.Position) = (lineNumber, input.CanSeek ? input.Position : 0);
                await batches.WriteAsync(batch, ct).ConfigureAwait(false);
            }
            catch (Exception ex)
            {
                error = ex;
            }
            finally
            {
                batches.TryComplete(error);
            }
        }

        private async Task<FileSignals> HashFileAsync(string path, CancellationToken ct)
        {
            string resolved = FilePaths.Resolve(path, listFile);
            await using var stream = File.OpenRead(resolved);
            return await FileSignalExtractor.ExtractAsync(stream, CliSignalOptions.For(resolved), ct).ConfigureAwait(false);
        }

        private async Task FlushAsync(Batch batch, CancellationToken ct)
        {
            Skipped += batch.Skipped;
            var failures = batch.Failures;
            if (batch.Entries.Count > 0)
            {
                var results = await banks.AddEntriesAsync(bankName, batch.Entries, Mizan.Data.Audit.AuditActor.System("cli"), ct).ConfigureAwait(false);
                for (int i = 0; i < results.Count; i++)
                {
                    var r = results[i];
                    if (r.Failed)
                    {
                        failures.Add(new LineFailure(batch.LineNumbers[i], r.ErrorCode!, r.Error!));
                        continue;
                    }

                    Entries++;
                    Added += r.Added;
                    Unchanged += r.Unchanged;
                }
            }

            failures.Sort((a, b) => a.Line.CompareTo(b.Line));
            foreach (var failure in failures)
            {
                Failed++;
                await io.Error.WriteLineAsync($"line {failure.Line}: {failure.Code}: {failure.Message}").ConfigureAwait(false);
            }
        }

        /// <summary>Without a progress bar (output redirected), a line on standard error every few seconds.</summary>
        private async Task ReportAsync(int line, bool final)
        {
            if (io.Interactive)
            {
                return;
            }

            var elapsed = _clock.Elapsed;
            if (final ? _lastReport == TimeSpan.Zero : elapsed - _lastReport < ReportEvery)
            {
                return;
            }

            _lastReport = elapsed;
            string rate = (Entries / Math.Max(elapsed.TotalSeconds, 0.001)).ToString("N0", CultureInfo.InvariantCulture);
            await io.Error.WriteLineAsync(final
                ? $"progress: done, {Entries:N0} entries in {elapsed.TotalSeconds:F1} s ({rate}/s)"
                : $"progress: line {line:N0}, {Entries:N0} entries in {elapsed.TotalSeconds:F1} s ({rate}/s)").ConfigureAwait(false);
        }
    }

    /// <summary>Parsed lines on their way to the store, with the lines that failed to parse.</summary>
    private sealed class Batch
    {
        public List<EntryInput> Entries { get; } = new(BatchSize);

        public List<int> LineNumbers { get; } = new(BatchSize);

        public List<LineFailure> Failures { get; } = [];

        public int Skipped { get; set; }

        /// <summary>The last line read into this batch.</summary>
        public int Line { get; set; }

        /// <summary>How far into the input the batch ends (for the progress bar).</summary>
        public long Position { get; set; }
    }

    private sealed record LineFailure(int Line, string Code, string Message);
}
