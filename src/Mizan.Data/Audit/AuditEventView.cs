using System.Text.Json;

namespace Mizan.Data.Audit;

/// <summary>An audit event as the API shows it; <c>before</c> and <c>after</c> are the stored JSON.</summary>
public sealed record AuditEventView(
    long Seq,
    DateTime At,
    string ActorName,
    string ActorRole,
    int? ActorOrganisationId,
    string Action,
    string SubjectType,
    string SubjectId,
    JsonElement? Before,
    JsonElement? After,
    string? Reason,
    string PrevHash,
    string Hash);
