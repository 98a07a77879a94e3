using Microsoft.EntityFrameworkCore;
using Mizan.Core;
using Mizan.Data.Audit;
using Mizan.Data.Entities;
using Mizan.Data.Matching;

namespace Mizan.Data.Background;

/// <summary>Administrators' background texts. Adding one re-fingerprints every known text with the new corpus.</summary>
public sealed class BackgroundTextService(MizanDbContext db, MatchIndexes indexes, AuditLog audit, TimeProvider clock)
{
    /// <summary>The largest background text (characters).</summary>
    public const int MaxLength = 200_000;

    /// <summary>Every background text, oldest first.</summary>
    public async Task<IReadOnlyList<BackgroundTextView>> ListAsync(CancellationToken cancellationToken) =>
        await db.BackgroundTexts.AsNoTracking().OrderBy(t => t.Id)
            .Select(t => new BackgroundTextView(t.Id, t.Name, t.Text.Length, t.AddedBy, t.AddedAt))
            .ToListAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>Adds a background text and rebuilds this node's text index with it (other nodes follow on their next refresh).</summary>
    public async Task<BackgroundTextView> AddAsync(string name, string text, AuditActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (string.IsNullOrWhiteSpace(name) || name.Length > 200)
        {
            throw new MizanException(ErrorCodes.InvalidRequest, "A background text needs a name of 1-200 characters.");
        }

        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxLength)
        {
            throw new MizanException(ErrorCodes.InvalidRequest, $"A background text must be 1-{MaxLength} characters.");
        }

        var entity = new BackgroundText { Name = name, Text = text, AddedBy = actor.Name, AddedAt = clock.GetUtcNow().UtcDateTime };
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false))
        {
            db.BackgroundTexts.Add(entity);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            var after = new { entity.Name, length = text.Length, sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text))) };
            await audit.AppendAsync(db, actor, new AuditRecord("background_text.added", "background_text", entity.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), null, after, null), cancellationToken).ConfigureAwait(false);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        await indexes.RefreshAsync(db, cancellationToken).ConfigureAwait(false);
        return new BackgroundTextView(entity.Id, entity.Name, entity.Text.Length, entity.AddedBy, entity.AddedAt);
    }
}
