using Mizan.Core.Signals;

namespace Mizan.Cli;

/// <summary>Signal limits for files named on the command line: an image file name declares an image.</summary>
internal static class CliSignalOptions
{
    public static FileSignalOptions For(string path) => new() { ExpectImage = FileSignalExtractor.HasImageExtension(path) };
}
