namespace Mizan.Data.Legal.Orders;

/// <summary>A page of removal orders; <see cref="NextBeforeId"/> continues it.</summary>
public sealed record RemovalOrderPage(IReadOnlyList<RemovalOrderView> Orders, long? NextBeforeId);
