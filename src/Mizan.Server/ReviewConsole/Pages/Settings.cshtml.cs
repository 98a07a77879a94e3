using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Mizan.Data.Moderation.Settings;

namespace Mizan.Server.ReviewConsole.Pages;

/// <summary>The reviewer's own display settings (the same ones the API's /v1/me/settings keeps for keys).</summary>
[Authorize(Policy = ConsolePolicies.Settings)]
public sealed class SettingsModel(SettingsService settings) : ConsolePageModel
{
    public DisplaySettings Display { get; private set; } = new(true, true);

    public async Task OnGetAsync(CancellationToken ct) => Display = await settings.GetAsync(Actor, ct).ConfigureAwait(false);

    public Task<IActionResult> OnPostAsync(bool blurMedia, bool greyscale, CancellationToken ct) =>
        ActAsync(ConsolePolicies.Settings, async () =>
        {
            await settings.SetAsync(Actor, new DisplaySettings(blurMedia, greyscale), ct).ConfigureAwait(false);
            return Texts["Settings.Saved"];
        }, () => RedirectToPage());
}
