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
