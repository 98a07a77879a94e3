namespace Mizan.Server.Features.Banks;

/// <summary>An entry given by its hashes (for the OpenAPI document; the body is read strictly by EntryLineParser).</summary>
internal sealed record EntryRequest(
    string Id, string? Pdq, string? Md5, string? Sha256, string? Text, string? Url, string? Scope, string? SignalType, string? Value,
    IReadOnlyList<string>? Labels, string? Source);
