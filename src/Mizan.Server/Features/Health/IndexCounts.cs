namespace Mizan.Server.Features.Health;

/// <summary>How many hashes each index holds.</summary>
internal sealed record IndexCounts(bool Loaded, int Pdq, int Exact);
