namespace Mizan.Data.Keys;

/// <summary>Who a valid key belongs to.</summary>
public sealed record ApiKeyIdentity(int Id, string Name, string Role, int OrganisationId);
