namespace Mizan.Data.Entities;

/// <summary>An organisation's endpoint that receives signed webhook deliveries of the event types it chose.</summary>
public sealed class WebhookSubscription
{
    public int Id { get; set; }

    public int OrganisationId { get; set; }

    public required string Url { get; set; }

    /// <summary>The event types delivered, e.g. <c>decision.made</c>; <c>*</c> means every type.</summary>
    public List<string> EventTypes { get; set; } = [];

    /// <summary>The HMAC-SHA256 key of the signatures (kept in clear: the server must sign with it).</summary>
    public required string Secret { get; set; }

    public bool Enabled { get; set; } = true;

    public DateTime CreatedAt { get; set; }

    public string CreatedBy { get; set; } = "";

    public DateTime? DisabledAt { get; set; }
}
