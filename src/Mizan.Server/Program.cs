using Mizan.Server;

var app = MizanApp.Build(args);
await app.RunAsync();

/// <summary>The server's entry point; public so the tests' WebApplicationFactory can find it.</summary>
public partial class Program;
