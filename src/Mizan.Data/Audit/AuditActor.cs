using Mizan.Data.Keys;

namespace Mizan.Data.Audit;

/// <summary>Who did something: an API key (its name, role and organisation) or a component of the system.</summary>
public sealed record AuditActor(string Name, string Role, int? OrganisationId)
{
    /// <summary>The role recorded for work the system does on its own (start-up, background services, the CLI).</summary>
    public const string SystemRole = "system";

    /// <summary>The holder of an API key: <c>key:ID:NAME</c>, the key's role and organisation.</summary>
    public static AuditActor From(ApiKeyIdentity key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return new AuditActor($"key:{key.Id}:{key.Name}", key.Role, key.OrganisationId);
    }

    /// <summary>A person signed in to the review console: <c>user:ID:NAME</c>, the user's role and organisation.</summary>
    public static AuditActor From(Accounts.UserIdentity user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return new AuditActor($"user:{user.Id}:{user.Name}", user.Role, user.OrganisationId);
    }

    /// <summary>A component of the system acting on its own, e.g. <c>cli</c> or <c>webhooks</c>.</summary>
    public static AuditActor System(string component) => new("system:" + component, SystemRole, null);
}
