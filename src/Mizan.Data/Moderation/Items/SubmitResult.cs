namespace Mizan.Data.Moderation.Items;

/// <summary>A submission's outcome: the item, and whether this call created it (false: an idempotent retry).</summary>
public sealed record SubmitResult(ItemView Item, bool Created);
