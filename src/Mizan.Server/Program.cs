using Mizan.Core;
using Mizan.Server;

WebApplication app;
try
{
    app = MizanApp.Build(args);
}
catch (MizanException ex) when (string.Equals(ex.ErrorCode, ErrorCodes.InvalidConfiguration, StringComparison.Ordinal))
{
    await Console.Error.WriteLineAsync($"mizan: {ex.Message}");
    return 2;
}

await app.RunAsync();
return 0;

/// <summary>The server's entry point; public so the tests' WebApplicationFactory can find it.</summary>
public partial class Program;
