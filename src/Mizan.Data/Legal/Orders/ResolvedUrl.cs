namespace Mizan.Data.Legal.Orders;

/// <summary>A URL of a removal order and the content item it names (null when no item has that URL).</summary>
public sealed record ResolvedUrl(string Url, long? ItemId, string? ItemState);
