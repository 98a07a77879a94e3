using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Mizan.Core;
using Mizan.Data.Moderation.Cases;
using Mizan.Data.Moderation.Decisions;
using Mizan.Data.Moderation.Statements;

namespace Mizan.Server.ReviewConsole.Pages;

/// <summary>
/// One case: the content and its context, every signal with its evidence, notices and earlier decisions; the
/// moderator holding the claim decides here, with a preview of the statement of reasons the user will receive.
/// </summary>
[Authorize(Policy = ConsolePolicies.CasesRead)]
public sealed class CaseModel(CaseService cases, DecisionService decisions) : ConsolePageModel
{
    /// <summary>How many prior decisions on the same content the page lists.</summary>
    public const int PriorLimit = 20;

    /// <summary>Decision actions and their keyboard shortcuts.</summary>
    public static IReadOnlyList<(string Action, string Key)> ActionKeys { get; } =
        [("remove", "r"), ("restrict", "t"), ("label", "l"), ("keep", "k"), ("escalate", "e")];

    [BindProperty(SupportsGet = true)]
    public long Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Reveal { get; set; }

    [BindProperty]
    public DecisionForm Input { get; set; } = new();

    public CaseDetail Detail { get; private set; } = null!;

    public bool MayWork { get; private set; }

    /// <summary>Decisions on other items with the same media hash or the same text, newest first.</summary>
    public IReadOnlyList<PriorDecision> Prior { get; private set; } = [];

    /// <summary>Whether the signed-in person may open other cases (to link the prior decisions' cases).</summary>
    public bool MayOpenCases { get; private set; }

    /// <summary>The content panel: the item, its media through the console, the reviewer's display settings.</summary>
    public ContentPanel Panel => new(
        Detail.Item, Detail.MediaUrl is null ? null : $"/console/media/{Detail.Item.Id}", Detail.Display, Reveal);

    public bool ClaimedByMe { get; private set; }

    public StatementOfReasons? Preview { get; private set; }

    /// <summary>A preview was asked for an action that restricts nothing (so there is no statement).</summary>
    public bool PreviewNone { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) =>
        await LoadAsync(ct).ConfigureAwait(false) ? Page() : NotFound();

    public Task<IActionResult> OnPostClaimAsync(CancellationToken ct) =>
        ActAsync(ConsolePolicies.CasesWork, async () =>
        {
            await cases.ClaimAsync(Id, Actor, ct).ConfigureAwait(false);
            return Texts["Case.Claimed", Id];
        }, () => RedirectToPage(new { Id }));

    public Task<IActionResult> OnPostReleaseAsync(CancellationToken ct) =>
        ActAsync(ConsolePolicies.CasesWork, async () =>
        {
            await cases.ReleaseAsync(Id, Actor, ct).ConfigureAwait(false);
            return Texts["Case.Released", Id];
        }, () => RedirectToPage(new { Id }));

    public Task<IActionResult> OnPostDecideAsync(CancellationToken ct) =>
        ActAsync(ConsolePolicies.CasesWork, async () =>
        {
            var decision = await cases.DecideAsync(Id, Input.ToInput(), Actor, ct).ConfigureAwait(false);
            return Texts["Case.Decided", decision.Id, Texts["Action." + decision.Action]];
        }, () => RedirectToPage(new { Id }));

    /// <summary>Shows the statement of reasons the form would produce; stores nothing.</summary>
    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken ct)
    {
        if (!await MayAsync(ConsolePolicies.CasesWork).ConfigureAwait(false))
        {
            return Forbidden();
        }

        try
        {
            Preview = await cases.PreviewStatementAsync(Id, Input.ToInput(), Actor, null, ct).ConfigureAwait(false);
            PreviewNone = Preview is null;
        }
        catch (MizanException ex) when (ex.ErrorCode == ErrorCodes.InvalidRequest)
        {
            Error = ex.Message;
        }

        return await LoadAsync(ct).ConfigureAwait(false) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        try
        {
            Detail = await cases.GetAsync(Id, Actor, ct).ConfigureAwait(false);
        }
        catch (MizanException ex) when (ex.ErrorCode == ErrorCodes.NotFound)
        {
            return false;
        }

        MayWork = await MayAsync(ConsolePolicies.CasesWork).ConfigureAwait(false);
        MayOpenCases = await MayAsync(ConsolePolicies.CasesRead).ConfigureAwait(false);
        Prior = await decisions.PriorOnSameContentAsync(Detail.Item.Id, PriorLimit, ct).ConfigureAwait(false);
        ClaimedByMe = Detail.Case.Status == "claimed" && await cases.IsClaimedByAsync(Id, Actor, ct).ConfigureAwait(false);
        return true;
    }
}

/// <summary>The decision form's fields as posted.</summary>
public sealed class DecisionForm
{
    public string? Action { get; set; }

    public string? Ground { get; set; } = "illegal";

    public string? GroundReference { get; set; }

    public string? GroundReferenceUrl { get; set; }

    public string? Explanation { get; set; }

    public string? ExemptionConsidered { get; set; } = "none";

    public string? PurposeAssessment { get; set; }

    /// <summary>Comma- or space-separated ISO codes (or EU), for restrict.</summary>
    public string? Countries { get; set; }

    public string? Label { get; set; }

    /// <summary>The input of the moderation services (which validate it).</summary>
    public DecisionInput ToInput() => new()
    {
        Action = Action,
        Ground = Action is "keep" or "escalate" && string.IsNullOrWhiteSpace(GroundReference) ? null : Ground,
        GroundReference = GroundReference,
        GroundReferenceUrl = GroundReferenceUrl,
        Explanation = Explanation,
        ExemptionConsidered = ExemptionConsidered,
        PurposeAssessment = PurposeAssessment,
        Countries = Action == "restrict"
            ? [.. (Countries ?? "").Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(c => c.ToUpperInvariant())]
            : null,
        Label = Action == "label" ? Label : null,
    };
}
