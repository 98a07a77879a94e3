namespace Mizan.Data.Audit;

/// <summary>
/// What happened: an action (<c>subject.verb</c>, lower case) on a subject, with its state before and after
/// (any object, serialised as camelCase JSON; null where there is none) and the reason given.
/// </summary>
public sealed record AuditRecord(string Action, string SubjectType, string SubjectId, object? Before, object? After, string? Reason);
