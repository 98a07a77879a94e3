using Mizan.Data.Audit;

namespace Mizan.Server.Features.Audit;

/// <summary>A page of audit events; <see cref="NextCursor"/> is null on the last page.</summary>
internal sealed record AuditPage(IReadOnlyList<AuditEventView> Items, string? NextCursor);
