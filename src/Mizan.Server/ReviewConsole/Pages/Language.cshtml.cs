using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Mizan.Data.Accounts;

namespace Mizan.Server.ReviewConsole.Pages;

/// <summary>Stores the signed-in person's interface language and returns to the page they were on.</summary>
public sealed class LanguageModel(UserService users) : ConsolePageModel
{
    public IActionResult OnGet() => LocalRedirect("/");

    public async Task<IActionResult> OnPostAsync(string? language, string? returnUrl, CancellationToken ct)
    {
        if (language is null || !UserService.Languages.Contains(language, StringComparer.Ordinal))
        {
            return BadRequest();
        }

        var user = CurrentUser;
        await users.SetLanguageAsync(user.Id, language, ct).ConfigureAwait(false);
        await HttpContext.SignInAsync(ConsoleAuth.Scheme, ConsoleAuth.Principal(user with { Language = language })).ConfigureAwait(false);
        return LocalRedirect(returnUrl is { Length: > 0 } && Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }
}
