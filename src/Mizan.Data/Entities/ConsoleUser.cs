namespace Mizan.Data.Entities;

/// <summary>
/// A person who signs in to the review console. The password is stored only as a PBKDF2 hash
/// (<see cref="Accounts.PasswordHashing"/>); the role and organisation are those of API keys.
/// </summary>
public sealed class ConsoleUser
{
    public int Id { get; set; }

    /// <summary>The sign-in name, unique (compared case-insensitively through <see cref="NormalizedName"/>).</summary>
    public required string Name { get; set; }

    /// <summary>The name in upper case, for the unique index and sign-in.</summary>
    public required string NormalizedName { get; set; }

    /// <summary>One of <see cref="Keys.Roles.All"/>.</summary>
    public required string Role { get; set; }

    public int OrganisationId { get; set; }

    /// <summary><c>pbkdf2-sha256$ITERATIONS$SALT$HASH</c> (Base64 salt and hash).</summary>
    public required string PasswordHash { get; set; }

    /// <summary>Changes whenever the password, role or state changes, which ends the user's open sessions.</summary>
    public required string SecurityStamp { get; set; }

    /// <summary>The interface language: <c>en</c> or <c>ar</c>.</summary>
    public required string Language { get; set; }

    /// <summary>Failed sign-ins since the last success or lockout.</summary>
    public int FailedSignIns { get; set; }

    /// <summary>Sign-in is refused until this time after too many failures.</summary>
    public DateTime? LockedUntil { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? LastSignInAt { get; set; }

    /// <summary>A disabled user cannot sign in and their sessions end.</summary>
    public DateTime? DisabledAt { get; set; }
}
