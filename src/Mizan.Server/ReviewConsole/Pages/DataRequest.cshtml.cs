using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Mizan.Core;
using Mizan.Data.Legal.DataRequests;
using Mizan.Server.Infrastructure;

namespace Mizan.Server.ReviewConsole.Pages;

/// <summary>
/// One data request: its legal process, what it asks for and about whom, non-disclosure and emergency; the legal
/// officer's review (approve with the legal basis, in part, or refuse) and, once approved, the compiled disclosure.
/// An authority sees its own requests only, as status, and the disclosure once approved, as the API shows them.
/// </summary>
[Authorize(Policy = ConsolePolicies.DataRequestsRead)]
public sealed class DataRequestModel(DataRequestService requests) : ConsolePageModel
{
    [BindProperty(SupportsGet = true)]
    public long Id { get; set; }

    [BindProperty]
    public DataRequestReviewInput Input { get; set; } = new();

    public DataRequestView DataRequest { get; private set; } = null!;

    public bool MayReview { get; private set; }

    public bool MayReadHolds { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct).ConfigureAwait(false) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct).ConfigureAwait(false))
        {
            return NotFound();
        }

        return await ActAsync(ConsolePolicies.For(Policies.DataRequestsReview), async () =>
        {
            var reviewed = await requests.ReviewAsync(Id, Input, Actor, ct).ConfigureAwait(false);
            return Texts["DataRequests.Reviewed", reviewed.Id, Texts["DataRequests.Outcome." + reviewed.LegalReviewOutcome]];
        }, () => RedirectToPage(new { Id })).ConfigureAwait(false);
    }

    /// <summary>A string, number or date property of a disclosure object as text, or null when absent or null.</summary>
    public static string? Field(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number => value.GetRawText(),
                _ => null,
            }
            : null;

    /// <summary>The elements of an array property of a disclosure object (none when absent).</summary>
    public static IEnumerable<JsonElement> Items(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray()
            : [];

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        try
        {
            DataRequest = await requests.GetAsync(Id, Actor.OwnOrganisationOnly(), ct).ConfigureAwait(false);
        }
        catch (MizanException ex) when (ex.ErrorCode == ErrorCodes.NotFound)
        {
            return false;
        }

        MayReview = await MayAsync(ConsolePolicies.For(Policies.DataRequestsReview)).ConfigureAwait(false);
        MayReadHolds = await MayAsync(ConsolePolicies.PreservationRead).ConfigureAwait(false);
        return true;
    }
}
