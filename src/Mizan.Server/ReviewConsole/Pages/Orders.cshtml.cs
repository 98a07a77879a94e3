using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Mizan.Core;
using Mizan.Data.Legal;
using Mizan.Data.Legal.Orders;
using Mizan.Server.Infrastructure;

namespace Mizan.Server.ReviewConsole.Pages;

/// <summary>
/// Removal orders by urgency: those not yet executed first, running clocks by deadline (counting down live), paused
/// ones after them; then the others, newest first. The deadline watch's current alarms above them. An authority
/// sees only its own organisation's orders, as GET /v1/removal-orders scopes them.
/// </summary>
[Authorize(Policy = ConsolePolicies.RemovalOrdersRead)]
public sealed class OrdersModel(RemovalOrderService orders, TimeProvider clock) : ConsolePageModel
{
    private const int PageSize = 100;

    /// <summary>Only orders in this state.</summary>
    [BindProperty(SupportsGet = true)]
    public string? State { get; set; }

    /// <summary>The other orders before this id (older pages).</summary>
    [BindProperty(SupportsGet = true)]
    public long? Before { get; set; }

    /// <summary>Orders not yet executed, most urgent first.</summary>
    public IReadOnlyList<RemovalOrderView> Open { get; private set; } = [];

    /// <summary>The other orders, newest first.</summary>
    public IReadOnlyList<RemovalOrderView> Others { get; private set; } = [];

    public long? Older { get; private set; }

    /// <summary>The latest alarm of each order still open (null: the role does not read alarms).</summary>
    public IReadOnlyList<DeadlineAlarmView>? Alarms { get; private set; }

    public bool MayEnter { get; private set; }

    public DateTime Now { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Now = clock.GetUtcNow().UtcDateTime;
        int? own = User.OwnOrganisationOnly();
        string? state = string.IsNullOrWhiteSpace(State) ? null : State;
        try
        {
            bool open = state is null || RemovalOrderStates.Open.Contains(state, StringComparer.Ordinal);
            if (open && Before is null)
            {
                Open = await orders.OpenAsync(state, own, 500, ct).ConfigureAwait(false);
            }

            if (state is null || !open)
            {
                var page = await orders.ListAsync(new RemovalOrderQuery(state, null, null, null, null, Before, PageSize), own, ct).ConfigureAwait(false);
                Others = page.Orders.Where(o => !RemovalOrderStates.Open.Contains(o.State, StringComparer.Ordinal)).ToList();
                Older = page.NextBeforeId;
            }
        }
        catch (MizanException ex) when (ex.ErrorCode == ErrorCodes.InvalidRequest)
        {
            Error = ex.Message;
        }

        if (await MayAsync(ConsolePolicies.RemovalOrdersAlarms).ConfigureAwait(false))
        {
            Alarms = (await orders.AlarmsAsync(null, null, 200, ct).ConfigureAwait(false))
                .Where(a => RemovalOrderStates.Open.Contains(a.OrderState, StringComparer.Ordinal))
                .GroupBy(a => a.RemovalOrderId).Select(g => g.First()).ToList();
        }

        MayEnter = await MayAsync(ConsolePolicies.RemovalOrdersWork).ConfigureAwait(false);
    }
}
