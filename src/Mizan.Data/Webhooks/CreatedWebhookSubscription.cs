namespace Mizan.Data.Webhooks;

/// <summary>A new subscription with its secret: the only time the API shows the secret.</summary>
public sealed record CreatedWebhookSubscription(
    int Id, int OrganisationId, string Url, IReadOnlyList<string> EventTypes, bool Enabled, DateTime CreatedAt, string Secret);
