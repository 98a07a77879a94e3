namespace Mizan.Data.Keys;

/// <summary>A key as listings and the audit log show it (never the secret or its hash).</summary>
public sealed record ApiKeyView(int Id, string Name, string Role, int OrganisationId, string Prefix, DateTime CreatedAt, DateTime? RevokedAt);
