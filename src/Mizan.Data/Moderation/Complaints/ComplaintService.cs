using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Mizan.Core;
using Mizan.Data.Entities;
using Mizan.Data.Moderation.Decisions;

namespace Mizan.Data.Moderation.Complaints;

/// <summary>
/// Complaints and appeals (DSA Art. 20, TCO Art. 10): accepted from the affected user or the notifier while the
/// window is open, decided by someone other than the original decider; a reversal restores the content, tells
/// the platform, and flags the bank entries behind an automated detection for review.
/// </summary>
public sealed class ComplaintService(
    MizanDbContext db, ModerationOptions options, DecisionWriter decisions, ModerationChanges changes, TimeProvider clock)
{
    /// <summary>Accepts a complaint.</summary>
    public async Task<ComplaintView> SubmitAsync(ComplaintSubmission s, ModerationActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(s);
        ArgumentNullException.ThrowIfNull(actor);
        long decisionId = s.DecisionId ?? throw new MizanException(ErrorCodes.InvalidRequest, "\"decisionId\" is required.");
        string role = ModerationTerms.Require(s.Complainant, ["content_provider", "notifier"], "complainant");
        string reference = ModerationTerms.Required(s.Ref, 200, "ref");
        string grounds = ModerationTerms.Required(s.Grounds, 5000, "grounds");

        var decision = await db.Decisions.AsNoTracking().FirstOrDefaultAsync(d => d.Id == decisionId, cancellationToken).ConfigureAwait(false);
        var item = decision is null ? null
            : await db.ContentItems.AsNoTracking().FirstAsync(i => i.Id == decision.ContentItemId, cancellationToken).ConfigureAwait(false);
        if (decision is null || item!.OrganisationId != actor.OrganisationId)
        {
            throw new MizanException(ErrorCodes.NotFound, $"There is no decision {decisionId} on this platform's content.");
        }

        if (decision.Action == DecisionActions.Escalate)
        {
            throw new MizanException(ErrorCodes.Conflict, $"Decision {decisionId} escalated the case; complain about the final decision.");
        }

        if (role == "content_provider")
        {
            if (!DecisionActions.IsRestriction(decision.Action) || !string.Equals(item.UploaderRef, reference, StringComparison.Ordinal))
            {
                throw new MizanException(ErrorCodes.NotEligible, "Only the user whose content was restricted can complain as content_provider; ref must be the item's uploader reference.");
            }
        }
        else
        {
            var notice = decision.NoticeId is { } nid
                ? await db.Notices.AsNoTracking().FirstOrDefaultAsync(n => n.Id == nid, cancellationToken).ConfigureAwait(false)
                : null;
            if (notice is null || !(string.Equals(notice.NotifierRef, reference, StringComparison.Ordinal)
                || string.Equals(notice.NotifierEmail, reference, StringComparison.OrdinalIgnoreCase)))
            {
                throw new MizanException(ErrorCodes.NotEligible, "Only the notifier of the notice behind the decision can complain as notifier; ref must be their reference or e-mail.");
            }
        }

        if (decision.ReversedAt is not null)
        {
            throw new MizanException(ErrorCodes.Conflict, $"Decision {decisionId} has already been reversed.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        DateTime informed = decision.UserInformedAt ?? decision.DecidedAt;
        DateTime closes = informed.AddMonths(options.ComplaintWindowMonths);
        if (now > closes)
        {
            throw new MizanException(ErrorCodes.WindowClosed, $"Complaints about decision {decisionId} were open until {closes:yyyy-MM-dd} ({options.ComplaintWindowMonths} months after the user was informed).");
        }

        if (await db.Complaints.AnyAsync(c => c.DecisionId == decisionId && c.ComplainantRole == role && c.Status == "open", cancellationToken).ConfigureAwait(false))
        {
            throw new MizanException(ErrorCodes.Conflict, $"A complaint about decision {decisionId} from this complainant is already open.");
        }

        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var complaint = new Complaint
        {
            DecisionId = decisionId,
            OrganisationId = actor.OrganisationId,
            ComplainantRole = role,
            ComplainantRef = reference,
            Grounds = grounds,
            ReceivedAt = now,
            DueAt = now.AddDays(options.ComplaintDueDays),
            Status = "open",
        };
        db.Complaints.Add(complaint);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await changes.RecordAsync(actor, "complaint.received", "complaint", Id(complaint.Id), null, new { complaint.DecisionId, complaint.ComplainantRole, complaint.DueAt }, null, cancellationToken).ConfigureAwait(false);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return ComplaintView.From(complaint, []);
    }

    /// <summary>Complaints by status (open first by due date).</summary>
    public async Task<IReadOnlyList<ComplaintView>> ListAsync(string? status, CancellationToken cancellationToken)
    {
        var query = db.Complaints.AsNoTracking();
        if (status is not null)
        {
            ModerationTerms.Require(status, ["open", "decided"], "status");
            query = query.Where(c => c.Status == status);
        }

        var rows = await query.OrderBy(c => c.DueAt).ThenBy(c => c.Id).Take(500).ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.Select(c => ComplaintView.From(c, [])).ToList();
    }

    /// <summary>
    /// The open complaints a reviewer may decide, by due date: never those about the reviewer's own decisions (DSA
    /// Art. 20(6), the rule <see cref="DecideAsync"/> enforces).
    /// </summary>
    public async Task<IReadOnlyList<ComplaintView>> QueueForAsync(ModerationActor reviewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reviewer);
        var rows = await (from c in db.Complaints.AsNoTracking()
                          join d in db.Decisions.AsNoTracking() on c.DecisionId equals d.Id
                          where c.Status == "open"
                          orderby c.DueAt, c.Id
                          select new { c, d }).Take(500).ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.Where(r => !IsOwnDecision(r.d, reviewer)).Select(r => ComplaintView.From(r.c, [])).ToList();
    }

    /// <summary>Whether the complaint contests a decision <paramref name="actor"/> took (so they may not review it).</summary>
    public async Task<bool> IsAboutOwnDecisionAsync(long complaintId, ModerationActor actor, CancellationToken cancellationToken)
    {
        var decision = await (from c in db.Complaints.AsNoTracking()
                              join d in db.Decisions.AsNoTracking() on c.DecisionId equals d.Id
                              where c.Id == complaintId
                              select d).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return decision is not null && IsOwnDecision(decision, actor);
    }

    /// <summary>Whether <paramref name="actor"/> took <paramref name="decision"/> (the same key or user, or the same name).</summary>
    public static bool IsOwnDecision(Decision decision, ModerationActor actor)
    {
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(actor);
        return (decision.DeciderKeyId is { } k && k == actor.KeyId) || string.Equals(decision.DeciderName, actor.Name, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A complaint by id; a platform sees only its own.</summary>
    public async Task<ComplaintView> GetAsync(long id, int? organisationId, CancellationToken cancellationToken)
    {
        var c = await db.Complaints.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, cancellationToken).ConfigureAwait(false);
        if (c is null || (organisationId is { } org && c.OrganisationId != org))
        {
            throw new MizanException(ErrorCodes.NotFound, $"There is no complaint {id}.");
        }

        return ComplaintView.From(c, await FlaggedAsync(c.Id, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>Decides a complaint; the original decider may not.</summary>
    public async Task<ComplaintView> DecideAsync(long id, ComplaintDecisionInput input, ModerationActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(actor);
        string outcome = ModerationTerms.Require(input.Outcome, ["upheld", "reversed"], "outcome");
        string reasons = ModerationTerms.Required(input.Reasons, 5000, "reasons");

        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var complaint = await db.Complaints.FirstOrDefaultAsync(c => c.Id == id, cancellationToken).ConfigureAwait(false)
            ?? throw new MizanException(ErrorCodes.NotFound, $"There is no complaint {id}.");
        if (complaint.Status != "open")
        {
            throw new MizanException(ErrorCodes.Conflict, $"Complaint {id} was already decided ({complaint.Outcome}).");
        }

        var decision = await db.Decisions.FirstAsync(d => d.Id == complaint.DecisionId, cancellationToken).ConfigureAwait(false);
        if (IsOwnDecision(decision, actor))
        {
            throw new MizanException(ErrorCodes.SameReviewer, $"{actor.Name} took decision {decision.Id}; a different reviewer must decide the complaint (DSA Art. 20(6)).");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        complaint.Status = "decided";
        complaint.Outcome = outcome;
        complaint.Reasons = reasons;
        complaint.ReviewerKeyId = actor.KeyId;
        complaint.ReviewerName = actor.Name;
        complaint.DecidedAt = now;
        await changes.RecordAsync(actor, "complaint.decided", "complaint", Id(id), new { status = "open" }, new { status = "decided", outcome }, reasons, cancellationToken).ConfigureAwait(false);
        if (outcome == "reversed")
        {
            await ReverseAsync(complaint, decision, actor, now, cancellationToken).ConfigureAwait(false);
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return ComplaintView.From(complaint, await FlaggedAsync(id, cancellationToken).ConfigureAwait(false));
    }

    private async Task ReverseAsync(Complaint complaint, Decision decision, ModerationActor actor, DateTime now, CancellationToken cancellationToken)
    {
        decision.ReversedAt = now;
        decision.ReversedByComplaintId = complaint.Id;
        await changes.RecordAsync(actor, "decision.reversed", "decision", Id(decision.Id), new { reversedAt = (DateTime?)null }, new { reversedAt = now, complaintId = complaint.Id }, complaint.Reasons, cancellationToken).ConfigureAwait(false);
        var item = await db.ContentItems.FirstAsync(i => i.Id == decision.ContentItemId, cancellationToken).ConfigureAwait(false);
        if (DecisionActions.IsRestriction(decision.Action))
        {
            var before = new { state = item.State, restrictedIn = item.RestrictedIn.ToList() };
            item.State = ItemStates.Restored;
            item.RestrictedIn = [];
            item.UpdatedAt = now;
            await changes.RecordAsync(actor, "item.state_changed", "item", Id(item.Id), before, new { state = item.State, restrictedIn = item.RestrictedIn }, "complaint " + Id(complaint.Id), cancellationToken).ConfigureAwait(false);
            if (decision.AutomatedDetection)
            {
                await FlagEntriesAsync(complaint, decision, actor, now, cancellationToken).ConfigureAwait(false);
            }
        }
        else
        {
            // A notifier's complaint against keeping the content succeeded: a person looks at it again.
            var reopened = new ModerationCase
            {
                ContentItemId = item.Id, Status = CaseStatuses.Open, Priority = 1, Source = "complaint", NoticeId = decision.NoticeId,
                Language = item.Language, OpenedAt = now, UpdatedAt = now,
            };
            db.Cases.Add(reopened);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            await changes.RecordAsync(actor, "case.opened", "case", Id(reopened.Id), null, new { reopened.ContentItemId, reopened.Priority, reopened.Source }, "complaint " + Id(complaint.Id), cancellationToken).ConfigureAwait(false);
        }

        var payload = await decisions.WebhookPayloadAsync(item, decision, cancellationToken).ConfigureAwait(false);
        var reversal = new { complaintId = complaint.Id, reasons = complaint.Reasons, payload.ItemId, payload.ExternalId, payload.Url, payload.State, payload.Decision };
        await changes.NotifyAsync(item.OrganisationId, "decision.reversed", reversal, cancellationToken).ConfigureAwait(false);
        if (DecisionActions.IsRestriction(decision.Action))
        {
            await changes.NotifyAsync(item.OrganisationId, "content.restored", reversal, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task FlagEntriesAsync(Complaint complaint, Decision decision, ModerationActor actor, DateTime now, CancellationToken cancellationToken)
    {
        var entryIds = await db.ItemMatches.AsNoTracking()
            .Where(m => m.ContentItemId == decision.ContentItemId && m.BankEntryId > 0)
            .Select(m => m.BankEntryId).Distinct().ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (long entryId in entryIds)
        {
            var review = new BankEntryReview
            {
                BankEntryId = entryId,
                DecisionId = decision.Id,
                ComplaintId = complaint.Id,
                Reason = $"Decision {decision.Id} was reversed on complaint {complaint.Id}.",
                FlaggedAt = now,
            };
            db.BankEntryReviews.Add(review);
            await changes.RecordAsync(actor, "bank_entry.flagged", "bank_entry", Id(entryId), null, new { review.DecisionId, review.ComplaintId }, review.Reason, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<IReadOnlyList<FlaggedEntry>> FlaggedAsync(long complaintId, CancellationToken cancellationToken) =>
        await (from r in db.BankEntryReviews.AsNoTracking()
               join e in db.BankEntries.AsNoTracking() on r.BankEntryId equals e.Id
               where r.ComplaintId == complaintId
               orderby r.Id
               select new FlaggedEntry(e.Bank!.Name, e.ExternalId, e.SignalType, r.Reason))
            .ToListAsync(cancellationToken).ConfigureAwait(false);

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
