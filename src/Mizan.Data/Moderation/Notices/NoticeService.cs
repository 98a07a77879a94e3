using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Mizan.Core;
using Mizan.Data.Entities;
using Mizan.Data.Moderation.Items;
using Mizan.Data.Moderation.Statements;

namespace Mizan.Data.Moderation.Notices;

/// <summary>
/// Notices (DSA Art. 16): validated, acknowledged with an id, linked to the items they name (by id, or by an
/// item's exact URL), counted on each item, and put in the review queue. A trusted flagger's notice gets the
/// highest priority (Art. 22).
/// </summary>
public sealed partial class NoticeService(MizanDbContext db, ItemService items, ModerationChanges changes, TimeProvider clock)
{
    /// <summary>The keyword for which Art. 16(2)(c) waives the notifier's name and e-mail.</summary>
    public const string ExemptKeyword = "KEYWORD_CHILD_SEXUAL_ABUSE_MATERIAL";

    /// <summary>The TDB source type of a decision prompted by a notice of this notifier type.</summary>
    public static string SourceTypeOf(string notifierType) => notifierType switch
    {
        "trusted_flagger" => "trusted_flagger",
        "authority" => "other_notification",
        _ => "article_16",
    };

    /// <summary>Stores a notice; returns it with its links and the cases it opened.</summary>
    public async Task<NoticeView> SubmitAsync(NoticeSubmission s, ModerationActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(s);
        ArgumentNullException.ThrowIfNull(actor);
        string explanation = ModerationTerms.Required(s.Explanation, 5000, "explanation");
        if (s.GoodFaith != true)
        {
            throw new MizanException(ErrorCodes.InvalidRequest, "\"goodFaith\" must be true: the notifier confirms the notice is accurate and complete (DSA Art. 16(2)(d)).");
        }

        var urls = (s.Urls ?? []).Select(u => u?.Trim() ?? "").ToList();
        if (urls.Count is 0 or > 100 || urls.Any(u => u.Length > 2048 || !Uri.TryCreate(u, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")))
        {
            throw new MizanException(ErrorCodes.InvalidRequest, "\"urls\" must give 1-100 exact http(s) locations of the content (DSA Art. 16(2)(b)).");
        }

        string? category = s.Category;
        if (category is not null && !TransparencyValues.Categories.Contains(category, StringComparer.Ordinal))
        {
            throw new MizanException(ErrorCodes.InvalidRequest, "\"category\" must be a STATEMENT_CATEGORY_* value.");
        }

        string? keyword = s.CategorySpecification;
        if (keyword is not null && !TransparencyValues.IsKeyword(keyword))
        {
            throw new MizanException(ErrorCodes.InvalidRequest, "\"categorySpecification\" must be a KEYWORD_* value.");
        }

        string? name = ModerationTerms.Optional(s.Notifier?.Name, 200, "notifier.name");
        string? email = ModerationTerms.Optional(s.Notifier?.Email, 320, "notifier.email");
        if (email is not null && !EmailPattern().IsMatch(email))
        {
            throw new MizanException(ErrorCodes.InvalidRequest, "\"notifier.email\" is not an e-mail address.");
        }

        if ((name is null || email is null) && keyword != ExemptKeyword)
        {
            throw new MizanException(ErrorCodes.InvalidRequest, "\"notifier.name\" and \"notifier.email\" are required (DSA Art. 16(2)(c)), except for child sexual abuse offences.");
        }

        bool trustedFlagger = await IsTrustedFlaggerAsync(actor.OrganisationId, cancellationToken).ConfigureAwait(false);
        string notifierType = trustedFlagger ? "trusted_flagger" : actor.Role == Mizan.Data.Keys.Roles.Authority ? "authority" : "user";
        var itemIds = (s.ItemIds ?? []).Distinct().ToList();
        var linked = await db.ContentItems
            .Where(i => itemIds.Contains(i.Id) || (i.Url != null && urls.Contains(i.Url)))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        if (actor.Role == Mizan.Data.Keys.Roles.Integration && !trustedFlagger)
        {
            linked = linked.Where(i => i.OrganisationId == actor.OrganisationId).ToList();
        }

        var missing = itemIds.Except(linked.Select(i => i.Id)).ToList();
        if (missing.Count > 0)
        {
            throw new MizanException(ErrorCodes.NotFound, $"No item {string.Join(", ", missing)} is known to this organisation.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var notice = new Notice
        {
            OrganisationId = actor.OrganisationId,
            ReceivedAt = now,
            AcknowledgedAt = now,
            NotifierType = notifierType,
            NotifierName = name,
            NotifierEmail = email,
            NotifierRef = ModerationTerms.Optional(s.Notifier?.Ref, 200, "notifier.ref"),
            Explanation = explanation,
            Urls = urls,
            GoodFaith = true,
            AllegedCategory = category,
            AllegedCategorySpecification = keyword,
            AllegedLegalProvision = ModerationTerms.Optional(s.LegalProvision, 500, "legalProvision"),
            ItemIds = linked.Select(i => i.Id).Order().ToList(),
        };
        db.Notices.Add(notice);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await changes.RecordAsync(
            actor, "notice.received", "notice", Id(notice.Id), null,
            new { notice.NotifierType, notice.Urls, notice.ItemIds, notice.AllegedCategory, notice.AllegedCategorySpecification }, null,
            cancellationToken).ConfigureAwait(false);

        int priority = notifierType switch { "trusted_flagger" => 1, "authority" => 2, _ => 3 };
        var caseIds = new List<long>();
        foreach (var item in linked)
        {
            item.NoticeCount++;
            item.UpdatedAt = now;
            caseIds.Add((await items.OpenOrJoinCaseAsync(item, "notice", notice.Id, priority, "notice " + Id(notice.Id), actor, cancellationToken).ConfigureAwait(false)).Id);
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return NoticeView.From(notice, caseIds);
    }

    /// <summary>A notice by id; a submitting organisation sees only its own.</summary>
    public async Task<NoticeView> GetAsync(long id, int? organisationId, CancellationToken cancellationToken)
    {
        var notice = await db.Notices.AsNoTracking().FirstOrDefaultAsync(n => n.Id == id, cancellationToken).ConfigureAwait(false);
        if (notice is null || (organisationId is { } org && notice.OrganisationId != org))
        {
            throw new MizanException(ErrorCodes.NotFound, $"There is no notice {id}.");
        }

        var caseIds = await db.Cases.AsNoTracking().Where(c => c.NoticeId == id).Select(c => c.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        return NoticeView.From(notice, caseIds);
    }

    /// <summary>Counts for [<paramref name="from"/>, <paramref name="to"/>).</summary>
    public async Task<NoticeStats> StatsAsync(DateTime from, DateTime to, CancellationToken cancellationToken)
    {
        if (to <= from)
        {
            throw new MizanException(ErrorCodes.InvalidRequest, "\"to\" must be after \"from\".");
        }

        var notices = await db.Notices.AsNoTracking().Where(n => n.ReceivedAt >= from && n.ReceivedAt < to)
            .Select(n => new { n.Id, n.NotifierType, n.ItemIds }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var ids = notices.Select(n => n.Id).ToList();
        int actioned = await db.Decisions.AsNoTracking()
            .Where(d => d.NoticeId != null && ids.Contains(d.NoticeId.Value)
                && (d.Action == "remove" || d.Action == "restrict" || d.Action == "label"))
            .Select(d => d.NoticeId).Distinct().CountAsync(cancellationToken).ConfigureAwait(false);
        var byType = notices.GroupBy(n => n.NotifierType, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return new NoticeStats(
            from, to, notices.Count, byType, byType.GetValueOrDefault("trusted_flagger"), notices.Count(n => n.ItemIds.Count > 0), actioned);
    }

    /// <summary>A key of a trusted-flagger organisation files as a trusted flagger (DSA Art. 22).</summary>
    private Task<bool> IsTrustedFlaggerAsync(int organisationId, CancellationToken cancellationToken) =>
        db.Organisations.AnyAsync(o => o.Id == organisationId && o.Kind == Organisations.OrganisationKinds.TrustedFlagger, cancellationToken);

    private static string Id(long id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailPattern();
}
