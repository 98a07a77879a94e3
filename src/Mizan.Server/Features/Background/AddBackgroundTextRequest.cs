namespace Mizan.Server.Features.Background;

/// <summary>A background text: its quotations will be masked in known items and queries.</summary>
internal sealed record AddBackgroundTextRequest(string? Name, string? Text);
