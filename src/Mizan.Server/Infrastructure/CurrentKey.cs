using System.Globalization;
using System.Security.Claims;
using Mizan.Data.Audit;
using Mizan.Data.Keys;

namespace Mizan.Server.Infrastructure;

/// <summary>The API key behind a request, as the authentication handler put it into the claims.</summary>
internal static class CurrentKey
{
    /// <summary>The claim holding the key's organisation id.</summary>
    public const string OrganisationClaim = "mizan:organisation";

    /// <summary>The authenticated key of <paramref name="user"/>; throws if the request is not authenticated.</summary>
    public static ApiKeyIdentity Key(this ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        string id = user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("The request is not authenticated.");
        return new ApiKeyIdentity(
            int.Parse(id, CultureInfo.InvariantCulture),
            user.FindFirstValue(ClaimTypes.Name) ?? "",
            user.FindFirstValue(ClaimTypes.Role) ?? "",
            int.Parse(user.FindFirstValue(OrganisationClaim) ?? "0", CultureInfo.InvariantCulture));
    }

    /// <summary>The audit actor of <paramref name="user"/>'s key.</summary>
    public static AuditActor Actor(this ClaimsPrincipal user) => AuditActor.From(user.Key());
}
