using Mizan.Core;

namespace Mizan.Server.ReviewConsole;

/// <summary>
/// Optional single sign-on to the console through an OpenID Connect provider (section <c>Console:Oidc</c>). The
/// provider proves who the person is; what they may do stays in Mizan: the name the provider gives
/// (<see cref="NameClaim"/>) must be an enabled console account, whose role and organisation apply.
/// </summary>
public sealed class ConsoleOidcOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Console:Oidc";

    /// <summary>The provider's issuer URL (its discovery document is read from <c>/.well-known/openid-configuration</c>); empty turns single sign-on off.</summary>
    public string? Authority { get; set; }

    /// <summary>The client id registered with the provider.</summary>
    public string? ClientId { get; set; }

    /// <summary>The client secret (confidential client); empty for a public client using PKCE alone.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>The claim of the ID token that names the console account.</summary>
    public string NameClaim { get; set; } = "preferred_username";

    /// <summary>The provider's name on the sign-in button.</summary>
    public string DisplayName { get; set; } = "single sign-on";

    /// <summary>Whether the provider must be reached over HTTPS (turn off only for a provider on the loopback interface).</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>Whether single sign-on is configured.</summary>
    public bool Enabled => !string.IsNullOrWhiteSpace(Authority);

    /// <summary>Throws <see cref="ErrorCodes.InvalidConfiguration"/> for an incomplete or unsafe configuration.</summary>
    public void Validate()
    {
        if (!Enabled)
        {
            return;
        }

        if (!Uri.TryCreate(Authority, UriKind.Absolute, out var authority) || (authority.Scheme != Uri.UriSchemeHttps && authority.Scheme != Uri.UriSchemeHttp))
        {
            throw new MizanException(ErrorCodes.InvalidConfiguration, "Console:Oidc:Authority must be an absolute http(s) URL of the provider's issuer.");
        }

        if (RequireHttpsMetadata && authority.Scheme != Uri.UriSchemeHttps)
        {
            throw new MizanException(ErrorCodes.InvalidConfiguration, "Console:Oidc:Authority must use https (set Console:Oidc:RequireHttpsMetadata=false only for a provider on loopback).");
        }

        if (string.IsNullOrWhiteSpace(ClientId))
        {
            throw new MizanException(ErrorCodes.InvalidConfiguration, "Console:Oidc:ClientId is required when Console:Oidc:Authority is set.");
        }

        if (string.IsNullOrWhiteSpace(NameClaim))
        {
            throw new MizanException(ErrorCodes.InvalidConfiguration, "Console:Oidc:NameClaim must name a claim of the ID token.");
        }
    }
}
