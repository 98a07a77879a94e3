namespace Mizan.Data.Webhooks;

/// <summary>A subscription as listings show it (never its secret).</summary>
public sealed record WebhookSubscriptionView(
    int Id, int OrganisationId, string Url, IReadOnlyList<string> EventTypes, bool Enabled, DateTime CreatedAt, string CreatedBy, DateTime? DisabledAt);
