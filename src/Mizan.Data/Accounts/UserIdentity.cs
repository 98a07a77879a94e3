namespace Mizan.Data.Accounts;

/// <summary>A signed-in console user: who they are, their role and organisation, and the stamp their session carries.</summary>
public sealed record UserIdentity(int Id, string Name, string Role, int OrganisationId, string Language, string SecurityStamp);
