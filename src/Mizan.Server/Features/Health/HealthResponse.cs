namespace Mizan.Server.Features.Health;

/// <summary>The health document: overall status, the database, and how many hashes each index holds.</summary>
internal sealed record HealthResponse(string Status, string Database, IndexCounts Indexes);
