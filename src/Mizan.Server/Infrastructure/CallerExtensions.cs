using System.Security.Claims;
using Mizan.Data.Keys;
using Mizan.Data.Moderation;

namespace Mizan.Server.Infrastructure;

/// <summary>The caller of a request as the moderation services see it.</summary>
internal static class CallerExtensions
{
    /// <summary>The moderation actor of <paramref name="user"/>'s key.</summary>
    public static ModerationActor Caller(this ClaimsPrincipal user)
    {
        var key = user.Key();
        return new ModerationActor(key.Id, key.Name, key.Role, key.OrganisationId);
    }

    /// <summary>The organisation a caller is limited to: platforms and authorities see only their own records.</summary>
    public static int? OwnOrganisationOnly(this ClaimsPrincipal user) => user.Caller().OwnOrganisationOnly();

    /// <summary>The organisation an actor (a key or a console user) is limited to: platforms and authorities see only their own records.</summary>
    public static int? OwnOrganisationOnly(this ModerationActor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.Role is Roles.Integration or Roles.Authority ? actor.OrganisationId : null;
    }
}
