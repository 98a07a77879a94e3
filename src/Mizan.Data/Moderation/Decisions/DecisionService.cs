using Microsoft.EntityFrameworkCore;
using Mizan.Core;
using Mizan.Data.Moderation.Statements;

namespace Mizan.Data.Moderation.Decisions;

/// <summary>Reads decisions and their statements of reasons.</summary>
public sealed class DecisionService(MizanDbContext db, StatementBuilder statements, TimeProvider clock)
{
    /// <summary>A decision; a platform sees only decisions on its own content.</summary>
    public async Task<DecisionView> GetAsync(long id, int? organisationId, CancellationToken cancellationToken)
    {
        var (decision, _) = await LoadAsync(id, organisationId, cancellationToken).ConfigureAwait(false);
        return DecisionView.From(decision);
    }

    /// <summary>
    /// The statement of reasons. While a secrecy period applies, a platform (which would pass it to the user) gets
    /// <see cref="ErrorCodes.StatementWithheld"/>; staff see it with the period noted.
    /// </summary>
    public async Task<(StatementOfReasons Statement, DateTime? WithheldUntil)> StatementAsync(
        long id, string? language, int? organisationId, CancellationToken cancellationToken)
    {
        var (decision, item) = await LoadAsync(id, organisationId, cancellationToken).ConfigureAwait(false);
        if (!DecisionActions.IsRestriction(decision.Action))
        {
            throw new MizanException(ErrorCodes.NotFound, $"Decision {id} ({decision.Action}) restricts nothing, so it has no statement of reasons.");
        }

        DateTime? withheld = decision.SecrecyUntil is { } until && until > clock.GetUtcNow().UtcDateTime ? until : null;
        if (withheld is not null && organisationId is not null)
        {
            throw new MizanException(ErrorCodes.StatementWithheld, $"The statement of decision {id} is held back until {withheld:yyyy-MM-ddTHH:mm:ssZ} under a secrecy order (TCO Art. 11(3)).");
        }

        return (await statements.BuildAsync(decision, item, language, cancellationToken).ConfigureAwait(false), withheld);
    }

    /// <summary>
    /// Decisions on other items with the same content as item <paramref name="itemId"/>: the same file (SHA-256 or MD5
    /// of its bytes, or exactly the same PDQ hash) or exactly the same text; newest first, at most
    /// <paramref name="limit"/>, reversed ones included. Every organisation's items count (the same content elsewhere).
    /// </summary>
    public async Task<IReadOnlyList<PriorDecision>> PriorOnSameContentAsync(long itemId, int limit, CancellationToken cancellationToken)
    {
        var item = await db.ContentItems.AsNoTracking().Where(i => i.Id == itemId)
            .Select(i => new { i.FileSha256, i.FileMd5, i.FilePdq, i.Text, i.TextSha256 })
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false)
            ?? throw new MizanException(ErrorCodes.NotFound, $"There is no item {itemId}.");
        string? sha256 = item.FileSha256;
        string? md5 = item.FileMd5;
        string? pdq = item.FilePdq;
        string? text = string.IsNullOrEmpty(item.Text) ? null : item.Text;
        string? textSha256 = text is null ? null : item.TextSha256;
        if (sha256 is null && md5 is null && pdq is null && text is null)
        {
            return [];
        }

        var rows = await (
                from d in db.Decisions.AsNoTracking()
                join i in db.ContentItems.AsNoTracking() on d.ContentItemId equals i.Id
                where i.Id != itemId
                    && ((sha256 != null && i.FileSha256 == sha256) || (md5 != null && i.FileMd5 == md5)
                        || (pdq != null && i.FilePdq == pdq) || (textSha256 != null && i.TextSha256 == textSha256 && i.Text == text))
                orderby d.DecidedAt descending, d.Id descending
                select new
                {
                    d.Id, d.ContentItemId, d.CaseId, d.Action, d.Ground, d.GroundReference, d.DecidedAt, d.ReversedAt,
                    Sha256 = sha256 != null && i.FileSha256 == sha256,
                    Md5 = md5 != null && i.FileMd5 == md5,
                    Pdq = pdq != null && i.FilePdq == pdq,
                })
            .Take(limit).ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.Select(r => new PriorDecision(
                r.Id, r.ContentItemId, r.CaseId, r.Action, r.Ground, r.GroundReference, r.DecidedAt, r.ReversedAt,
                r.Sha256 ? "sha256" : r.Md5 ? "md5" : r.Pdq ? "pdq" : "text"))
            .ToList();
    }

    private async Task<(Entities.Decision, Entities.ContentItem)> LoadAsync(long id, int? organisationId, CancellationToken cancellationToken)
    {
        var row = await (from d in db.Decisions.AsNoTracking()
                         join i in db.ContentItems.AsNoTracking() on d.ContentItemId equals i.Id
                         where d.Id == id
                         select new { d, i }).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (row is null || (organisationId is { } org && row.i.OrganisationId != org))
        {
            throw new MizanException(ErrorCodes.NotFound, $"There is no decision {id}.");
        }

        return (row.d, row.i);
    }
}
