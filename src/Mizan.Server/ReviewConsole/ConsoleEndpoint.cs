namespace Mizan.Server.ReviewConsole;

/// <summary>
/// Marks the console's endpoints (pages and their assets): they authenticate by session cookie and answer in HTML,
/// so the API's endpoint rules (bearer keys, problem details) do not apply to them.
/// </summary>
public sealed class ConsoleEndpoint
{
    private ConsoleEndpoint()
    {
    }

    /// <summary>The one instance, added to every console endpoint's metadata.</summary>
    public static ConsoleEndpoint Marker { get; } = new();
}
