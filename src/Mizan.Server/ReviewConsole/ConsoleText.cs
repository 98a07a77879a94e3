namespace Mizan.Server.ReviewConsole;

/// <summary>The console's interface texts: ConsoleText.resx (English) and ConsoleText.ar.resx (Arabic).</summary>
public sealed class ConsoleText
{
    private ConsoleText()
    {
    }
}
