namespace Mizan.Data.Keys;

/// <summary>A new key: the secret is returned only here and never stored.</summary>
public sealed record CreatedApiKey(int Id, string Name, string Role, string Key, string Prefix, DateTime CreatedAt, int OrganisationId);
