using System.CommandLine;
using System.Text.Json;
using Mizan.Core;
using Mizan.Core.Signals;
using Mizan.Data.Matching;

namespace Mizan.Cli.Commands;

/// <summary>
/// <c>mizan scan</c>: match JSON lines of items against every enabled bank and print one JSON line per item.
/// An item that cannot be read gets <c>"error"</c> instead of matches; the others go on.
/// </summary>
internal static class ScanCommand
{
    public static Command Create(CliIO io)
    {
        var file = new Argument<string>("FILE") { Description = "JSON lines: {\"id\", \"file\"|\"pdq\"|\"md5\"|\"sha256\"}; - for standard input" };
        var dihedral = new Option<bool>("--dihedral") { Description = "Also match rotated and mirrored copies of images (says which transform matched)" };
        var command = new Command("scan", "Match items against the banks; one JSON result line per item");
        command.Arguments.Add(file);
        command.Options.Add(dihedral);
        command.SetAction(async (parse, ct) =>
        {
            string path = parse.GetValue(file)!;
            if (path != "-" && !File.Exists(path))
            {
                throw new MizanException(ErrorCodes.NotFound, $"File not found: {path}");
            }

            await using var services = await CliServices.OpenAsync(parse, ct).ConfigureAwait(false);
            var matcher = services.Get<Matcher>();
            bool defaultDihedral = parse.GetValue(dihedral);
            int failed = 0;
            int lineNumber = 0;
            Stream input = path == "-" ? Console.OpenStandardInput() : File.OpenRead(path);
            using var reader = new StreamReader(input);
            string? line;
            while ((line = await reader.ReadLineAsync(ct).ConfigureAwait(false)) is not null)
            {
                lineNumber++;
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                var result = await ScanLineAsync(line, matcher, defaultDihedral, path == "-" ? null : path, ct).ConfigureAwait(false);
                if (result.Error is not null)
                {
                    failed++;
                    await io.Error.WriteLineAsync($"line {lineNumber}: {result.ErrorCode}: {result.Error}").ConfigureAwait(false);
                }

                await io.Out.WriteLineAsync(CliJson.Line(result)).ConfigureAwait(false);
            }

            return failed == 0 ? ExitCodes.Ok : ExitCodes.DomainError;
        });
        return command;
    }

    private static async Task<ScanResult> ScanLineAsync(string line, Matcher matcher, bool defaultDihedral, string? listFile, CancellationToken ct)
    {
        string? id = null;
        try
        {
            ScanItem item;
            try
            {
                using var doc = JsonDocument.Parse(line);
                if (doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty("id", out var idElement))
                {
                    id = idElement.ValueKind == JsonValueKind.String ? idElement.GetString() : idElement.GetRawText();
                }

                item = ScanItemParser.Parse(doc.RootElement, allowFile: true);
            }
            catch (JsonException ex)
            {
                throw new MizanException(ErrorCodes.InvalidRequest, $"Not valid JSON: {ex.Message}", ex);
            }

            var input = item.ToInput(defaultDihedral);
            if (item.File is not null)
            {
                string resolved = FilePaths.Resolve(item.File, listFile);
                FileSignals signals;
                await using (var stream = File.OpenRead(resolved))
                {
                    signals = await FileSignalExtractor.ExtractAsync(stream, CliSignalOptions.For(resolved), ct).ConfigureAwait(false);
                }

                input = new ScanInput { Pdq = input.Pdq, Md5 = input.Md5, Sha256 = input.Sha256, Text = input.Text, Url = input.Url, File = signals, Dihedral = input.Dihedral };
            }

            return ScanResult.From(id, await matcher.ScanAsync(input, ct).ConfigureAwait(false));
        }
        catch (MizanException ex)
        {
            return ScanResult.Failed(id, ex.ErrorCode, ex.Message);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return ScanResult.Failed(id, ErrorCodes.InvalidRequest, ex.Message);
        }
    }
}
