using Microsoft.AspNetCore.Authorization;
using Mizan.Data.Moderation.Complaints;

namespace Mizan.Server.ReviewConsole.Pages;

/// <summary>The open complaints, by due date, without those about the signed-in reviewer's own decisions.</summary>
[Authorize(Policy = ConsolePolicies.ComplaintsQueue)]
public sealed class AppealsModel(ComplaintService complaints) : ConsolePageModel
{
    public IReadOnlyList<ComplaintView> Complaints { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Complaints = await complaints.QueueForAsync(Actor, ct).ConfigureAwait(false);
}
