using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Mizan.Core;
using Mizan.Data.Legal.Referrals;
using Mizan.Server.Infrastructure;

namespace Mizan.Server.ReviewConsole.Pages;

/// <summary>
/// One referral: the referrer, what it sent, the items and cases it opened or joined, and the outcome. A legal officer
/// or moderator states the outcome by hand here (it is also recorded by itself once every case is decided); an
/// authority sees only its own referrals, as status, outcome and reasons.
/// </summary>
[Authorize(Policy = ConsolePolicies.ReferralsRead)]
public sealed class ReferralModel(ReferralService referrals) : ConsolePageModel
{
    [BindProperty(SupportsGet = true)]
    public long Id { get; set; }

    [BindProperty]
    public ReferralOutcomeInput Input { get; set; } = new();

    public ReferralView Referral { get; private set; } = null!;

    public bool MayAnswer { get; private set; }

    public bool MayReadCases { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct).ConfigureAwait(false) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct).ConfigureAwait(false))
        {
            return NotFound();
        }

        return await ActAsync(ConsolePolicies.For(Policies.ReferralsAnswer), async () =>
        {
            var answered = await referrals.AnswerAsync(Id, Input, Actor, ct).ConfigureAwait(false);
            return Texts["Referrals.Answered", answered.Id, Texts["Referrals.Outcome." + answered.Outcome]];
        }, () => RedirectToPage(new { Id })).ConfigureAwait(false);
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        try
        {
            Referral = await referrals.GetAsync(Id, Actor.OwnOrganisationOnly(), ct).ConfigureAwait(false);
        }
        catch (MizanException ex) when (ex.ErrorCode == ErrorCodes.NotFound)
        {
            return false;
        }

        MayAnswer = await MayAsync(ConsolePolicies.For(Policies.ReferralsAnswer)).ConfigureAwait(false);
        MayReadCases = await MayAsync(ConsolePolicies.CasesRead).ConfigureAwait(false);
        return true;
    }
}
