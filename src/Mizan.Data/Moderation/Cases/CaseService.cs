using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Mizan.Core;
using Mizan.Data.Entities;
using Mizan.Data.Moderation.Decisions;
using Mizan.Data.Moderation.Items;
using Mizan.Data.Moderation.Notices;
using Mizan.Data.Moderation.Settings;

namespace Mizan.Data.Moderation.Cases;

/// <summary>The review queue: list, show, claim, release and decide cases.</summary>
public sealed class CaseService(
    MizanDbContext db, ItemService items, DecisionWriter decisions, SettingsService settings, ModerationChanges changes, TimeProvider clock,
    Legal.Referrals.ReferralAnswers referrals)
{
    /// <summary>The queue ordered by priority (1 first), then age (oldest first).</summary>
    public async Task<CasePage> ListAsync(CaseQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Limit is < 1 or > 200)
        {
            throw new MizanException(ErrorCodes.InvalidRequest, "limit must be 1-200.");
        }

        var cases = db.Cases.AsNoTracking();
        if (query.Status is null)
        {
            cases = cases.Where(c => c.Status != CaseStatuses.Decided);
        }
        else
        {
            string status = ModerationTerms.Require(query.Status, CaseStatuses.All, "status");
            cases = cases.Where(c => c.Status == status);
        }

        if (query.Language is { } language)
        {
            string upper = language.ToUpperInvariant();
            cases = cases.Where(c => c.Language == upper);
        }

        if (query.Source is { } source)
        {
            cases = cases.Where(c => c.Source == source);
        }

        if (query.Label is { } label)
        {
            cases = cases.Where(c => c.Labels.Contains(label));
        }

        if (query.Bank is { } bank)
        {
            cases = cases.Where(c => c.Banks.Contains(bank));
        }

        if (query.Cursor is { } cursor)
        {
            var (priority, ticks, id) = DecodeCursor(cursor);
            var openedAt = new DateTime(ticks, DateTimeKind.Utc);
            cases = cases.Where(c => c.Priority > priority
                || (c.Priority == priority && (c.OpenedAt > openedAt || (c.OpenedAt == openedAt && c.Id > id))));
        }

        var page = await cases.OrderBy(c => c.Priority).ThenBy(c => c.OpenedAt).ThenBy(c => c.Id).Take(query.Limit)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        string? next = page.Count == query.Limit ? EncodeCursor(page[^1]) : null;
        return new CasePage(page.Select(CaseSummary.From).ToList(), next);
    }

    /// <summary>A case with its item, evidence, notices and decisions, and the caller's display settings.</summary>
    public async Task<CaseDetail> GetAsync(long id, ModerationActor viewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        var c = await db.Cases.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, cancellationToken).ConfigureAwait(false)
            ?? throw new MizanException(ErrorCodes.NotFound, $"There is no case {id}.");
        var item = await items.GetAsync(c.ContentItemId, null, cancellationToken).ConfigureAwait(false);
        var notices = (await db.Notices.AsNoTracking().OrderBy(n => n.Id).ToListAsync(cancellationToken).ConfigureAwait(false))
            .Where(n => n.ItemIds.Contains(c.ContentItemId)).Select(NoticeView.From).ToList();
        var itemDecisions = await db.Decisions.AsNoTracking().Where(d => d.ContentItemId == c.ContentItemId).OrderBy(d => d.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var display = await settings.GetAsync(viewer, cancellationToken).ConfigureAwait(false);
        string? media = item.File?.MediaStored == true ? $"/v1/items/{item.Id}/media" : null;
        return new CaseDetail(CaseSummary.From(c), item, notices, itemDecisions.Select(DecisionView.From).ToList(), display, media);
    }

    /// <summary>Whether <paramref name="actor"/> holds the claim on the case (the same key or console user).</summary>
    public Task<bool> IsClaimedByAsync(long id, ModerationActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return db.Cases.AnyAsync(c => c.Id == id && c.Status == CaseStatuses.Claimed && c.ClaimedByKeyId == actor.KeyId, cancellationToken);
    }

    /// <summary>Claims a case for the caller; a case someone else holds, or a decided one, is a conflict.</summary>
    public async Task<CaseSummary> ClaimAsync(long id, ModerationActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var c = await LoadAsync(id, cancellationToken).ConfigureAwait(false);
        if (c.Status == CaseStatuses.Claimed && c.ClaimedByKeyId == actor.KeyId)
        {
            return CaseSummary.From(c);
        }

        if (c.Status is not (CaseStatuses.Open or CaseStatuses.Escalated))
        {
            throw new MizanException(ErrorCodes.Conflict, c.Status == CaseStatuses.Claimed
                ? $"Case {id} is claimed by {c.ClaimedBy}."
                : $"Case {id} is {c.Status}.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        string before = c.Status;
        int updated = await db.Cases
            .Where(x => x.Id == id && x.Status == before)
            .ExecuteUpdateAsync(u => u
                .SetProperty(x => x.Status, CaseStatuses.Claimed)
                .SetProperty(x => x.ClaimedByKeyId, actor.KeyId)
                .SetProperty(x => x.ClaimedBy, actor.Name)
                .SetProperty(x => x.ClaimedAt, now)
                .SetProperty(x => x.UpdatedAt, now), cancellationToken).ConfigureAwait(false);
        if (updated == 0)
        {
            throw new MizanException(ErrorCodes.Conflict, $"Case {id} was claimed by someone else just now.");
        }

        await changes.RecordAsync(actor, "case.claimed", "case", Id(id), new { status = before }, new { status = CaseStatuses.Claimed, claimedBy = actor.Name }, null, cancellationToken).ConfigureAwait(false);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        db.ChangeTracker.Clear();
        return CaseSummary.From(await LoadAsync(id, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>Releases the caller's claim; the case returns to the queue.</summary>
    public async Task<CaseSummary> ReleaseAsync(long id, ModerationActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var c = await LoadAsync(id, cancellationToken).ConfigureAwait(false);
        RequireClaimedBy(c, actor);
        c.Status = c.DecisionId is null ? CaseStatuses.Open : CaseStatuses.Escalated;
        c.ClaimedBy = null;
        c.ClaimedByKeyId = null;
        c.ClaimedAt = null;
        c.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await changes.RecordAsync(actor, "case.released", "case", Id(id), new { status = CaseStatuses.Claimed, claimedBy = actor.Name }, new { status = c.Status }, null, cancellationToken).ConfigureAwait(false);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return CaseSummary.From(c);
    }

    /// <summary>Decides a case the caller has claimed.</summary>
    public async Task<DecisionView> DecideAsync(long id, DecisionInput input, ModerationActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        decisions.Validate(input);
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var c = await LoadAsync(id, cancellationToken).ConfigureAwait(false);
        RequireClaimedBy(c, actor);
        var item = await db.ContentItems.FirstAsync(i => i.Id == c.ContentItemId, cancellationToken).ConfigureAwait(false);
        var provenance = await ProvenanceAsync(c, item, cancellationToken).ConfigureAwait(false);
        var decision = await decisions.ApplyAsync(item, c, input, actor, provenance, cancellationToken).ConfigureAwait(false);
        if (await referrals.ForCaseAsync(c.Id, cancellationToken).ConfigureAwait(false) is { } referral)
        {
            await referrals.RecordDecisionAsync(referral, decision, actor, cancellationToken).ConfigureAwait(false);
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return DecisionView.From(decision);
    }

    /// <summary>
    /// The statement of reasons a decision with <paramref name="input"/> on this case would give the user, built as
    /// <see cref="DecideAsync"/> would build it, without storing anything; null when the action restricts nothing.
    /// </summary>
    public async Task<Statements.StatementOfReasons?> PreviewStatementAsync(
        long id, DecisionInput input, ModerationActor actor, string? language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        decisions.Validate(input);
        var c = await db.Cases.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, cancellationToken).ConfigureAwait(false)
            ?? throw new MizanException(ErrorCodes.NotFound, $"There is no case {id}.");
        var item = await db.ContentItems.AsNoTracking().FirstAsync(i => i.Id == c.ContentItemId, cancellationToken).ConfigureAwait(false);
        var provenance = await ProvenanceAsync(c, item, cancellationToken).ConfigureAwait(false);
        return await decisions.PreviewStatementAsync(item, c, input, actor, provenance, language, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>How a reviewer's decision on the case came about: the notice behind it (or own initiative), and whether a detector found it.</summary>
    private async Task<DecisionProvenance> ProvenanceAsync(ModerationCase c, ContentItem item, CancellationToken cancellationToken)
    {
        bool detected = await db.ItemMatches.AnyAsync(m => m.ContentItemId == item.Id, cancellationToken).ConfigureAwait(false);
        string source = "voluntary";
        if (c.NoticeId is { } noticeId)
        {
            string notifier = await db.Notices.Where(n => n.Id == noticeId).Select(n => n.NotifierType).FirstAsync(cancellationToken).ConfigureAwait(false);
            source = NoticeService.SourceTypeOf(notifier);
        }

        // A decision on a case a referral opened or joined answers the referral (DSA TDB: other notification or trusted flagger).
        if (await referrals.ForCaseAsync(c.Id, cancellationToken).ConfigureAwait(false) is { } referral)
        {
            source = Legal.Referrals.ReferralAnswers.SourceTypeOf(referral);
        }

        return new DecisionProvenance(source, c.NoticeId, detected, "not_automated");
    }

    private static void RequireClaimedBy(ModerationCase c, ModerationActor actor)
    {
        if (c.Status != CaseStatuses.Claimed || c.ClaimedByKeyId != actor.KeyId)
        {
            throw new MizanException(ErrorCodes.Conflict, c.Status == CaseStatuses.Claimed
                ? $"Case {c.Id} is claimed by {c.ClaimedBy}, not by you."
                : $"Case {c.Id} is {c.Status}: claim it first.");
        }
    }

    private async Task<ModerationCase> LoadAsync(long id, CancellationToken cancellationToken) =>
        await db.Cases.FirstOrDefaultAsync(x => x.Id == id, cancellationToken).ConfigureAwait(false)
        ?? throw new MizanException(ErrorCodes.NotFound, $"There is no case {id}.");

    private static string EncodeCursor(ModerationCase c) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{c.Priority}:{c.OpenedAt.Ticks}:{c.Id}")))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static (int Priority, long Ticks, long Id) DecodeCursor(string cursor)
    {
        try
        {
            string b64 = cursor.Replace('-', '+').Replace('_', '/');
            b64 += new string('=', (4 - (b64.Length % 4)) % 4);
            string[] parts = Encoding.UTF8.GetString(Convert.FromBase64String(b64)).Split(':');
            return (int.Parse(parts[0], CultureInfo.InvariantCulture), long.Parse(parts[1], CultureInfo.InvariantCulture), long.Parse(parts[2], CultureInfo.InvariantCulture));
        }
        catch (Exception ex) when (ex is FormatException or IndexOutOfRangeException or OverflowException or ArgumentException)
        {
            throw new MizanException(ErrorCodes.InvalidRequest, "The cursor is not one this server issued.", ex);
        }
    }

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
