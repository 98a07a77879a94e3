using System.Text.Json;

namespace Mizan.Data.Webhooks;

/// <summary>The JSON body of every webhook delivery.</summary>
/// <param name="Id">The delivery id: the same on every retry, so a receiver can drop duplicates.</param>
/// <param name="Type">The event type, e.g. <c>decision.made</c>.</param>
/// <param name="CreatedAt">When the event was queued (UTC).</param>
/// <param name="Data">The event's payload.</param>
public sealed record WebhookEnvelope(string Id, string Type, DateTime CreatedAt, JsonElement Data);
