namespace Mizan.Server.Features.Webhooks;

/// <summary>A new subscription.</summary>
internal sealed record CreateWebhookRequest(string? Url, IReadOnlyList<string>? EventTypes, string? Secret, int? OrganisationId);
