namespace Mizan.Data.Accounts;

/// <summary>A console user as listings and the audit log show them (never the password hash).</summary>
public sealed record UserView(
    int Id, string Name, string Role, int OrganisationId, string Language, DateTime CreatedAt, DateTime? LastSignInAt,
    DateTime? LockedUntil, DateTime? DisabledAt);
