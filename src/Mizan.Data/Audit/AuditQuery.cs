namespace Mizan.Data.Audit;

/// <summary>Which audit events to list: all filters optional and combined; pages follow the sequence number.</summary>
/// <param name="SubjectType">Only events about this kind of subject (e.g. <c>bank</c>).</param>
/// <param name="SubjectId">Only events about this subject (with or without <paramref name="SubjectType"/>).</param>
/// <param name="Action">Only this action (e.g. <c>bank.created</c>), or every action under a prefix ending in a dot (<c>bank.</c>).</param>
/// <param name="From">Only events at or after this time (UTC).</param>
/// <param name="To">Only events before this time (UTC).</param>
/// <param name="AfterSeq">Only events after this sequence number (the cursor).</param>
/// <param name="Limit">At most this many events.</param>
public sealed record AuditQuery(
    string? SubjectType = null,
    string? SubjectId = null,
    string? Action = null,
    DateTime? From = null,
    DateTime? To = null,
    long AfterSeq = 0,
    int Limit = 100);
