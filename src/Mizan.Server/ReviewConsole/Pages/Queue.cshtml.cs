using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Mizan.Core;
using Mizan.Data.Moderation.Cases;

namespace Mizan.Server.ReviewConsole.Pages;

/// <summary>The case queue: priority first, then oldest, with the API's filters; a moderator claims a case here.</summary>
[Authorize(Policy = ConsolePolicies.CasesRead)]
public sealed class QueueModel(CaseService cases) : ConsolePageModel
{
    /// <summary>Where cases come from (ModerationCase.Source).</summary>
    public static IReadOnlyList<string> Sources { get; } = ["match", "notice", "complaint"];

    [BindProperty(SupportsGet = true)]
    public string? Language { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Label { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Source { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Bank { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Cursor { get; set; }

    public IReadOnlyList<CaseSummary> Cases { get; private set; } = [];

    public string? Next { get; private set; }

    public bool MayWork { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        MayWork = await MayAsync(ConsolePolicies.CasesWork).ConfigureAwait(false);
        try
        {
            var page = await cases.ListAsync(new CaseQuery(null, Blank(Language), Blank(Source), Blank(Label), Blank(Bank), Blank(Cursor), 50), ct).ConfigureAwait(false);
            Cases = page.Cases;
            Next = page.Next;
        }
        catch (MizanException ex) when (ex.ErrorCode == ErrorCodes.InvalidRequest)
        {
            Error = ex.Message;
        }
    }

    /// <summary>Claims a case and opens it.</summary>
    public Task<IActionResult> OnPostClaimAsync(long id, CancellationToken ct) =>
        ActAsync(ConsolePolicies.CasesWork, async () =>
        {
            await cases.ClaimAsync(id, Actor, ct).ConfigureAwait(false);
            return Texts["Case.Claimed", id];
        }, () => MessageIsError ? RedirectToPage() : Redirect($"/cases/{id}"));

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
