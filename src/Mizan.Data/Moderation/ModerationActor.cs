namespace Mizan.Data.Moderation;

/// <summary>
/// Who changes moderation state: a key (a person or a platform's service), a person signed in to the review console,
/// or a component of Mizan itself. Claims, display settings and the four-eyes rule of complaints compare
/// <see cref="KeyId"/>, so the two kinds of principal share one id space: API keys are positive, console users
/// negative (<c>-userId</c>), and neither can ever act as the other.
/// </summary>
/// <param name="KeyId">The API key (positive), the console user (negative: minus the user id), or null for the system.</param>
/// <param name="Name">The key's name (the person or service), or <c>system:component</c>.</param>
/// <param name="Role">The key's role, or <c>system</c>.</param>
/// <param name="OrganisationId">The key's organisation.</param>
public sealed record ModerationActor(int? KeyId, string Name, string Role, int OrganisationId)
{
    /// <summary>A person signed in to the review console.</summary>
    public static ModerationActor From(Accounts.UserIdentity user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return new ModerationActor(-user.Id, user.Name, user.Role, user.OrganisationId);
    }

    /// <summary>The console user behind <see cref="KeyId"/>, or null for a key or the system.</summary>
    public int? UserId => KeyId is < 0 ? -KeyId : null;

    /// <summary>Mizan itself acting (automatic decisions).</summary>
    public static ModerationActor System(string component, int organisationId) =>
        new(null, "system:" + component, "system", organisationId);
}
