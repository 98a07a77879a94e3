using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;

namespace Mizan.Server.ReviewConsole.Pages;

/// <summary>Ends the session (POST only, with the antiforgery token like every form).</summary>
public sealed class SignOutModel : ConsolePageModel
{
    public IActionResult OnGet() => LocalRedirect("/");

    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync(ConsoleAuth.Scheme).ConfigureAwait(false);
        return LocalRedirect("/signin");
    }
}
