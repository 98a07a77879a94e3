using Microsoft.EntityFrameworkCore;
using Mizan.Core;
using Mizan.Data.Entities;
using Mizan.Data.Moderation;

namespace Mizan.Data.Legal.Orders;

/// <summary>The transitions of LEGAL.md's removal order state machine, one method each.</summary>
public sealed partial class RemovalOrderService
{
    /// <summary>Received → validating: a legal officer takes the order up and checks the sender (Art. 3(5)) and the fields (3(4)).</summary>
    public Task<RemovalOrderView> ValidateAsync(long id, OrderTransitionInput input, ModerationActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        string? authentication = ModerationTerms.Optional(input.Authentication, 1000, "authentication");
        return TransitionAsync(id, actor, OrderTransitions.Validate, OrderTransitions.From[OrderTransitions.Validate], async (order, now) =>
        {
            if (authentication is not null)
            {
                order.AuthenticationEvidence = authentication;
            }

            await MoveAsync(order, RemovalOrderStates.Validating, actor, "validation_started", new { authentication = order.AuthenticationEvidence }, null, cancellationToken).ConfigureAwait(false);
        }, cancellationToken);
    }

    /// <summary>Received/validating → needs clarification: Annex III sent for a manifest error or too little information; the clock pauses (Art. 3(8)).</summary>
    public Task<RemovalOrderView> RequestClarificationAsync(long id, OrderTransitionInput input, ModerationActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        string reason = ModerationTerms.Require(input.Reason, OrderTerms.ClarificationReasons, "reason");
        string details = ModerationTerms.Required(input.Details, 5000, "details");
        return TransitionAsync(id, actor, OrderTransitions.ClarificationRequest, OrderTransitions.From[OrderTransitions.ClarificationRequest], async (order, now) =>
        {
            await StartValidatingAsync(order, actor, cancellationToken).ConfigureAwait(false);
            await PauseAsync(order, actor, reason, details, "TCO Art. 3(8)", now, cancellationToken).ConfigureAwait(false);
            await MoveAsync(order, RemovalOrderStates.NeedsClarification, actor, "clarification_requested", new { reason, annexIIISentAt = now }, details, cancellationToken).ConfigureAwait(false);
        }, cancellationToken);
    }

    /// <summary>Needs clarification → executing: the clarification arrived and the hour starts again from now.</summary>
    public Task<RemovalOrderView> ClarifyAsync(long id, OrderTransitionInput input, ModerationActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        string clarification = ModerationTerms.Required(input.Clarification, 5000, "clarification");
        return TransitionAsync(id, actor, OrderTransitions.Clarification, OrderTransitions.From[OrderTransitions.Clarification], async (order, now) =>
        {
            order.Clarification = clarification;
            order.ClarificationReceivedAt = now;
            await RestartAsync(order, actor, "clarification received (TCO Art. 3(8))", now, cancellationToken).ConfigureAwait(false);
            await MoveAsync(order, RemovalOrderStates.Executing, actor, "clarification_received", new { clarificationReceivedAt = now }, clarification, cancellationToken).ConfigureAwait(false);
        }, cancellationToken);
    }

    /// <summary>Received/validating/executing → impossible: Annex III for force majeure or de facto impossibility; the clock pauses (Art. 3(7)).</summary>
    public Task<RemovalOrderView> ImpossibleAsync(long id, OrderTransitionInput input, ModerationActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        string reason = ModerationTerms.Require(input.Reason, OrderTerms.ImpossibilityReasons, "reason");
        string details = ModerationTerms.Required(input.Details, 5000, "details");
        return TransitionAsync(
            id, actor, OrderTransitions.Impossibility, OrderTransitions.From[OrderTransitions.Impossibility], async (order, now) =>
            {
                await StartValidatingAsync(order, actor, cancellationToken).ConfigureAwait(false);
                await PauseAsync(order, actor, reason, details, "TCO Art. 3(7)", now, cancellationToken).ConfigureAwait(false);
                await MoveAsync(order, RemovalOrderStates.Impossible, actor, "impossibility_notified", new { reason, annexIIISentAt = now }, details, cancellationToken).ConfigureAwait(false);
            }, cancellationToken);
    }

    /// <summary>Impossible → executing: the grounds ceased and the hour starts again from now.</summary>
    public Task<RemovalOrderView> GroundsCeasedAsync(long id, OrderTransitionInput input, ModerationActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        string? details = ModerationTerms.Optional(input.Details, 5000, "details");
        return TransitionAsync(id, actor, OrderTransitions.GroundsCeased, OrderTransitions.From[OrderTransitions.GroundsCeased], async (order, now) =>
        {
            order.GroundsCeasedAt = now;
            await RestartAsync(order, actor, "grounds of impossibility ceased (TCO Art. 3(7))", now, cancellationToken).ConfigureAwait(false);
            await MoveAsync(order, RemovalOrderStates.Executing, actor, "grounds_ceased", new { groundsCeasedAt = now }, details, cancellationToken).ConfigureAwait(false);
        }, cancellationToken);
    }

    /// <summary>
    /// Received/validating/executing → executed: every item the URLs name is disabled in all Member States (or removed),
    /// one decision each, with a preservation hold each (Art. 6), in one transaction.
    /// </summary>
    public Task<RemovalOrderView> ExecuteAsync(long id, OrderTransitionInput input, ModerationActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        string action = input.Action is null ? "disable_in_eu" : ModerationTerms.Require(input.Action, OrderTerms.ExecutionActions, "action");
        string decisionAction = action == "remove" ? Moderation.Decisions.DecisionActions.Remove : Moderation.Decisions.DecisionActions.Restrict;
        return TransitionAsync(
            id, actor, OrderTransitions.Execute, OrderTransitions.From[OrderTransitions.Execute],
            (order, now) => ExecuteCoreAsync(order, actor, decisionAction, automatic: false, now, cancellationToken), cancellationToken);
    }

    /// <summary>A legal officer confirms an automatic execution; Annex II feedback waits for it.</summary>
    public Task<RemovalOrderView> ConfirmAsync(long id, ModerationActor actor, CancellationToken cancellationToken) =>
        TransitionAsync(id, actor, OrderTransitions.Confirm, OrderTransitions.From[OrderTransitions.Confirm], async (order, now) =>
        {
            if (!OrderTransitions.AwaitsConfirmation(order.ExecutedAutomatically, order.ConfirmedAt))
            {
                throw new MizanException(ErrorCodes.Conflict, order.ExecutedAutomatically
                    ? $"Removal order {id} was already confirmed by {order.ConfirmedBy}."
                    : $"Removal order {id} was executed by {order.ExecutedBy}, not automatically; there is nothing to confirm.");
            }

            order.ConfirmedAt = now;
            order.ConfirmedBy = actor.Name;
            await changes.RecordAsync(actor, "removal_order.confirmed", Subject, Id(order.Id), new { confirmedAt = (DateTime?)null }, new { confirmedAt = now }, null, cancellationToken).ConfigureAwait(false);
        }, cancellationToken);

    /// <summary>Executed → feedback sent: Annex II, with the time of removal (Art. 3(6)).</summary>
    public Task<RemovalOrderView> FeedbackAsync(long id, ModerationActor actor, CancellationToken cancellationToken) =>
        TransitionAsync(id, actor, OrderTransitions.Feedback, OrderTransitions.From[OrderTransitions.Feedback], async (order, now) =>
        {
            if (OrderTransitions.AwaitsConfirmation(order.ExecutedAutomatically, order.ConfirmedAt))
            {
                throw new MizanException(ErrorCodes.Conflict, $"Removal order {id} was executed automatically; a legal officer confirms it (POST /v1/removal-orders/{id}/confirm) before the Annex II feedback.");
            }

            order.FeedbackSentAt = now;
            await MoveAsync(
                order, RemovalOrderStates.FeedbackSent, actor, "feedback_sent",
                new { annex = "II", removedAt = order.ExecutedAt, order.ActionTaken, items = order.ItemIds.Count, feedbackSentAt = now }, null,
                cancellationToken).ConfigureAwait(false);
        }, cancellationToken);

    /// <summary>Feedback sent → under scrutiny: the provider or the user asks the home authority (Art. 4(4), within 48 hours of receipt).</summary>
    public Task<RemovalOrderView> RequestScrutinyAsync(long id, OrderTransitionInput input, ModerationActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        string by = ModerationTerms.Require(input.RequestedBy, OrderTerms.ScrutinyRequesters, "requestedBy");
        string reasons = ModerationTerms.Required(input.Reasons, 5000, "reasons");
        return TransitionAsync(id, actor, OrderTransitions.ScrutinyRequest, OrderTransitions.From[OrderTransitions.ScrutinyRequest], async (order, now) =>
        {
            var closes = order.ReceivedAt.AddHours(options.ScrutinyRequestHours);
            if (now > closes)
            {
                throw new MizanException(ErrorCodes.ScrutinyWindowClosed, $"Scrutiny of removal order {id} could be requested until {closes:yyyy-MM-ddTHH:mm:ssZ} ({options.ScrutinyRequestHours} hours from receipt, TCO Art. 4(4)).");
            }

            order.ScrutinyRequestedBy = by;
            order.ScrutinyRequestedAt = now;
            order.ScrutinyReasons = reasons;
            await MoveAsync(
                order, RemovalOrderStates.UnderScrutiny, actor, "scrutiny_requested",
                new { requestedBy = by, requestedAt = now, decisionDueAt = now.AddHours(options.ScrutinyDecisionHours) }, reasons, cancellationToken).ConfigureAwait(false);
        }, cancellationToken);
    }

    /// <summary>Under scrutiny → reinstated (an infringement was found: every item is reinstated at once, Art. 4(7)) or back to feedback sent.</summary>
    public Task<RemovalOrderView> DecideScrutinyAsync(long id, OrderTransitionInput input, ModerationActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        bool found = input.InfringementFound ?? throw new MizanException(ErrorCodes.InvalidRequest, "\"infringementFound\" is required (true or false).");
        string? reasons = ModerationTerms.Optional(input.Reasons, 5000, "reasons");
        return TransitionAsync(id, actor, OrderTransitions.ScrutinyDecision, OrderTransitions.From[OrderTransitions.ScrutinyDecision], async (order, now) =>
        {
            order.ScrutinyDecidedAt = now;
            order.InfringementFound = found;
            await changes.RecordAsync(
                actor, "removal_order.scrutiny_decided", Subject, Id(order.Id), new { infringementFound = (bool?)null },
                new { infringementFound = found, decidedAt = now }, reasons, cancellationToken).ConfigureAwait(false);
            if (found)
            {
                await ReinstateAsync(order, actor, "scrutiny", reasons, now, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await MoveAsync(order, RemovalOrderStates.FeedbackSent, actor, "scrutiny_no_infringement", new { decidedAt = now }, reasons, cancellationToken).ConfigureAwait(false);
            }
        }, cancellationToken);
    }

    /// <summary>Feedback sent → final: the period for challenges ended or the order was confirmed.</summary>
    public Task<RemovalOrderView> FinalAsync(long id, OrderTransitionInput input, ModerationActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        string? reasons = ModerationTerms.Optional(input.Reasons, 5000, "reasons");
        return TransitionAsync(id, actor, OrderTransitions.Final, OrderTransitions.From[OrderTransitions.Final], async (order, now) =>
        {
            order.FinalAt = now;
            await MoveAsync(order, RemovalOrderStates.Final, actor, "final", new { finalAt = now }, reasons, cancellationToken).ConfigureAwait(false);
        }, cancellationToken);
    }

    /// <summary>A court annulled the order: every item is reinstated at once.</summary>
    public Task<RemovalOrderView> AnnulAsync(long id, OrderTransitionInput input, ModerationActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        string reasons = ModerationTerms.Required(input.Reasons, 5000, "reasons");
        return TransitionAsync(
            id, actor, OrderTransitions.Annulment, OrderTransitions.From[OrderTransitions.Annulment],
            (order, now) => ReinstateAsync(order, actor, "court", reasons, now, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// The authority's non-disclosure decision (Art. 11(3)): the user is not told until then, at most six weeks, and
    /// one extension of at most six more. The order's decisions hold their statements back until it ends.
    /// </summary>
    public Task<RemovalOrderView> NonDisclosureAsync(long id, OrderTransitionInput input, ModerationActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var until = (input.Until ?? throw new MizanException(ErrorCodes.InvalidRequest, "\"until\" is required.")).UtcDateTime;
        return TransitionAsync(id, actor, OrderTransitions.NonDisclosure, OrderTransitions.From[OrderTransitions.NonDisclosure], async (order, now) =>
        {
            int days = 7 * options.NonDisclosureWeeks;
            string verb;
            if (order.NonDisclosureUntil is null)
            {
                if (until <= now || until > now.AddDays(days))
                {
                    throw new MizanException(ErrorCodes.InvalidRequest, $"\"until\" must be in the future and at most {options.NonDisclosureWeeks} weeks away (TCO Art. 11(3)).");
                }

                order.NonDisclosureUntil = until;
                verb = "non_disclosure_ordered";
            }
            else if (order.NonDisclosureExtendedUntil is null)
            {
                var first = order.NonDisclosureUntil.Value;
                if (first <= now)
                {
                    throw new MizanException(ErrorCodes.Conflict, $"The non-disclosure period of removal order {id} ended at {first:yyyy-MM-ddTHH:mm:ssZ}; it can no longer be extended.");
                }

                if (until <= first || until > first.AddDays(days))
                {
                    throw new MizanException(ErrorCodes.InvalidRequest, $"An extension must end after {first:yyyy-MM-ddTHH:mm:ssZ} and at most {options.NonDisclosureWeeks} weeks after it (TCO Art. 11(3)).");
                }

                order.NonDisclosureExtendedUntil = until;
                verb = "non_disclosure_extended";
            }
            else
            {
                throw new MizanException(ErrorCodes.Conflict, $"The non-disclosure period of removal order {id} was already extended once (TCO Art. 11(3)).");
            }

            var held = await db.Decisions.Where(d => d.RemovalOrderId == order.Id && d.ReversedAt == null).ToListAsync(cancellationToken).ConfigureAwait(false);
            foreach (var decision in held)
            {
                decision.SecrecyUntil = until;
                decision.UserInformedAt = until;
            }

            await changes.RecordAsync(
                actor, "removal_order." + verb, Subject, Id(order.Id), null,
                new { until, decisionsHeldBack = held.Select(d => d.Id).ToList() }, "TCO Art. 11(3)", cancellationToken).ConfigureAwait(false);
        }, cancellationToken);
    }

    /// <summary>Runs one transition: the order's row locked, the state checked, the change and its audit saved together.</summary>
    private async Task<RemovalOrderView> TransitionAsync(
        long id, ModerationActor actor, string transition, IReadOnlyList<string> from, Func<RemovalOrder, DateTime, Task> apply,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var order = await LockAsync(id, cancellationToken).ConfigureAwait(false) ?? throw NotFound(id);
        if (!from.Contains(order.State, StringComparer.Ordinal))
        {
            throw new MizanException(
                ErrorCodes.OrderStatePrefix + order.State,
                $"Removal order {id} is {order.State}; {transition} is allowed only from {string.Join(", ", from)}.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await apply(order, now).ConfigureAwait(false);
        order.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return RemovalOrderView.From(order);
    }

    /// <summary>The order, tracked; on PostgreSQL its row is locked until the transaction ends (SQLite has one writer).</summary>
    private Task<RemovalOrder?> LockAsync(long id, CancellationToken cancellationToken) =>
        db.Database.IsNpgsql()
            ? db.RemovalOrders.FromSqlRaw("SELECT * FROM removal_orders WHERE \"Id\" = {0} FOR UPDATE", id).FirstOrDefaultAsync(cancellationToken)
            : db.RemovalOrders.FirstOrDefaultAsync(o => o.Id == id, cancellationToken);

    /// <summary>Sets the state and records the transition with the states before and after.</summary>
    private Task MoveAsync(RemovalOrder order, string to, ModerationActor actor, string verb, object? details, string? reason, CancellationToken cancellationToken)
    {
        string before = order.State;
        order.State = to;
        return changes.RecordAsync(actor, "removal_order." + verb, Subject, Id(order.Id), new { state = before }, new { state = to, details }, reason, cancellationToken);
    }

    private async Task StartValidatingAsync(RemovalOrder order, ModerationActor actor, CancellationToken cancellationToken)
    {
        if (order.State == RemovalOrderStates.Received)
        {
            await MoveAsync(order, RemovalOrderStates.Validating, actor, "validation_started", null, null, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task PauseAsync(RemovalOrder order, ModerationActor actor, string reason, string details, string article, DateTime now, CancellationToken cancellationToken)
    {
        var deadline = order.DeadlineAt;
        order.DeadlineAt = null;
        order.ClockPausedAt = now;
        order.AnnexIIISentAt = now;
        order.ImpossibilityReason = reason;
        order.ImpossibilityDetails = details;
        await changes.RecordAsync(
            actor, "removal_order.clock_paused", Subject, Id(order.Id), new { deadlineAt = deadline },
            new { deadlineAt = (DateTime?)null, pausedAt = now, reason }, $"{reason} ({article})", cancellationToken).ConfigureAwait(false);
    }

    private async Task RestartAsync(RemovalOrder order, ModerationActor actor, string why, DateTime now, CancellationToken cancellationToken)
    {
        order.ClockRestartedAt = now;
        order.DeadlineAt = now.AddMinutes(options.RemovalDeadlineMinutes);
        await changes.RecordAsync(
            actor, "removal_order.clock_restarted", Subject, Id(order.Id), new { deadlineAt = (DateTime?)null, pausedAt = order.ClockPausedAt },
            new { restartedAt = now, minutes = options.RemovalDeadlineMinutes, deadlineAt = order.DeadlineAt }, why, cancellationToken).ConfigureAwait(false);
    }
}
