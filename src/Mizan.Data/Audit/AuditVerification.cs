namespace Mizan.Data.Audit;

/// <summary>The outcome of walking the audit chain.</summary>
/// <param name="Valid">Whether every link holds.</param>
/// <param name="Checked">How many events were read.</param>
/// <param name="LastSeq">The sequence number of the last event read (0 for an empty chain).</param>
/// <param name="LastHash">The hash of the last valid event (the chain's head when valid).</param>
/// <param name="BrokenSeq">The first event whose link does not hold, when not valid.</param>
/// <param name="Problem">What differs at <paramref name="BrokenSeq"/>.</param>
public sealed record AuditVerification(bool Valid, long Checked, long LastSeq, string LastHash, long? BrokenSeq, string? Problem);
