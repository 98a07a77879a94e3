using Mizan.Data.Moderation.Statements;

namespace Mizan.Data.Moderation.Decisions;

/// <summary>The payload of decision webhooks: what to do with which content, and the statement to pass on.</summary>
public sealed record DecisionWebhook(
    long ItemId,
    string ExternalId,
    string? Url,
    string State,
    IReadOnlyList<string> RestrictedIn,
    DecisionView Decision,
    StatementOfReasons? Statement,
    DateTime? StatementWithheldUntil);
