namespace Mizan.Data.Legal.Orders;

/// <summary>Filters for listing removal orders; newest first, paged by <see cref="BeforeId"/>.</summary>
public sealed record RemovalOrderQuery(
    string? State, bool? Overdue, DateTime? ReceivedFrom, DateTime? ReceivedTo, int? OrganisationId, long? BeforeId, int Limit);
