using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Mizan.Data.Legal.Referrals;
using Mizan.Server.Infrastructure;

namespace Mizan.Server.ReviewConsole.Pages;

/// <summary>Referrals newest first, filtered by status and outcome; an authority sees only its own, as the API scopes them.</summary>
[Authorize(Policy = ConsolePolicies.ReferralsRead)]
public sealed class ReferralsModel(ReferralService referrals) : ConsolePageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Outcome { get; set; }

    [BindProperty(SupportsGet = true)]
    public long? After { get; set; }

    public IReadOnlyList<ReferralView> Referrals { get; private set; } = [];

    public string? Next { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Status = ReferralTerms.Statuses.Contains(Status) ? Status : null;
        Outcome = ReferralTerms.Outcomes.Contains(Outcome) ? Outcome : null;
        var page = await referrals.ListAsync(
            new ReferralQuery(Status, Outcome, null, null, null, null, After, 50), Actor.OwnOrganisationOnly(), ct).ConfigureAwait(false);
        Referrals = page.Items;
        Next = page.NextCursor;
    }
}
