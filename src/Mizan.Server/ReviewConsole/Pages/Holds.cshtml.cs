using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Mizan.Core;
using Mizan.Data.Legal.Preservation;
using Mizan.Server.Infrastructure;

namespace Mizan.Server.ReviewConsole.Pages;

/// <summary>
/// Preservation holds newest first, metadata only (basis, origin, dates, extensions, readings), filtered by status and
/// basis; a legal officer places a hold by hand here (2703(f) for a data request, a court order, a legal hold).
/// </summary>
[Authorize(Policy = ConsolePolicies.PreservationRead)]
public sealed class HoldsModel(PreservationService holds) : ConsolePageModel
{
    /// <summary>The bases a hold can be placed on by hand: every basis but a removal order's (made when the order is executed).</summary>
    public static IReadOnlyList<string> ManualBases { get; } = [.. PreservationBases.All.Where(b => b != PreservationBases.TcoOrder)];

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Basis { get; set; }

    [BindProperty(SupportsGet = true)]
    public long? After { get; set; }

    [BindProperty]
    public PreservationInput Input { get; set; } = new();

    /// <summary>The hold form's date (yyyy-MM-dd, 00:00 UTC), or empty for the basis's default.</summary>
    [BindProperty]
    public string? UntilDate { get; set; }

    public IReadOnlyList<PreservationHoldView> Holds { get; private set; } = [];

    public string? Next { get; private set; }

    public bool MayCreate { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct).ConfigureAwait(false);
        return Page();
    }

    /// <summary>Places a hold (the service checks the basis, the data request of a 2703(f) hold, the purposes and the date).</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await MayAsync(ConsolePolicies.For(Policies.PreservationWrite)).ConfigureAwait(false))
        {
            return Forbidden();
        }

        try
        {
            Input.Until = ConsoleDates.Parse(UntilDate, "until");
            var hold = await holds.CreateAsync(Input, Actor, ct).ConfigureAwait(false);
            Message = Texts["Holds.Created", hold.Id];
            MessageIsError = false;
            return RedirectToPage("/Hold", new { hold.Id });
        }
        catch (MizanException ex) when (ex.ErrorCode == ErrorCodes.InvalidRequest)
        {
            Error = ex.Message;
        }

        await LoadAsync(ct).ConfigureAwait(false);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        MayCreate = await MayAsync(ConsolePolicies.For(Policies.PreservationWrite)).ConfigureAwait(false);
        Status = PreservationStatuses.All.Contains(Status) ? Status : null;
        Basis = PreservationBases.All.Contains(Basis) ? Basis : null;
        var page = await holds.ListAsync(new PreservationQuery(Status, Basis, null, null, null, After, 50), ct).ConfigureAwait(false);
        Holds = page.Items;
        Next = page.NextCursor;
    }
}
