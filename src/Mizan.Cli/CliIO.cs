namespace Mizan.Cli;

/// <summary>
/// Where a command writes: results to <see cref="Out"/>, messages and progress to <see cref="Error"/>; secrets such
/// as passwords are read from <see cref="In"/> (standard input unless the caller gives another reader).
/// </summary>
internal sealed record CliIO(TextWriter Out, TextWriter Error, TextReader? Input = null)
{
    /// <summary>Standard input, or the reader the caller gave.</summary>
    public TextReader In => Input ?? Console.In;

    /// <summary>Whether a person can be prompted (the real console, input not redirected).</summary>
    public bool CanPrompt => Input is null && !Console.IsInputRedirected && !Console.IsErrorRedirected;

    /// <summary>Whether progress may be drawn (standard error is a terminal and this is the real console).</summary>
    public bool Interactive => ReferenceEquals(Error, Console.Error) && !Console.IsErrorRedirected;
}
