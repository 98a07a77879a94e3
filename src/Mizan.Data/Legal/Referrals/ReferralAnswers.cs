using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Mizan.Core;
using Mizan.Data.Entities;
using Mizan.Data.Moderation;
using Mizan.Data.Moderation.Decisions;
using Mizan.Data.Webhooks;

namespace Mizan.Data.Legal.Referrals;

/// <summary>
/// Links reviewers' decisions to the referral whose case they decide and records the referral's outcome: by itself
/// once every case of the referral is decided, or as a legal officer or moderator states it. The answer goes back to
/// the referrer (webhook <c>referral.answered</c> to its organisation). Staged in the caller's transaction.
/// </summary>
public sealed class ReferralAnswers(MizanDbContext db, ModerationChanges changes, TimeProvider clock)
{
    /// <summary>The unanswered referral that opened or joined case <paramref name="caseId"/>, if any (tracked).</summary>
    public async Task<Referral?> ForCaseAsync(long caseId, CancellationToken cancellationToken) =>
        (await db.Referrals.Where(r => r.Status != ReferralTerms.Answered && r.CaseIds.Contains(caseId))
            .OrderBy(r => r.Id).ToListAsync(cancellationToken).ConfigureAwait(false)).FirstOrDefault();

    /// <summary>The TDB source type of a decision answering a referral (DSA Art. 22 trusted flaggers apart).</summary>
    public static string SourceTypeOf(Referral referral)
    {
        ArgumentNullException.ThrowIfNull(referral);
        return referral.TrustedFlagger ? "trusted_flagger" : "other_notification";
    }

    /// <summary>
    /// Records that <paramref name="decision"/> answered <paramref name="referral"/>; when every case of the referral
    /// is decided, derives the outcome from the decisions and answers the referrer.
    /// </summary>
    public async Task RecordDecisionAsync(Referral referral, Decision decision, ModerationActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(referral);
        ArgumentNullException.ThrowIfNull(decision);
        decision.ReferralId = referral.Id;
        referral.DecisionIds = [.. referral.DecisionIds, decision.Id];
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);

        var caseIds = referral.CaseIds;
        var cases = await db.Cases.AsNoTracking().Where(c => caseIds.Contains(c.Id)).ToListAsync(cancellationToken).ConfigureAwait(false);
        if (cases.Any(c => c.Status != CaseStatuses.Decided || c.DecisionId is null))
        {
            if (referral.Status == ReferralTerms.Received && decision.Action != DecisionActions.Escalate)
            {
                await changes.RecordAsync(
                    actor, "referral.assessed", "referral", Id(referral.Id), new { status = referral.Status },
                    new { status = ReferralTerms.Assessed, decisionId = decision.Id }, null, cancellationToken).ConfigureAwait(false);
                referral.Status = ReferralTerms.Assessed;
            }

            return;
        }

        var decisionIds = cases.Select(c => c.DecisionId!.Value).ToList();
        var final = await db.Decisions.AsNoTracking().Where(d => decisionIds.Contains(d.Id)).ToListAsync(cancellationToken).ConfigureAwait(false);
        var items = await db.ContentItems.AsNoTracking().Where(i => referral.ItemIds.Contains(i.Id))
            .Select(i => new { i.Id, i.Url }).ToListAsync(cancellationToken).ConfigureAwait(false);
        bool actioned = final.Any(d => DecisionActions.IsRestriction(d.Action));
        var clauses = final.Where(d => !string.IsNullOrWhiteSpace(d.GroundReference) && (!actioned || DecisionActions.IsRestriction(d.Action)))
            .Select(d => d.GroundReference.Trim()).Distinct(StringComparer.Ordinal).ToList();
        string assessedAgainst = Clip(clauses.Count > 0 ? string.Join("; ", clauses) : referral.AllegedClause ?? "the platform's terms of service", 500);
        var reasons = new StringBuilder();
        foreach (var d in final.OrderBy(d => d.Id))
        {
            string where = items.FirstOrDefault(i => i.Id == d.ContentItemId)?.Url ?? "one of the referred locations";
            string done = d.Action switch
            {
                DecisionActions.Remove => "removed",
                DecisionActions.Restrict => "restricted in " + string.Join(", ", d.Countries),
                DecisionActions.Label => "labelled",
                _ => "kept: no violation found",
            };
            string ground = string.IsNullOrWhiteSpace(d.GroundReference) ? "" : $" (assessed against {d.GroundReference.Trim()})";
            reasons.Append(CultureInfo.InvariantCulture, $"{where}: {done}{ground}. ");
        }

        await AnswerAsync(
            referral, actioned ? ReferralTerms.ActionedUnderTerms : ReferralTerms.NoViolation, assessedAgainst, Clip(reasons.ToString().Trim(), 5000),
            actor, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Records the outcome and feeds it back to the referrer (audit <c>referral.answered</c> and the webhook).</summary>
    public async Task AnswerAsync(
        Referral referral, string outcome, string assessedAgainst, string reasons, ModerationActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(referral);
        ArgumentNullException.ThrowIfNull(actor);
        if (referral.Status == ReferralTerms.Answered)
        {
            throw new MizanException(ErrorCodes.Conflict, $"Referral {referral.Id} was answered already ({referral.Outcome}).");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        string before = referral.Status;
        referral.Status = ReferralTerms.Answered;
        referral.Outcome = outcome;
        referral.AssessedAgainst = assessedAgainst;
        referral.OutcomeReasons = reasons;
        referral.AssessedAt = now;
        referral.AssessedBy = actor.Name;
        referral.FeedbackSentAt = now;
        await changes.RecordAsync(
            actor, "referral.answered", "referral", Id(referral.Id), new { status = before },
            new { status = referral.Status, outcome, assessedAgainst, referral.DecisionIds, feedbackSentAt = now }, reasons,
            cancellationToken).ConfigureAwait(false);
        await changes.NotifyAsync(referral.OrganisationId, WebhookEventTypes.ReferralAnswered, ReferralView.ForReferrer(referral), cancellationToken).ConfigureAwait(false);
    }

    private static string Clip(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
