using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Mizan.Core;
using Mizan.Data.Entities;
using Mizan.Data.Moderation;
using Mizan.Data.Moderation.Items;
using Mizan.Data.Organisations;

namespace Mizan.Data.Legal.Referrals;

/// <summary>
/// Referrals: non-binding requests from an authority to check content against the platform's own terms. Each URL
/// that names a known item puts the item before a reviewer like a notice does (a case, priority 1 for a designated
/// trusted flagger, 2 otherwise); the reviewers' decisions answer the referral (<see cref="ReferralAnswers"/>).
/// </summary>
public sealed class ReferralService(MizanDbContext db, ItemService items, ReferralAnswers answers, ModerationChanges changes, TimeProvider clock)
{
    /// <summary>Stores a referral and opens (or joins) a case for every item its URLs name.</summary>
    public async Task<ReferralView> SubmitAsync(ReferralSubmission s, ModerationActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(s);
        ArgumentNullException.ThrowIfNull(actor);
        string referrerType = ModerationTerms.Require(s.ReferrerType ?? "other", ReferralTerms.ReferrerTypes, "referrerType");
        var urls = LegalUrls.Require(s.Urls, "urls");
        string reasons = ModerationTerms.Required(s.Reasons, 5000, "reasons");
        string? clause = ModerationTerms.Optional(s.AllegedClause, 500, "allegedClause");
        string? reference = ModerationTerms.Optional(s.Reference, 200, "reference");
        string channel = AuthoritySubmitters.Channel(actor, s.Channel);
        var organisation = await AuthoritySubmitters.ResolveAsync(db, actor, s.OrganisationId, cancellationToken).ConfigureAwait(false);
        bool trustedFlagger = organisation.Kind == OrganisationKinds.TrustedFlagger;

        var linked = await db.ContentItems.Where(i => i.Url != null && urls.Contains(i.Url)).OrderBy(i => i.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var now = clock.GetUtcNow().UtcDateTime;
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var referral = new Referral
        {
            OrganisationId = organisation.Id,
            ReferrerName = organisation.Name,
            ReferrerType = referrerType,
            MemberState = organisation.MemberState,
            TrustedFlagger = trustedFlagger,
            ReferenceNumber = reference,
            Channel = channel,
            ReceivedAt = now,
            Urls = urls,
            Reasons = reasons,
            AllegedClause = clause,
            ItemIds = linked.Select(i => i.Id).ToList(),
            Status = ReferralTerms.Received,
        };
        db.Referrals.Add(referral);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await changes.RecordAsync(
            actor, "referral.received", "referral", Id(referral.Id), null,
            new { referral.OrganisationId, referral.ReferrerType, referral.TrustedFlagger, referral.Channel, referral.Urls, referral.ItemIds, referral.AllegedClause },
            reference, cancellationToken).ConfigureAwait(false);

        int priority = trustedFlagger ? 1 : 2;
        var caseIds = new List<long>();
        foreach (var item in linked)
        {
            var c = await items.OpenOrJoinCaseAsync(item, ReferralTerms.CaseSource, null, priority, "referral " + Id(referral.Id), actor, cancellationToken).ConfigureAwait(false);
            if (!caseIds.Contains(c.Id))
            {
                caseIds.Add(c.Id);
            }
        }

        referral.CaseIds = caseIds;
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return actor.Role == Keys.Roles.Authority ? ReferralView.ForReferrer(referral) : ReferralView.From(referral);
    }

    /// <summary>A referral; <paramref name="ownOrganisation"/> limits an authority to its own (others are not found).</summary>
    public async Task<ReferralView> GetAsync(long id, int? ownOrganisation, CancellationToken cancellationToken)
    {
        var referral = await FindAsync(id, ownOrganisation, tracked: false, cancellationToken).ConfigureAwait(false);
        return ownOrganisation is null ? ReferralView.From(referral) : ReferralView.ForReferrer(referral);
    }

    /// <summary>Referrals newest first, filtered; an authority sees only its own.</summary>
    public async Task<ReferralPage> ListAsync(ReferralQuery query, int? ownOrganisation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var referrals = db.Referrals.AsNoTracking().Visible(query.OrganisationId, ownOrganisation);
        if (query.Status is not null)
        {
            string status = ModerationTerms.Require(query.Status, ReferralTerms.Statuses, "status");
            referrals = referrals.Where(r => r.Status == status);
        }

        if (query.Outcome is not null)
        {
            string outcome = ModerationTerms.Require(query.Outcome, ReferralTerms.Outcomes, "outcome");
            referrals = referrals.Where(r => r.Outcome == outcome);
        }

        if (query.TrustedFlagger is { } trusted)
        {
            referrals = referrals.Where(r => r.TrustedFlagger == trusted);
        }

        var (page, next) = await referrals.NewestPageAsync(query.From, query.To, query.Cursor, query.Limit, cancellationToken).ConfigureAwait(false);
        return new ReferralPage(page.Select(r => ownOrganisation is null ? ReferralView.From(r) : ReferralView.ForReferrer(r)).ToList(), next);
    }

    /// <summary>Records the outcome a legal officer or moderator states, and feeds it back to the referrer.</summary>
    public async Task<ReferralView> AnswerAsync(long id, ReferralOutcomeInput input, ModerationActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        string outcome = ModerationTerms.Require(input.Outcome, ReferralTerms.Outcomes, "outcome");
        string? clause = ModerationTerms.Optional(input.AssessedAgainst, 500, "assessedAgainst");
        if (clause is null && outcome != ReferralTerms.NeedsInfo)
        {
            throw new MizanException(ErrorCodes.InvalidRequest, "\"assessedAgainst\" is required: the terms clause(s) the content was assessed against.");
        }

        string reasons = ModerationTerms.Required(input.Reasons, 5000, "reasons");
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var referral = await FindAsync(id, null, tracked: true, cancellationToken).ConfigureAwait(false);
        await answers.AnswerAsync(referral, outcome, clause ?? referral.AllegedClause ?? "none: more information needed", reasons, actor, cancellationToken).ConfigureAwait(false);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return ReferralView.From(referral);
    }

    private async Task<Referral> FindAsync(long id, int? ownOrganisation, bool tracked, CancellationToken cancellationToken)
    {
        var source = tracked ? db.Referrals : db.Referrals.AsNoTracking();
        var referral = await source.FirstOrDefaultAsync(r => r.Id == id, cancellationToken).ConfigureAwait(false);
        if (referral is null || (ownOrganisation is { } own && referral.OrganisationId != own))
        {
            throw new MizanException(ErrorCodes.NotFound, $"There is no referral {id}.");
        }

        return referral;
    }

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
