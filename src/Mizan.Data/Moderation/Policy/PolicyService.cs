using Microsoft.EntityFrameworkCore;
using Mizan.Data.Entities;

namespace Mizan.Data.Moderation.Policy;

/// <summary>The policy in force: stored as one validated JSON row; the built-in default until one is set.</summary>
public sealed class PolicyService(MizanDbContext db, TimeProvider clock, ModerationChanges changes)
{
    private const int RowId = 1;

    /// <summary>The current policy and its version (0: the built-in default).</summary>
    public async Task<(ModerationPolicy Policy, int Version)> GetAsync(CancellationToken cancellationToken)
    {
        var row = await db.Policies.AsNoTracking().FirstOrDefaultAsync(p => p.Id == RowId, cancellationToken).ConfigureAwait(false);
        return row is null ? (new ModerationPolicy(), 0) : (ModerationPolicy.Parse(row.Json), row.Version);
    }

    /// <summary>Validates and stores a policy; returns the new version.</summary>
    public async Task<int> SetAsync(string json, ModerationActor actor, string? reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var policy = ModerationPolicy.Parse(json);
        string canonical = policy.ToJson();
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var row = await db.Policies.FirstOrDefaultAsync(p => p.Id == RowId, cancellationToken).ConfigureAwait(false);
        string? before = row?.Json;
        if (row is null)
        {
            row = new StoredPolicy { Id = RowId, Json = canonical, UpdatedBy = actor.Name };
            db.Policies.Add(row);
        }
        else if (string.Equals(row.Json, canonical, StringComparison.Ordinal))
        {
            return row.Version;
        }

        row.Json = canonical;
        row.Version++;
        row.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        row.UpdatedBy = actor.Name;
        await changes.RecordAsync(actor, "policy.updated", "policy", "1", before is null ? null : System.Text.Json.JsonDocument.Parse(before).RootElement.Clone(), System.Text.Json.JsonDocument.Parse(canonical).RootElement.Clone(), reason, cancellationToken).ConfigureAwait(false);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return row.Version;
    }
}
