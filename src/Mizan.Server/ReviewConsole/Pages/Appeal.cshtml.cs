using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Mizan.Core;
using Mizan.Data.Moderation.Complaints;
using Mizan.Data.Moderation.Decisions;
using Mizan.Data.Moderation.Items;
using Mizan.Data.Moderation.Settings;

namespace Mizan.Server.ReviewConsole.Pages;

/// <summary>
/// One complaint with the decision it contests and the content; an appeals reviewer upholds or reverses it. A
/// reviewer never sees a complaint about their own decision here (it is not found), as in the queue.
/// </summary>
[Authorize(Policy = ConsolePolicies.ComplaintsQueue)]
public sealed class AppealModel(ComplaintService complaints, DecisionService decisions, ItemService items, SettingsService settings) : ConsolePageModel
{
    [BindProperty(SupportsGet = true)]
    public long Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Reveal { get; set; }

    public ComplaintView Complaint { get; private set; } = null!;

    public DecisionView Decision { get; private set; } = null!;

    public ItemView Item { get; private set; } = null!;

    public DisplaySettings Display { get; private set; } = new(true, true);

    public bool MayDecide { get; private set; }

    /// <summary>The content panel: the item, its media through the console, the reviewer's display settings.</summary>
    public ContentPanel Panel => new(Item, Item.File?.MediaStored == true ? $"/console/media/{Item.Id}" : null, Display, Reveal);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct).ConfigureAwait(false) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string? outcome, string? reasons, CancellationToken ct)
    {
        if (!await LoadAsync(ct).ConfigureAwait(false))
        {
            return NotFound();
        }

        return await ActAsync(ConsolePolicies.ComplaintsDecide, async () =>
        {
            var decided = await complaints.DecideAsync(Id, new ComplaintDecisionInput { Outcome = outcome, Reasons = reasons }, Actor, ct).ConfigureAwait(false);
            return Texts["Appeal.Recorded", decided.Id, decided.Outcome ?? ""];
        }, () => RedirectToPage(new { Id })).ConfigureAwait(false);
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        try
        {
            Complaint = await complaints.GetAsync(Id, null, ct).ConfigureAwait(false);
            Decision = await decisions.GetAsync(Complaint.DecisionId, null, ct).ConfigureAwait(false);
        }
        catch (MizanException ex) when (ex.ErrorCode == ErrorCodes.NotFound)
        {
            return false;
        }

        var actor = Actor;
        if (Complaint.Status == "open" && await complaints.IsAboutOwnDecisionAsync(Id, actor, ct).ConfigureAwait(false))
        {
            return false;
        }

        Item = await items.GetAsync(Decision.ItemId, null, ct).ConfigureAwait(false);
        Display = await settings.GetAsync(actor, ct).ConfigureAwait(false);
        MayDecide = await MayAsync(ConsolePolicies.ComplaintsDecide).ConfigureAwait(false);
        return true;
    }
}
