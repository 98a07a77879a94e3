using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Mizan.Core;
using Mizan.Data.Audit;
using Mizan.Data.Legal.Orders;
using Mizan.Server.Infrastructure;

namespace Mizan.Server.ReviewConsole.Pages;

/// <summary>
/// One removal order: its Annex I fields, the received document, its clock and history, the URLs and what they
/// resolved to, and one form per transition its state allows (LEGAL.md's table, <see cref="OrderTransitions"/>),
/// run through <see cref="RemovalOrderService"/> as the API runs them. An authority sees its own orders as the API
/// shows them to it (404 for another's), without the platform's internals and without any form.
/// </summary>
[Authorize(Policy = ConsolePolicies.RemovalOrdersRead)]
public sealed class OrderModel(RemovalOrderService orders, AuditReader audit, TimeProvider clock) : ConsolePageModel
{
    [BindProperty(SupportsGet = true)]
    public long Id { get; set; }

    public RemovalOrderView Order { get; private set; } = null!;

    public DateTime Now { get; private set; }

    /// <summary>The transitions offered: the state allows them and the role may run them.</summary>
    public IReadOnlyList<string> Offered { get; private set; } = [];

    /// <summary>The URLs and the items they name (null: not shown to this role).</summary>
    public IReadOnlyList<ResolvedUrl>? Resolved { get; private set; }

    /// <summary>The order's audit events, oldest first (null: not shown to this role).</summary>
    public IReadOnlyList<AuditEventView>? History { get; private set; }

    public bool MayDownload { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct).ConfigureAwait(false))
        {
            return NotFound();
        }

        bool staff = User.OwnOrganisationOnly() is null;
        if (staff && await MayAsync(ConsolePolicies.RemovalOrdersWork).ConfigureAwait(false))
        {
            Offered = OrderTransitions.Offered(Order);
        }

        if (staff && await MayAsync(ConsolePolicies.RemovalOrdersAlarms).ConfigureAwait(false))
        {
            Resolved = await orders.ResolveUrlsAsync(Id, ct).ConfigureAwait(false);
            History = await audit.ListAsync(new AuditQuery("removal_order", Id.ToString(CultureInfo.InvariantCulture), Limit: 500), ct).ConfigureAwait(false);
        }

        MayDownload = Order.RawDocumentId is not null && await MayAsync(ConsolePolicies.RemovalOrdersDocument).ConfigureAwait(false);
        return Page();
    }

    /// <summary>The document the order was entered from, as received (the same rule as GET /v1/removal-orders/{id}/document).</summary>
    public async Task<IActionResult> OnGetDocumentAsync(CancellationToken ct)
    {
        if (!await MayAsync(ConsolePolicies.RemovalOrdersDocument).ConfigureAwait(false))
        {
            return Forbidden();
        }

        try
        {
            var document = await orders.DocumentAsync(Id, ct).ConfigureAwait(false);
            Response.Headers.CacheControl = "private, no-store";
            return File(document.Content, document.MediaType, document.FileName ?? $"removal-order-{Id}");
        }
        catch (MizanException ex) when (ex.ErrorCode == ErrorCodes.NotFound)
        {
            return NotFound();
        }
    }

    public Task<IActionResult> OnPostValidateAsync(OrderTransitionInput input, CancellationToken ct) =>
        RunAsync(OrderTransitions.Validate, () => orders.ValidateAsync(Id, input, Actor, ct));

    public Task<IActionResult> OnPostClarificationRequestAsync(OrderTransitionInput input, CancellationToken ct) =>
        RunAsync(OrderTransitions.ClarificationRequest, () => orders.RequestClarificationAsync(Id, input, Actor, ct));

    public Task<IActionResult> OnPostClarificationAsync(OrderTransitionInput input, CancellationToken ct) =>
        RunAsync(OrderTransitions.Clarification, () => orders.ClarifyAsync(Id, input, Actor, ct));

    public Task<IActionResult> OnPostImpossibilityAsync(OrderTransitionInput input, CancellationToken ct) =>
        RunAsync(OrderTransitions.Impossibility, () => orders.ImpossibleAsync(Id, input, Actor, ct));

    public Task<IActionResult> OnPostGroundsCeasedAsync(OrderTransitionInput input, CancellationToken ct) =>
        RunAsync(OrderTransitions.GroundsCeased, () => orders.GroundsCeasedAsync(Id, input, Actor, ct));

    public Task<IActionResult> OnPostExecuteAsync(OrderTransitionInput input, CancellationToken ct) =>
        RunAsync(OrderTransitions.Execute, () => orders.ExecuteAsync(Id, input, Actor, ct));

    public Task<IActionResult> OnPostConfirmAsync(CancellationToken ct) =>
        RunAsync(OrderTransitions.Confirm, () => orders.ConfirmAsync(Id, Actor, ct));

    public Task<IActionResult> OnPostFeedbackAsync(CancellationToken ct) =>
        RunAsync(OrderTransitions.Feedback, () => orders.FeedbackAsync(Id, Actor, ct));

    public Task<IActionResult> OnPostScrutinyRequestAsync(OrderTransitionInput input, CancellationToken ct) =>
        RunAsync(OrderTransitions.ScrutinyRequest, () => orders.RequestScrutinyAsync(Id, input, Actor, ct));

    public Task<IActionResult> OnPostScrutinyDecisionAsync(OrderTransitionInput input, CancellationToken ct) =>
        RunAsync(OrderTransitions.ScrutinyDecision, () => orders.DecideScrutinyAsync(Id, input, Actor, ct));

    public Task<IActionResult> OnPostFinalAsync(OrderTransitionInput input, CancellationToken ct) =>
        RunAsync(OrderTransitions.Final, () => orders.FinalAsync(Id, input, Actor, ct));

    public Task<IActionResult> OnPostAnnulmentAsync(OrderTransitionInput input, CancellationToken ct) =>
        RunAsync(OrderTransitions.Annulment, () => orders.AnnulAsync(Id, input, Actor, ct));

    /// <summary>The non-disclosure date is entered in UTC (the form says so), whatever the server's time zone.</summary>
    public Task<IActionResult> OnPostNonDisclosureAsync(string? untilUtc, CancellationToken ct)
    {
        var input = new OrderTransitionInput { Until = OrderClock.ParseUtc(untilUtc) };
        return RunAsync(OrderTransitions.NonDisclosure, () => orders.NonDisclosureAsync(Id, input, Actor, ct));
    }

    /// <summary>The page handler of a transition (<c>scrutiny-request</c> → <c>ScrutinyRequest</c>).</summary>
    public static string Handler(string transition) =>
        string.Concat(transition.Split('-').Select(w => char.ToUpperInvariant(w[0]) + w[1..]));

    /// <summary>Runs a transition for a role that may work orders; the service's refusal becomes the page's message.</summary>
    private async Task<IActionResult> RunAsync(string transition, Func<Task<RemovalOrderView>> run)
    {
        try
        {
            return await ActAsync(ConsolePolicies.RemovalOrdersWork, async () =>
            {
                var order = await run().ConfigureAwait(false);
                return Texts["Orders.Moved", order.Id, Texts["Orders.Do." + transition], Texts["Orders.State." + order.State]];
            }, () => RedirectToPage(new { Id })).ConfigureAwait(false);
        }
        catch (MizanException ex) when (ex.ErrorCode == ErrorCodes.NotFound)
        {
            return NotFound();
        }
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        Now = clock.GetUtcNow().UtcDateTime;
        try
        {
            Order = await orders.GetAsync(Id, User.OwnOrganisationOnly(), ct).ConfigureAwait(false);
            return true;
        }
        catch (MizanException ex) when (ex.ErrorCode == ErrorCodes.NotFound)
        {
            return false;
        }
    }
}
