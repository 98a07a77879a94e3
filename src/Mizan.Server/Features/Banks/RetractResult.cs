namespace Mizan.Server.Features.Banks;

/// <summary>The entry retracted and how many of its signals changed (0 if it was already retracted).</summary>
internal sealed record RetractResult(string Id, int Retracted);
