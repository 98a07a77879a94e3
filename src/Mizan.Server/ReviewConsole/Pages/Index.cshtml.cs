using Microsoft.AspNetCore.Mvc;

namespace Mizan.Server.ReviewConsole.Pages;

/// <summary>The start page: the first section the person's role opens, or a note that there is none.</summary>
public sealed class IndexModel : ConsolePageModel
{
    public async Task<IActionResult> OnGetAsync()
    {
        var sections = await ConsoleNav.AllowedAsync(HttpContext).ConfigureAwait(false);
        var first = sections.FirstOrDefault(s => s.Path != "/settings");
        return first.Path is { } path ? LocalRedirect(path) : Page();
    }
}
