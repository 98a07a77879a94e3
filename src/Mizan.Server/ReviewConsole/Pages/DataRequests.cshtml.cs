using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Mizan.Data.Legal.DataRequests;
using Mizan.Server.Infrastructure;

namespace Mizan.Server.ReviewConsole.Pages;

/// <summary>Data requests newest first, filtered by status and process type; an authority sees only its own, as status.</summary>
[Authorize(Policy = ConsolePolicies.DataRequestsRead)]
public sealed class DataRequestsModel(DataRequestService requests) : ConsolePageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ProcessType { get; set; }

    [BindProperty(SupportsGet = true)]
    public long? After { get; set; }

    public IReadOnlyList<DataRequestView> Requests { get; private set; } = [];

    public string? Next { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Status = DataRequestTerms.Statuses.Contains(Status) ? Status : null;
        ProcessType = DataRequestTerms.ProcessTypes.Contains(ProcessType) ? ProcessType : null;
        var page = await requests.ListAsync(
            new DataRequestQuery(Status, ProcessType, null, null, null, null, After, 50), Actor.OwnOrganisationOnly(), ct).ConfigureAwait(false);
        Requests = page.Items;
        Next = page.NextCursor;
    }
}
