using Microsoft.EntityFrameworkCore;
using Mizan.Core;
using Mizan.Data.Entities;
using Mizan.Data.Legal.Preservation;
using Mizan.Data.Moderation;
using Mizan.Data.Moderation.Decisions;
using Mizan.Data.Webhooks;

namespace Mizan.Data.Legal.Orders;

/// <summary>Execution and reinstatement: what an order does to content.</summary>
public sealed partial class RemovalOrderService
{
    private const string GroundReference = "Regulation (EU) 2021/784 Art. 3 (removal order)";
    private const string GroundReferenceUrl = "https://eur-lex.europa.eu/eli/reg/2021/784/oj";

    /// <summary>Why an order in <paramref name="state"/> was not executed in time (evidence for Art. 18).</summary>
    internal static string CauseFor(string state, int urls, int unresolved) => state switch
    {
        RemovalOrderStates.Received => "not validated: no legal officer took the order up",
        RemovalOrderStates.Validating => "awaiting legal officer: validation not finished",
        RemovalOrderStates.Executing when unresolved >= urls => "items not resolved: none of the order's URLs is a known content item",
        RemovalOrderStates.Executing when unresolved > 0 => $"awaiting legal officer: not executed ({unresolved} of {urls} URLs not resolved to items)",
        RemovalOrderStates.Executing => "awaiting legal officer: not executed",
        _ => "order was " + state,
    };

    /// <summary>Flags the order overdue for its current deadline and records the breach with its cause.</summary>
    internal async Task MarkOverdueAsync(RemovalOrder order, DateTime deadline, string cause, ModerationActor actor, CancellationToken cancellationToken)
    {
        order.OverdueAt = deadline;
        order.OverdueCause = cause;
        await changes.RecordAsync(
            actor, "removal_order.overdue", Subject, Id(order.Id), new { overdueAt = (DateTime?)null },
            new { state = order.State, deadlineAt = deadline, overdueAt = deadline, cause }, "deadline breached: " + cause, cancellationToken).ConfigureAwait(false);
        await changes.NotifyAsync(Organisations.OrganisationService.DefaultId, WebhookEventTypes.RemovalOrderOverdue, RemovalOrderView.ForAuthority(order), cancellationToken).ConfigureAwait(false);
    }

    private async Task ExecuteCoreAsync(RemovalOrder order, ModerationActor actor, string decisionAction, bool automatic, DateTime now, CancellationToken cancellationToken)
    {
        string stateAtStart = order.State;
        string? why = automatic ? "automatic execution: every URL is a known content item (Legal:AutomaticExecution)" : null;
        await StartValidatingAsync(order, actor, cancellationToken).ConfigureAwait(false);
        if (order.State == RemovalOrderStates.Validating)
        {
            await MoveAsync(order, RemovalOrderStates.Executing, actor, "validated", new { authentication = order.AuthenticationEvidence }, why, cancellationToken).ConfigureAwait(false);
        }

        var (items, unresolved) = await ResolveAsync(order.Urls, tracked: true, cancellationToken).ConfigureAwait(false);
        if (items.Count == 0)
        {
            throw new MizanException(
                ErrorCodes.Conflict,
                $"None of the URLs of removal order {order.Id} is a known content item, so nothing can be disabled; notify the authority (POST /v1/removal-orders/{order.Id}/impossibility, de_facto_impossibility) or execute once the platform has submitted the items.");
        }

        DateTime? secrecy = ActiveNonDisclosure(order, now);
        var provenance = new DecisionProvenance("other_notification", null, false, automatic ? "fully" : "not_automated");
        var origin = new PreservationOrigin(order.Id, null, order.OrganisationId, order.IssuingAuthorityName, order.AuthorityReference);
        var decisionIds = new List<long>();
        var holdIds = new List<long>();
        foreach (var item in items)
        {
            // An item already removed stays removed: restricting it to the EU would put it back elsewhere.
            string action = item.State == ItemStates.Removed ? DecisionActions.Remove : decisionAction;
            var input = DecisionFor(order, action, secrecy);
            decisions.Validate(input);
            var decision = await decisions.ApplyAsync(item, null, input, actor, provenance, cancellationToken).ConfigureAwait(false);
            decision.RemovalOrderId = order.Id;
            decisionIds.Add(decision.Id);
            var hold = await preservation.StageForItemAsync(item, PreservationBases.TcoOrder, origin, actor, cancellationToken).ConfigureAwait(false);
            holdIds.Add(hold.Id);
        }

        order.ItemIds = items.Select(i => i.Id).ToList();
        order.DecisionIds = decisionIds;
        order.ActionTaken = decisionAction == DecisionActions.Remove ? "removed" : "disabled_in_eu";
        order.ExecutedAt = now;
        order.ExecutedBy = actor.Name;
        order.ExecutedAutomatically = automatic;
        if (order.DeadlineAt is { } deadline && now > deadline && (order.OverdueAt is null || order.OverdueAt < deadline))
        {
            await MarkOverdueAsync(order, deadline, CauseFor(stateAtStart, order.Urls.Count, unresolved.Count) + $"; executed {(now - deadline).TotalMinutes:0} min late", actor, cancellationToken).ConfigureAwait(false);
        }

        await MoveAsync(
            order, RemovalOrderStates.Executed, actor, "executed",
            new
            {
                executedAt = now, order.ActionTaken, scope = "all EU Member States", memberStates = OrderTerms.MemberStates, order.ItemIds,
                decisionIds, preservationHoldIds = holdIds, unresolvedUrls = unresolved, automatic, order.DeadlineAt,
                inTime = order.DeadlineAt is null || now <= order.DeadlineAt,
            },
            why, cancellationToken).ConfigureAwait(false);
        await NotifyAsync(order, WebhookEventTypes.RemovalOrderExecuted, cancellationToken).ConfigureAwait(false);
    }

    private static DecisionInput DecisionFor(RemovalOrder order, string action, DateTime? secrecy) => new()
    {
        Action = action,
        Countries = action == DecisionActions.Restrict ? ["EU"] : null,
        Ground = "illegal",
        GroundReference = GroundReference,
        GroundReferenceUrl = GroundReferenceUrl,
        Explanation =
            $"Removal order {order.AuthorityReference} of {order.IssuingAuthorityName} ({order.IssuingMemberState}) under Regulation (EU) 2021/784 Art. 3: "
            + $"the competent authority assessed the content as terrorist content ({string.Join(", ", order.MaterialTypes)}).",
        ExemptionConsidered = "none",
        PurposeAssessment = "Assessed by the issuing competent authority (TCO Art. 3); the order binds the hosting service.",
        SecrecyUntil = secrecy is { } s ? new DateTimeOffset(DateTime.SpecifyKind(s, DateTimeKind.Utc)) : null,
    };

    private static DateTime? ActiveNonDisclosure(RemovalOrder order, DateTime now) =>
        (order.NonDisclosureExtendedUntil ?? order.NonDisclosureUntil) is { } until && until > now ? until : null;

    /// <summary>Reinstates every item the order disabled, at once (Art. 4(7) or a court's annulment), and moves the order to reinstated.</summary>
    private async Task ReinstateAsync(RemovalOrder order, ModerationActor actor, string basis, string? reasons, DateTime now, CancellationToken cancellationToken)
    {
        var executed = await db.Decisions.Where(d => d.RemovalOrderId == order.Id && d.ReversedAt == null).OrderBy(d => d.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var itemIds = executed.Select(d => d.ContentItemId).ToList();
        var items = await db.ContentItems.Where(i => itemIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, cancellationToken).ConfigureAwait(false);
        string why = basis == "court" ? "removal order annulled by a court" : "infringement found on scrutiny (TCO Art. 4(7))";
        foreach (var decision in executed)
        {
            decision.ReversedAt = now;
            await changes.RecordAsync(
                actor, "decision.reversed", "decision", Id(decision.Id), new { reversedAt = (DateTime?)null },
                new { reversedAt = now, removalOrderId = order.Id, basis }, why, cancellationToken).ConfigureAwait(false);
            var item = items[decision.ContentItemId];
            var before = new { state = item.State, restrictedIn = item.RestrictedIn.ToList() };
            item.State = ItemStates.Restored;
            item.RestrictedIn = [];
            item.UpdatedAt = now;
            await changes.RecordAsync(
                actor, "item.state_changed", "item", Id(item.Id), before, new { state = item.State, restrictedIn = item.RestrictedIn },
                $"removal order {order.Id} reinstated", cancellationToken).ConfigureAwait(false);
            await changes.NotifyAsync(
                item.OrganisationId, WebhookEventTypes.ContentReinstated,
                new { itemId = item.Id, item.ExternalId, item.Url, item.State, decisionId = decision.Id, removalOrderId = order.Id, basis, reinstatedAt = now },
                cancellationToken).ConfigureAwait(false);
        }

        order.ReinstatedAt = now;
        order.ReinstatementBasis = basis;
        await MoveAsync(order, RemovalOrderStates.Reinstated, actor, "reinstated", new { basis, reinstatedAt = now, itemIds }, reasons ?? why, cancellationToken).ConfigureAwait(false);
    }
}
