namespace Mizan.Data.Webhooks;

/// <summary>The event types webhooks carry, and how subscriptions name them.</summary>
public static class WebhookEventTypes
{
    /// <summary>A subscription to every event type.</summary>
    public const string All = "*";

    public const string DecisionMade = "decision.made";
    public const string DecisionReversed = "decision.reversed";
    public const string ContentRemoved = "content.removed";
    public const string ContentRestricted = "content.restricted";
    public const string ContentRestored = "content.restored";
    public const string CaseOpened = "case.opened";
    public const string ContentReinstated = "content.reinstated";
    public const string RemovalOrderReceived = "removal_order.received";
    public const string RemovalOrderAlarm = "removal_order.alarm";
    public const string RemovalOrderOverdue = "removal_order.overdue";
    public const string RemovalOrderExecuted = "removal_order.executed";
    public const string ReferralAnswered = "referral.answered";
    public const string DataRequestReviewed = "data_request.reviewed";

    /// <summary>A test delivery an administrator asked for; always sent, whatever types the subscription wants.</summary>
    public const string Ping = "webhook.ping";

    /// <summary>Every known type (a subscription may name only these, or <see cref="All"/>).</summary>
    public static IReadOnlyList<string> Known { get; } =
        [
            DecisionMade, DecisionReversed, ContentRemoved, ContentRestricted, ContentRestored, CaseOpened, ContentReinstated,
            RemovalOrderReceived, RemovalOrderAlarm, RemovalOrderOverdue, RemovalOrderExecuted, ReferralAnswered, DataRequestReviewed,
        ];

    /// <summary>Whether an event type is well formed: <c>subject.verb</c>, lower-case letters, digits and underscores.</summary>
    public static bool IsWellFormed(string type) =>
        type.Length is > 2 and <= 64
        && type.Count(c => c == '.') >= 1
        && type.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_' or '.')
        && type[0] != '.' && type[^1] != '.';
}
