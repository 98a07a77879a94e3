using Microsoft.EntityFrameworkCore;
using Mizan.Data.Entities;

namespace Mizan.Data.Audit;

/// <summary>
/// Walks the whole audit chain in sequence order, streaming (one event in memory at a time), and names the first
/// broken link: a gap in the sequence, a previous hash that is not its predecessor's hash, a stored hash that is
/// not the hash of the event's content, or a head row that does not name the chain's last event.
/// </summary>
public static class AuditVerifier
{
    /// <summary>Verifies the chain; <paramref name="progress"/> hears the number of events checked so far.</summary>
    public static async Task<AuditVerification> VerifyAsync(MizanDbContext db, IProgress<long>? progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        long total = 0;
        long expectedSeq = 1;
        string prevHash = AuditCanonical.GenesisHash;
        await foreach (var e in db.AuditEvents.AsNoTracking().OrderBy(x => x.Seq).AsAsyncEnumerable().WithCancellation(ct).ConfigureAwait(false))
        {
            total++;
            string? problem = Check(e, expectedSeq, prevHash);
            if (problem is not null)
            {
                return new AuditVerification(false, total, expectedSeq - 1, prevHash, Math.Min(e.Seq, expectedSeq), problem);
            }

            prevHash = e.Hash;
            expectedSeq++;
            if ((total & 0x3FF) == 0)
            {
                progress?.Report(total);
            }
        }

        progress?.Report(total);
        long lastSeq = expectedSeq - 1;
        var head = await db.AuditChainHeads.AsNoTracking().FirstOrDefaultAsync(h => h.Id == AuditLog.HeadId, ct).ConfigureAwait(false);
        if (head is null)
        {
            return new AuditVerification(false, total, lastSeq, prevHash, lastSeq + 1, "the chain's head row is missing");
        }

        if (head.LastSeq != lastSeq || !string.Equals(head.LastHash, prevHash, StringComparison.Ordinal))
        {
            string problem = head.LastSeq > lastSeq
                ? $"the head names event {head.LastSeq} (hash {head.LastHash}) but the chain ends at event {lastSeq}: events were removed from the end"
                : $"the head names event {head.LastSeq} (hash {head.LastHash}) but the chain's last event is {lastSeq} (hash {prevHash})";
            return new AuditVerification(false, total, lastSeq, prevHash, Math.Min(head.LastSeq, lastSeq) + 1, problem);
        }

        return new AuditVerification(true, total, lastSeq, prevHash, null, null);
    }

    private static string? Check(AuditEvent e, long expectedSeq, string prevHash)
    {
        if (e.Seq != expectedSeq)
        {
            return e.Seq > expectedSeq
                ? $"event {expectedSeq} is missing (the next stored event is {e.Seq})"
                : $"event {e.Seq} appears out of order (expected {expectedSeq})";
        }

        if (!string.Equals(e.PrevHash, prevHash, StringComparison.Ordinal))
        {
            return $"event {e.Seq}: previous hash is {e.PrevHash} but event {e.Seq - 1} has hash {prevHash}";
        }

        string computed = AuditCanonical.ComputeHash(e);
        if (!string.Equals(computed, e.Hash, StringComparison.Ordinal))
        {
            return $"event {e.Seq} ({e.Action} {e.SubjectType} {e.SubjectId}): stored hash {e.Hash} but its content hashes to {computed}: the event was changed after it was written";
        }

        return null;
    }
}
