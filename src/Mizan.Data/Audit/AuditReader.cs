using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Mizan.Data.Entities;

namespace Mizan.Data.Audit;

/// <summary>Reads the audit chain: filtered pages for the API, and the settings last recorded.</summary>
public sealed class AuditReader(MizanDbContext db)
{
    /// <summary>A page of events in sequence order.</summary>
    public async Task<IReadOnlyList<AuditEventView>> ListAsync(AuditQuery query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        var events = db.AuditEvents.AsNoTracking().Where(e => e.Seq > query.AfterSeq);
        if (query.SubjectType is { } type)
        {
            events = events.Where(e => e.SubjectType == type);
        }

        if (query.SubjectId is { } id)
        {
            events = events.Where(e => e.SubjectId == id);
        }

        if (query.Action is { } action)
        {
            events = action.EndsWith('.')
                ? events.Where(e => e.Action.StartsWith(action))
                : events.Where(e => e.Action == action);
        }

        if (query.From is { } from)
        {
            var f = AuditCanonical.TruncateToMicroseconds(from.ToUniversalTime());
            events = events.Where(e => e.At >= f);
        }

        if (query.To is { } to)
        {
            var t = AuditCanonical.TruncateToMicroseconds(to.ToUniversalTime());
            events = events.Where(e => e.At < t);
        }

        var rows = await events.OrderBy(e => e.Seq).Take(query.Limit).ToListAsync(ct).ConfigureAwait(false);
        return rows.Select(View).ToList();
    }

    /// <summary>
    /// Appends <c>settings.changed</c> for <paramref name="subjectId"/> when <paramref name="settings"/> differ
    /// from the settings last recorded for it (the first record has no before state).
    /// </summary>
    /// <returns>Whether an event was appended.</returns>
    public async Task<bool> RecordSettingsAsync(AuditLog audit, string subjectId, object settings, AuditActor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(audit);
        await using var tx = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
        string? last = await db.AuditEvents.AsNoTracking()
            .Where(e => e.SubjectType == SettingsSubject && e.SubjectId == subjectId && e.Action == SettingsChanged)
            .OrderByDescending(e => e.Seq).Select(e => e.After).FirstOrDefaultAsync(ct).ConfigureAwait(false);
        string? now = AuditLog.State(settings);
        if (string.Equals(last, now, StringComparison.Ordinal))
        {
            return false;
        }

        object? before = last is null ? null : JsonDocument.Parse(last).RootElement.Clone();
        await audit.AppendAsync(db, actor, new AuditRecord(SettingsChanged, SettingsSubject, subjectId, before, settings, null), ct).ConfigureAwait(false);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        await tx.CommitAsync(ct).ConfigureAwait(false);
        db.ChangeTracker.Clear();
        return true;
    }

    private const string SettingsSubject = "settings";
    private const string SettingsChanged = "settings.changed";

    private static AuditEventView View(AuditEvent e) => new(
        e.Seq, DateTime.SpecifyKind(e.At, DateTimeKind.Utc), e.ActorName, e.ActorRole, e.ActorOrganisationId, e.Action, e.SubjectType, e.SubjectId,
        Json(e.Before), Json(e.After), e.Reason, e.PrevHash, e.Hash);

    private static JsonElement? Json(string? text)
    {
        if (text is null)
        {
            return null;
        }

        using var doc = JsonDocument.Parse(text);
        return doc.RootElement.Clone();
    }
}
