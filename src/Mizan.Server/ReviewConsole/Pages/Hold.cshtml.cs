using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Mizan.Core;
using Mizan.Data.Legal.Preservation;
using Mizan.Data.Moderation.Settings;
using Mizan.Server.Infrastructure;

namespace Mizan.Server.ReviewConsole.Pages;

/// <summary>
/// One preservation hold: its metadata, extensions and access log. A legal officer reads the preserved copy here only
/// by stating one of the hold's purposes and a justification (the service refuses otherwise and logs every reading);
/// the copy is shown in the answer to that form and nowhere else, its image blurred until revealed. Extend and
/// release with reasons.
/// </summary>
[Authorize(Policy = ConsolePolicies.PreservationRead)]
public sealed class HoldModel(PreservationService holds, SettingsService settings) : ConsolePageModel
{
    /// <summary>Related data as shown: indented, non-Latin text kept as it is.</summary>
    public static JsonSerializerOptions Indented { get; } = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [BindProperty(SupportsGet = true)]
    public long Id { get; set; }

    [BindProperty]
    public string? Purpose { get; set; }

    [BindProperty]
    public string? Justification { get; set; }

    /// <summary>Without script: show the preserved image unblurred in the answer.</summary>
    [BindProperty]
    public bool Unblurred { get; set; }

    [BindProperty]
    public string? RequestedBy { get; set; }

    [BindProperty]
    public string? Until { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public PreservationHoldView Hold { get; private set; } = null!;

    public IReadOnlyList<PreservationAccessView> Accesses { get; private set; } = [];

    /// <summary>The copy read by the form just posted (null on every other request).</summary>
    public PreservedCopy? Copy { get; private set; }

    public DisplaySettings Display { get; private set; } = new(true, true);

    public bool MayRead { get; private set; }

    public bool MayWrite { get; private set; }

    /// <summary>Whether the hold still has a copy and can be extended or released.</summary>
    public bool Live => Hold.Status is PreservationStatuses.Active or PreservationStatuses.Extended;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct).ConfigureAwait(false) ? Page() : NotFound();

    /// <summary>Reads the copy for the stated purpose and justification; the reading is logged by the service, or nothing is read.</summary>
    public async Task<IActionResult> OnPostRevealAsync(CancellationToken ct)
    {
        if (!await MayAsync(ConsolePolicies.For(Policies.PreservationAccess)).ConfigureAwait(false))
        {
            return Forbidden();
        }

        try
        {
            Copy = await holds.AccessAsync(Id, new PreservationAccessInput { Purpose = Purpose, Justification = Justification }, Actor, ct).ConfigureAwait(false);
        }
        catch (MizanException ex) when (ex.ErrorCode != ErrorCodes.NotFound)
        {
            Error = ex.Message;
        }
        catch (MizanException)
        {
            return NotFound();
        }

        return await LoadAsync(ct).ConfigureAwait(false) ? Page() : NotFound();
    }

    public Task<IActionResult> OnPostExtendAsync(CancellationToken ct) =>
        ActAsync(ConsolePolicies.For(Policies.PreservationWrite), async () =>
        {
            var input = new PreservationExtensionInput { RequestedBy = RequestedBy, Until = ConsoleDates.Parse(Until, "until"), Reason = Reason };
            var hold = await holds.ExtendAsync(Id, input, Actor, ct).ConfigureAwait(false);
            return Texts["Holds.Extended", hold.Id, ConsoleFormat.Time(hold.ExpiresAt)];
        }, () => RedirectToPage(new { Id }));

    public Task<IActionResult> OnPostReleaseAsync(CancellationToken ct) =>
        ActAsync(ConsolePolicies.For(Policies.PreservationWrite), async () =>
        {
            var hold = await holds.ReleaseAsync(Id, new PreservationReleaseInput { Reason = Reason }, Actor, ct).ConfigureAwait(false);
            return Texts["Holds.ReleasedDone", hold.Id];
        }, () => RedirectToPage(new { Id }));

    /// <summary>The preserved image as a data URL (only images are shown inline), or null.</summary>
    public string? ImageUrl => Copy is { MediaBase64: { } media, MediaType: { } type } && type.StartsWith("image/", StringComparison.OrdinalIgnoreCase)
        ? $"data:{type};base64,{media}"
        : null;

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        try
        {
            Hold = await holds.GetAsync(Id, ct).ConfigureAwait(false);
            Accesses = await holds.AccessLogAsync(Id, ct).ConfigureAwait(false);
        }
        catch (MizanException ex) when (ex.ErrorCode == ErrorCodes.NotFound)
        {
            return false;
        }

        Display = await settings.GetAsync(Actor, ct).ConfigureAwait(false);
        MayRead = await MayAsync(ConsolePolicies.For(Policies.PreservationAccess)).ConfigureAwait(false);
        MayWrite = await MayAsync(ConsolePolicies.For(Policies.PreservationWrite)).ConfigureAwait(false);
        return true;
    }
}
