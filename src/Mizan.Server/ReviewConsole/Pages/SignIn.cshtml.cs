using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Mizan.Data.Accounts;

namespace Mizan.Server.ReviewConsole.Pages;

/// <summary>Sign-in by name and password; unknown names and wrong passwords get the same answer.</summary>
public sealed class SignInModel(UserService users, ConsoleOidcOptions oidc) : ConsolePageModel
{
    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>Set when single sign-on came back without signing the person in.</summary>
    [BindProperty(SupportsGet = true, Name = "sso")]
    public string? Sso { get; set; }

    /// <summary>Single sign-on, when configured: the provider's name for the button.</summary>
    public string? ExternalProvider => oidc.Enabled ? oidc.DisplayName : null;

    public IActionResult OnGet()
    {
        if (User.HasConsoleUser())
        {
            return LocalRedirect(Target());
        }

        if (string.Equals(Sso, "failed", StringComparison.Ordinal))
        {
            Error = Texts["SignIn.ExternalFailed"];
        }

        return Page();
    }

    /// <summary>Starts single sign-on: the provider signs the person in and sends them back to /signin-oidc.</summary>
    public IActionResult OnGetExternal() =>
        oidc.Enabled ? Challenge(new AuthenticationProperties { RedirectUri = Target() }, ConsoleAuth.OidcScheme) : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var result = await users.SignInAsync(Name ?? "", Password ?? "", ct).ConfigureAwait(false);
        switch (result.Outcome)
        {
            case SignInOutcome.Success:
                await HttpContext.SignInAsync(ConsoleAuth.Scheme, ConsoleAuth.Principal(result.User!)).ConfigureAwait(false);
                return LocalRedirect(Target());
            case SignInOutcome.LockedOut:
                Error = Texts["SignIn.Locked", result.LockedUntil!.Value.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture)];
                break;
            default:
                Error = Texts["SignIn.Failed"];
                break;
        }

        Response.StatusCode = StatusCodes.Status401Unauthorized;
        return Page();
    }

    private string Target() => ReturnUrl is { Length: > 0 } url && Url.IsLocalUrl(url) ? url : "/";
}
