using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Mizan.Data.Entities;

namespace Mizan.Data.Audit;

/// <summary>
/// Appends events to the hash-chained audit log. An append is staged in the caller's context and transaction:
/// <code>
/// await using var tx = await db.Database.BeginTransactionAsync(ct);
/// ... change state ...
/// await audit.AppendAsync(db, actor, record, ct);
/// await db.SaveChangesAsync(ct);
/// await tx.CommitAsync(ct);
/// </code>
/// The chain cannot fork: the append first updates the chain's head row (<c>audit_chain_head</c>) in the caller's
/// transaction, which holds that row's write lock (SQLite: the database write lock; PostgreSQL: the row lock)
/// until commit, so concurrent appenders take turns and each reads the head its predecessor committed. The event
/// and the new head are written by the caller's <c>SaveChangesAsync</c>; a rollback discards both.
/// </summary>
public sealed class AuditLog(TimeProvider clock)
{
    /// <summary>The id of the chain's only head row.</summary>
    internal const int HeadId = 1;

    /// <summary>How before and after states are written: camelCase JSON, non-ASCII letters kept readable.</summary>
    internal static readonly JsonSerializerOptions StateJson = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.Never,
    };

    /// <summary>
    /// Stages one event in <paramref name="db"/>; the caller's <c>SaveChangesAsync</c> writes it. Requires an open
    /// transaction on <paramref name="db"/>.
    /// </summary>
    public async Task AppendAsync(MizanDbContext db, AuditActor actor, AuditRecord record, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(record);
        Validate(actor, record);
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException(
                "Audit events are appended inside the caller's transaction: call db.Database.BeginTransactionAsync first.");
        }

        // Take the chain's lock for the rest of the transaction (a no-op update of the head row).
        await db.AuditChainHeads.Where(h => h.Id == HeadId)
            .ExecuteUpdateAsync(s => s.SetProperty(h => h.LastSeq, h => h.LastSeq), ct).ConfigureAwait(false);

        (long lastSeq, string lastHash) = await PreviousAsync(db, ct).ConfigureAwait(false);
        var e = new AuditEvent
        {
            Seq = lastSeq + 1,
            At = AuditCanonical.TruncateToMicroseconds(clock.GetUtcNow().UtcDateTime),
            ActorName = actor.Name,
            ActorRole = actor.Role,
            ActorOrganisationId = actor.OrganisationId,
            Action = record.Action,
            SubjectType = record.SubjectType,
            SubjectId = record.SubjectId,
            Before = State(record.Before),
            After = State(record.After),
            Reason = record.Reason,
            PrevHash = lastHash,
            Hash = "",
        };
        e.Hash = AuditCanonical.ComputeHash(e);
        db.AuditEvents.Add(e);

        var head = db.AuditChainHeads.Local.FirstOrDefault(h => h.Id == HeadId);
        if (head is null)
        {
            head = new AuditChainHead { Id = HeadId, LastHash = e.Hash };
            db.AuditChainHeads.Attach(head);
        }

        head.LastSeq = e.Seq;
        head.LastHash = e.Hash;
        db.Entry(head).State = EntityState.Modified;
    }

    /// <summary>The state as stored: JSON text of the object, or null.</summary>
    internal static string? State(object? state) => state switch
    {
        null => null,
        JsonElement { ValueKind: JsonValueKind.Undefined } => null,
        _ => JsonSerializer.Serialize(state, state.GetType(), StateJson),
    };

    private static async Task<(long Seq, string Hash)> PreviousAsync(MizanDbContext db, CancellationToken ct)
    {
        // Events staged earlier in this context and not saved yet come after everything stored.
        AuditEvent? staged = null;
        foreach (var entry in db.ChangeTracker.Entries<AuditEvent>())
        {
            if (entry.State == EntityState.Added && (staged is null || entry.Entity.Seq > staged.Seq))
            {
                staged = entry.Entity;
            }
        }

        if (staged is not null)
        {
            return (staged.Seq, staged.Hash);
        }

        var head = await db.AuditChainHeads.AsNoTracking().Where(h => h.Id == HeadId)
            .Select(h => new { h.LastSeq, h.LastHash }).SingleOrDefaultAsync(ct).ConfigureAwait(false)
            ?? throw new InvalidOperationException("The audit chain's head row is missing; the database was not migrated.");
        return (head.LastSeq, head.LastHash);
    }

    private static void Validate(AuditActor actor, AuditRecord record)
    {
        Check(actor.Name, 300, nameof(actor.Name));
        Check(actor.Role, 32, nameof(actor.Role));
        Check(record.SubjectType, 64, nameof(record.SubjectType));
        Check(record.SubjectId, 200, nameof(record.SubjectId));
        Check(record.Action, 64, nameof(record.Action));
        if (!record.Action.Contains('.', StringComparison.Ordinal)
            || !record.Action.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_' or '.'))
        {
            throw new ArgumentException($"An audit action is 'subject.verb' in lower case; got '{record.Action}'.", nameof(record));
        }
    }

    private static void Check(string? value, int max, string name)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > max)
        {
            throw new ArgumentException($"Audit {name} must be 1-{max} characters.", name);
        }
    }
}
