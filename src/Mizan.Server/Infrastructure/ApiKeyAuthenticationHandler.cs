using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Mizan.Core;
using Mizan.Data.Keys;

namespace Mizan.Server.Infrastructure;

/// <summary><c>Authorization: Bearer &lt;key&gt;</c>, checked against the stored key hashes.</summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (string.IsNullOrEmpty(header))
        {
            return AuthenticateResult.NoResult();
        }

        const string prefix = "Bearer ";
        if (!header.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.Fail("The Authorization header must be 'Bearer <key>'.");
        }

        var keys = Context.RequestServices.GetRequiredService<ApiKeyService>();
        var identity = await keys.AuthenticateAsync(header[prefix.Length..].Trim(), Context.RequestAborted).ConfigureAwait(false);
        if (identity is null)
        {
            return AuthenticateResult.Fail("Unknown or revoked API key.");
        }

        var claims = new[]
        {
            new Claim(ClaimTypes.NameIdentifier, identity.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new Claim(ClaimTypes.Name, identity.Name),
            new Claim(ClaimTypes.Role, identity.Role),
            new Claim(CurrentKey.OrganisationClaim, identity.OrganisationId.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        };
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = "Bearer";
        return Problems.WriteAsync(
            Context, StatusCodes.Status401Unauthorized, ErrorCodes.Unauthenticated, "Authentication required",
            "Send an API key as 'Authorization: Bearer <key>'. Create one with `mizan keys create --role ROLE --name NAME`.");
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        string role = Context.User.FindFirstValue(ClaimTypes.Role) ?? "none";
        return Problems.WriteAsync(
            Context, StatusCodes.Status403Forbidden, ErrorCodes.Forbidden, "Forbidden",
            $"A key with role '{role}' may not do this.");
    }
}
