using System.CommandLine;

namespace Mizan.Cli;

/// <summary>Options every command takes.</summary>
internal static class CommonOptions
{
    /// <summary>The data directory; recursive so it works before or after the verb.</summary>
    public static readonly Option<string> Data = new("--data")
    {
        Description = "The data directory holding the embedded database (default ./mizan-data)",
        DefaultValueFactory = _ => "mizan-data",
        Recursive = true,
        HelpName = "DIR",
    };

    public static Option<bool> Json(string description) => new("--json") { Description = description };
}
