using Mizan.Data.Audit;
using Mizan.Data.Webhooks;

namespace Mizan.Data.Moderation;

/// <summary>
/// Records what moderation changed: an audit event per state change and the webhooks it causes, staged in the
/// caller's context and transaction so they are saved together with the change or not at all.
/// </summary>
public sealed class ModerationChanges(MizanDbContext db, AuditLog audit, WebhookOutbox outbox)
{
    /// <summary>Stages an audit event for a state change.</summary>
    public Task RecordAsync(
        ModerationActor actor, string action, string subjectType, string subjectId, object? before, object? after, string? reason,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return audit.AppendAsync(db, ToAudit(actor), new AuditRecord(action, subjectType, subjectId, before, after, reason), cancellationToken);
    }

    /// <summary>Stages a webhook to the organisation's subscriptions.</summary>
    public Task NotifyAsync(int organisationId, string eventType, object payload, CancellationToken cancellationToken) =>
        outbox.EnqueueAsync(db, organisationId, eventType, payload, cancellationToken);

    /// <summary>
    /// The audit form of an actor: keys as <c>key:ID:NAME</c>, console users as <c>user:ID:NAME</c>, the system as
    /// <c>system:component</c>.
    /// </summary>
    public static AuditActor ToAudit(ModerationActor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.UserId is { } user)
        {
            return new AuditActor($"user:{user}:{actor.Name}", actor.Role, actor.OrganisationId);
        }

        return actor.KeyId is { } id
            ? new AuditActor($"key:{id}:{actor.Name}", actor.Role, actor.OrganisationId)
            : new AuditActor(actor.Name, AuditActor.SystemRole, actor.OrganisationId);
    }
}
