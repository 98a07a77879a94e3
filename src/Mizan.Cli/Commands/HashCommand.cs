using System.CommandLine;
using Mizan.Core;
using Mizan.Core.Hashing;
using Mizan.Core.Signals;

namespace Mizan.Cli.Commands;

/// <summary><c>mizan hash</c>: SHA-256, MD5 and, for images, PDQ with quality.</summary>
internal static class HashCommand
{
    public static Command Create(CliIO io)
    {
        var files = new Argument<string[]>("FILE") { Description = "Files to hash", Arity = ArgumentArity.OneOrMore };
        var json = CommonOptions.Json("One JSON object per line: path, sha256, md5, pdq, pdqQuality");
        var command = new Command("hash", "Print each file's SHA-256, MD5 and, for images, PDQ hash and quality");
        command.Arguments.Add(files);
        command.Options.Add(json);
        command.SetAction(async (parse, ct) =>
        {
            bool asJson = parse.GetValue(json);
            int failures = 0;
            foreach (string path in parse.GetValue(files)!)
            {
                var line = await HashOneAsync(path, ct).ConfigureAwait(false);
                if (line.Error is not null)
                {
                    failures++;
                    await io.Error.WriteLineAsync($"mizan: {path}: {line.Error}").ConfigureAwait(false);
                }

                await io.Out.WriteLineAsync(asJson ? CliJson.Line(line) : Plain(line)).ConfigureAwait(false);
            }

            return failures == 0 ? ExitCodes.Ok : ExitCodes.DomainError;
        });
        return command;
    }

    private static async Task<HashLine> HashOneAsync(string path, CancellationToken ct)
    {
        if (!File.Exists(path))
        {
            return new HashLine(path, null, null, null, null, Directory.Exists(path) ? "is a directory" : "file not found");
        }

        try
        {
            FileSignals signals;
            await using (var stream = File.OpenRead(path))
            {
                signals = await FileSignalExtractor.ExtractAsync(stream, CliSignalOptions.For(path), ct).ConfigureAwait(false);
            }

            return new HashLine(path, signals.Hashes.Sha256Hex, signals.Hashes.Md5Hex, signals.Pdq?.Original.ToString(), signals.Pdq?.Quality, null);
        }
        catch (MizanException ex)
        {
            // The exact hashes still describe the bytes even when the image does not decode.
            FileHashes hashes;
            await using (var stream = File.OpenRead(path))
            {
                hashes = await FileHasher.ComputeAsync(stream, ct).ConfigureAwait(false);
            }

            return new HashLine(path, hashes.Sha256Hex, hashes.Md5Hex, null, null, ex.Message);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new HashLine(path, null, null, null, null, ex.Message);
        }
    }

    private static string Plain(HashLine line) =>
        line.Sha256 is null
            ? $"{line.Path}\terror={line.Error}"
            : $"{line.Path}\tsha256={line.Sha256}\tmd5={line.Md5}" + (line.Pdq is null ? "" : $"\tpdq={line.Pdq}\tquality={line.PdqQuality}");

    private sealed record HashLine(string Path, string? Sha256, string? Md5, string? Pdq, int? PdqQuality, string? Error);
}
