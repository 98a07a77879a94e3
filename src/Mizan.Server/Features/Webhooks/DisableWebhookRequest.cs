namespace Mizan.Server.Features.Webhooks;

/// <summary>Why a subscription is disabled (kept in the audit log).</summary>
internal sealed record DisableWebhookRequest(string? Reason);
