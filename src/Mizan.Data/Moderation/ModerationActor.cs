namespace Mizan.Data.Moderation;

/// <summary>Who changes moderation state: a key (a person or a platform's service) or a component of Mizan itself.</summary>
/// <param name="KeyId">The API key, or null for the system.</param>
/// <param name="Name">The key's name (the person or service), or <c>system:component</c>.</param>
/// <param name="Role">The key's role, or <c>system</c>.</param>
/// <param name="OrganisationId">The key's organisation.</param>
public sealed record ModerationActor(int? KeyId, string Name, string Role, int OrganisationId)
{
    /// <summary>Mizan itself acting (automatic decisions).</summary>
    public static ModerationActor System(string component, int organisationId) =>
        new(null, "system:" + component, "system", organisationId);
}
