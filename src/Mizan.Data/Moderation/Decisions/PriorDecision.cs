namespace Mizan.Data.Moderation.Decisions;

/// <summary>A decision on another item with the same content (see <see cref="DecisionService.PriorOnSameContentAsync"/>).</summary>
/// <param name="Id">The decision.</param>
/// <param name="ItemId">The other item.</param>
/// <param name="CaseId">Its case, when it was decided in one.</param>
/// <param name="Action">remove, restrict, label, keep or escalate.</param>
/// <param name="Ground">illegal or incompatible.</param>
/// <param name="GroundReference">The legal provision or terms clause.</param>
/// <param name="DecidedAt">When it was decided.</param>
/// <param name="ReversedAt">When an appeal reversed it, if one did.</param>
/// <param name="SameBy">What the two items share: sha256, md5, pdq (the exact hash) or text (the exact text).</param>
public sealed record PriorDecision(
    long Id, long ItemId, long? CaseId, string Action, string Ground, string GroundReference, DateTime DecidedAt, DateTime? ReversedAt, string SameBy);
