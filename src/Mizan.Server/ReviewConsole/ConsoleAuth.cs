using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Mizan.Data.Accounts;
using Mizan.Data.Audit;
using Mizan.Data.Moderation;
using Mizan.Server.Infrastructure;

namespace Mizan.Server.ReviewConsole;

/// <summary>
/// Sessions of people signed in to the console: a cookie scheme of its own beside the API-key scheme. The API-key
/// scheme stays the default, so the JSON API under /v1 never reads the session cookie (a browser's cookie cannot
/// call the API, which keeps the API free of cross-site request forgery); console pages name this scheme in their
/// policies and never accept an API key.
/// </summary>
internal static class ConsoleAuth
{
    /// <summary>The scheme name.</summary>
    public const string Scheme = "Console";

    /// <summary>The scheme of single sign-on through OpenID Connect (<see cref="ConsoleOidcOptions"/>).</summary>
    public const string OidcScheme = "ConsoleOidc";

    /// <summary>The session cookie: <c>__Host-</c> so it is Secure, host-only and for the whole path.</summary>
    public const string CookieName = "__Host-mizan-session";

    /// <summary>The security stamp of the account when the session began.</summary>
    public const string StampClaim = "mizan:stamp";

    /// <summary>The user's interface language.</summary>
    public const string LanguageClaim = "mizan:language";

    /// <summary>The principal a session carries.</summary>
    public static ClaimsPrincipal Principal(UserIdentity user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var claims = new[]
        {
            new Claim(ClaimTypes.NameIdentifier, user.Id.ToString(CultureInfo.InvariantCulture)),
            new Claim(ClaimTypes.Name, user.Name),
            new Claim(ClaimTypes.Role, user.Role),
            new Claim(CurrentKey.OrganisationClaim, user.OrganisationId.ToString(CultureInfo.InvariantCulture)),
            new Claim(StampClaim, user.SecurityStamp),
            new Claim(LanguageClaim, user.Language),
        };
        return new ClaimsPrincipal(new ClaimsIdentity(claims, Scheme));
    }

    /// <summary>The signed-in console user of a request (only on console pages, whose policies use this scheme).</summary>
    public static UserIdentity ConsoleUser(this ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        var identity = principal.Identities.FirstOrDefault(i => i.AuthenticationType == Scheme && i.IsAuthenticated)
            ?? throw new InvalidOperationException("No console user is signed in.");
        return new UserIdentity(
            int.Parse(identity.FindFirst(ClaimTypes.NameIdentifier)!.Value, CultureInfo.InvariantCulture),
            identity.FindFirst(ClaimTypes.Name)!.Value,
            identity.FindFirst(ClaimTypes.Role)!.Value,
            int.Parse(identity.FindFirst(CurrentKey.OrganisationClaim)!.Value, CultureInfo.InvariantCulture),
            identity.FindFirst(LanguageClaim)?.Value ?? "en",
            identity.FindFirst(StampClaim)?.Value ?? "");
    }

    /// <summary>Whether a console user is signed in on this request.</summary>
    public static bool HasConsoleUser(this ClaimsPrincipal principal) =>
        principal?.Identities.Any(i => i.AuthenticationType == Scheme && i.IsAuthenticated) == true;

    /// <summary>The signed-in person as the moderation services see them.</summary>
    public static ModerationActor ConsoleActor(this ClaimsPrincipal principal) => ModerationActor.From(principal.ConsoleUser());

    /// <summary>The signed-in person as the audit chain records them (<c>user:ID:NAME</c>).</summary>
    public static AuditActor ConsoleAuditActor(this ClaimsPrincipal principal) => AuditActor.From(principal.ConsoleUser());

    public static AuthenticationBuilder AddConsoleCookie(this AuthenticationBuilder builder) =>
        builder.AddCookie(Scheme, o =>
        {
            o.Cookie.Name = CookieName;
            o.Cookie.HttpOnly = true;
            o.Cookie.SecurePolicy = CookieSecurePolicy.Always;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.Path = "/";
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            o.LoginPath = "/signin";
            o.LogoutPath = "/signout";
            o.AccessDeniedPath = "/forbidden";
            o.Events.OnValidatePrincipal = ValidateAsync;
            o.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return ForbiddenPage.WriteAsync(context.HttpContext);
            };
        });

    /// <summary>
    /// Single sign-on through an OpenID Connect provider when <c>Console:Oidc:Authority</c> is set: the authorization
    /// code flow with PKCE; the ID token's <see cref="ConsoleOidcOptions.NameClaim"/> must name an enabled console
    /// account, and the session issued is the same console session a password sign-in gives (same cookie, same
    /// role and organisation from the account). Any failure returns to the sign-in page with a message.
    /// </summary>
    public static AuthenticationBuilder AddConsoleOidc(this AuthenticationBuilder builder, ConsoleOidcOptions oidc)
    {
        ArgumentNullException.ThrowIfNull(oidc);
        if (!oidc.Enabled)
        {
            return builder;
        }

        return builder.AddOpenIdConnect(OidcScheme, o =>
        {
            o.Authority = oidc.Authority;
            o.ClientId = oidc.ClientId;
            o.ClientSecret = string.IsNullOrWhiteSpace(oidc.ClientSecret) ? null : oidc.ClientSecret;
            o.RequireHttpsMetadata = oidc.RequireHttpsMetadata;
            o.ResponseType = Microsoft.IdentityModel.Protocols.OpenIdConnect.OpenIdConnectResponseType.Code;
            o.ResponseMode = Microsoft.IdentityModel.Protocols.OpenIdConnect.OpenIdConnectResponseMode.Query;
            o.UsePkce = true;
            o.CallbackPath = "/signin-oidc";
            o.SignInScheme = Scheme;
            o.MapInboundClaims = false;
            o.SaveTokens = false;
            o.GetClaimsFromUserInfoEndpoint = false;
            o.Scope.Clear();
            o.Scope.Add("openid");
            o.Scope.Add("profile");
            o.Events.OnTokenValidated = async context =>
            {
                string name = context.Principal?.FindFirst(oidc.NameClaim)?.Value ?? "";
                var users = context.HttpContext.RequestServices.GetRequiredService<UserService>();
                var result = await users.SignInExternalAsync(name, context.HttpContext.RequestAborted).ConfigureAwait(false);
                if (result.Outcome != SignInOutcome.Success)
                {
                    context.Fail($"The provider's {oidc.NameClaim} '{name}' is not an enabled console account ({result.Outcome}).");
                    return;
                }

                context.Principal = Principal(result.User!);
            };
            o.Events.OnRemoteFailure = context =>
            {
                context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ConsoleAuth).FullName!)
                    .LogWarning("Single sign-on failed: {Reason}", context.Failure?.Message);
                context.Response.Redirect("/signin?sso=failed");
                context.HandleResponse();
                return Task.CompletedTask;
            };
        });
    }

    /// <summary>
    /// Every request re-reads the account: a disabled user, or one whose password or role changed since the session
    /// began, is signed out at once; a changed language is picked up.
    /// </summary>
    private static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var principal = context.Principal;
        if (principal is null
            || !int.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), NumberStyles.None, CultureInfo.InvariantCulture, out int id))
        {
            context.RejectPrincipal();
            return;
        }

        var users = context.HttpContext.RequestServices.GetRequiredService<UserService>();
        var user = await users.ValidateSessionAsync(id, principal.FindFirstValue(StampClaim) ?? "", context.HttpContext.RequestAborted).ConfigureAwait(false);
        if (user is null)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(Scheme).ConfigureAwait(false);
            return;
        }

        if (!string.Equals(principal.FindFirstValue(LanguageClaim), user.Language, StringComparison.Ordinal))
        {
            context.ReplacePrincipal(Principal(user));
            context.ShouldRenew = true;
        }
    }
}
