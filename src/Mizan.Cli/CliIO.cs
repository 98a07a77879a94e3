namespace Mizan.Cli;

/// <summary>Where a command writes: results to <see cref="Out"/>, messages and progress to <see cref="Error"/>.</summary>
internal sealed record CliIO(TextWriter Out, TextWriter Error)
{
    /// <summary>Whether progress may be drawn (standard error is a terminal and this is the real console).</summary>
    public bool Interactive => ReferenceEquals(Error, Console.Error) && !Console.IsErrorRedirected;
}
