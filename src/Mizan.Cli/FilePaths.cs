using Mizan.Core;

namespace Mizan.Cli;

/// <summary>Resolves a path named inside a JSON lines file.</summary>
internal static class FilePaths
{
    /// <summary>
    /// An absolute path as it is; a relative one against the current directory first, then against the folder of
    /// the file that named it (so a bank folder with its own list can be imported from anywhere).
    /// </summary>
    public static string Resolve(string path, string? listFile)
    {
        if (Path.IsPathRooted(path) || File.Exists(path) || listFile is null)
        {
            return CheckExists(Path.GetFullPath(path));
        }

        string beside = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(listFile)) ?? ".", path);
        return CheckExists(File.Exists(beside) ? beside : Path.GetFullPath(path));
    }

    private static string CheckExists(string path) =>
        File.Exists(path) ? path : throw new MizanException(ErrorCodes.NotFound, $"File not found: {path}");
}
