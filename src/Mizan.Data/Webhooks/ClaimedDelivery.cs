namespace Mizan.Data.Webhooks;

/// <summary>A delivery this node claimed: what to send where, and the claim token that finishing it needs.</summary>
public sealed record ClaimedDelivery(
    long Id, string DeliveryId, string EventType, string Body, string Url, string Secret, int Attempt, string ClaimToken);
