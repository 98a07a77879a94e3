namespace Mizan.Server.Features.Banks;

/// <summary>Why an entry is retracted.</summary>
internal sealed record RetractRequest(string? Reason);
