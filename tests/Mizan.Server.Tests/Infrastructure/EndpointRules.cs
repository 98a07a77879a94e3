using Mizan.Data.Keys;

namespace Mizan.Server.Tests.Infrastructure;

/// <summary>
/// Who may call each endpoint of the app: one row per endpoint, keyed by "METHOD /route/pattern" exactly as the
/// app declares it. <see cref="RoleIsolationTests"/> fails for an endpoint without a row (add one when you add an
/// endpoint), for a row without an endpoint, and for any role that gets a different answer than its row says.
/// </summary>
internal static class EndpointRules
{
    private const string Pdq = "f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22";

    private static readonly string[] s_adminOnly = [Roles.Admin];
    private static readonly string[] s_bankReaders = [Roles.Admin, Roles.Moderator, Roles.Auditor, Roles.Integration];
    private static readonly string[] s_bankWriters = [Roles.Admin, Roles.Moderator];
    private static readonly string[] s_auditReaders = [Roles.Admin, Roles.Auditor];
    private static readonly string[] s_orderReaders = [Roles.Authority, Roles.Legal, Roles.Admin, Roles.Auditor];
    private static readonly string[] s_orderWorkers = [Roles.Legal, Roles.Admin];

    /// <summary>The rules; a null role list means anyone, without a key.</summary>
    public static IReadOnlyDictionary<string, EndpointRule> All { get; } = new Dictionary<string, EndpointRule>(StringComparer.Ordinal)
    {
        ["GET /health"] = EndpointRule.Anonymous,
        ["GET /openapi/{documentName}.json"] = EndpointRule.Anonymous,
        ["* /metrics"] = EndpointRule.Anonymous,

        ["POST /v1/scan"] = new([Roles.Admin, Roles.Integration, Roles.Moderator], $$"""{"pdq": "{{Pdq}}"}"""),

        ["GET /v1/banks/"] = new(s_bankReaders),
        ["POST /v1/banks/"] = new(s_adminOnly, """{"name": "authz"}"""),
        ["GET /v1/banks/{name}"] = new(s_bankReaders),
        ["PATCH /v1/banks/{name}"] = new(s_adminOnly, """{"description": "test data"}"""),
        ["POST /v1/banks/{name}/entries"] = new(s_bankWriters, $$"""{"id": "x", "pdq": "{{Pdq}}"}"""),
        ["GET /v1/banks/{name}/entries"] = new(s_bankReaders),
        ["POST /v1/banks/{name}/entries/{id}/retract"] = new(s_bankWriters, """{"reason": "test"}"""),

        ["GET /v1/background-texts/"] = new(s_adminOnly),
        ["POST /v1/background-texts/"] = new(s_adminOnly, """{"name": "x", "text": "y"}"""),

        ["GET /v1/organisations/"] = new(s_adminOnly),
        ["POST /v1/organisations/"] = new(s_adminOnly, """{"name": "authz", "kind": "peer"}"""),

        ["GET /v1/audit/"] = new(s_auditReaders),
        ["GET /v1/audit/verify"] = new(s_auditReaders),

        ["POST /v1/webhooks/"] = new(s_adminOnly, """{"url": "https://receiver.example/x", "eventTypes": ["*"]}"""),
        ["GET /v1/webhooks/"] = new(s_adminOnly),
        ["POST /v1/webhooks/{id:int}/disable"] = new(s_adminOnly),
        ["POST /v1/webhooks/{id:int}/ping"] = new(s_adminOnly),
        ["GET /v1/webhooks/{id:int}/deliveries"] = new(s_adminOnly),
        ["POST /v1/webhooks/deliveries/{deliveryId}/retry"] = new(s_adminOnly),

        ["POST /v1/items/"] = new([Roles.Integration], """{"id": "authz", "type": "text", "text": "x"}"""),
        ["GET /v1/items/{id:long}"] = new([Roles.Integration, Roles.Moderator, Roles.AppealsReviewer, Roles.Admin, Roles.Auditor, Roles.Legal]),
        ["GET /v1/items/{id:long}/media"] = new([Roles.Moderator, Roles.AppealsReviewer, Roles.Admin, Roles.Auditor]),
        ["GET /v1/policy/"] = new([Roles.Admin, Roles.Auditor, Roles.Moderator]),
        ["PUT /v1/policy/"] = new(s_adminOnly),
        ["POST /v1/notices/"] = new([Roles.Integration, Roles.Authority]),
        ["GET /v1/notices/{id:long}"] = new([Roles.Integration, Roles.Authority, Roles.Moderator, Roles.AppealsReviewer, Roles.Admin, Roles.Auditor, Roles.Legal]),
        ["GET /v1/notices/stats"] = new([Roles.Admin, Roles.Auditor, Roles.Legal]),
        ["GET /v1/cases/"] = new([Roles.Moderator, Roles.AppealsReviewer, Roles.Admin, Roles.Auditor]),
        ["GET /v1/cases/{id:long}"] = new([Roles.Moderator, Roles.AppealsReviewer, Roles.Admin, Roles.Auditor]),
        ["POST /v1/cases/{id:long}/claim"] = new([Roles.Moderator]),
        ["POST /v1/cases/{id:long}/release"] = new([Roles.Moderator]),
        ["POST /v1/cases/{id:long}/decision"] = new([Roles.Moderator]),
        ["GET /v1/decisions/{id:long}"] = new([Roles.Integration, Roles.Moderator, Roles.AppealsReviewer, Roles.Admin, Roles.Auditor, Roles.Legal]),
        ["GET /v1/decisions/{id:long}/statement"] = new([Roles.Integration, Roles.Moderator, Roles.AppealsReviewer, Roles.Admin, Roles.Auditor, Roles.Legal]),
        ["GET /v1/statements/export"] = new([Roles.Admin, Roles.Auditor, Roles.Legal]),
        ["POST /v1/complaints/"] = new([Roles.Integration]),
        ["GET /v1/complaints/"] = new([Roles.AppealsReviewer, Roles.Admin, Roles.Auditor, Roles.Legal]),
        ["GET /v1/complaints/{id:long}"] = new([Roles.Integration, Roles.AppealsReviewer, Roles.Admin, Roles.Auditor, Roles.Legal]),
        ["POST /v1/complaints/{id:long}/decision"] = new([Roles.AppealsReviewer]),
        ["GET /v1/me/settings"] = new([Roles.Moderator, Roles.AppealsReviewer, Roles.Admin, Roles.Auditor]),
        ["PUT /v1/me/settings"] = new([Roles.Moderator, Roles.AppealsReviewer, Roles.Admin, Roles.Auditor]),

        ["POST /v1/reports/"] = new([Roles.Admin, Roles.Legal, Roles.Auditor], """{"regime": "tco", "year": 2025}"""),
        ["GET /v1/reports/"] = new([Roles.Admin, Roles.Legal, Roles.Auditor]),
        ["GET /v1/reports/{id:long}"] = new([Roles.Admin, Roles.Legal, Roles.Auditor]),
        ["GET /v1/reports/{id:long}/html"] = new([Roles.Admin, Roles.Legal, Roles.Auditor]),

        ["POST /v1/referrals/"] = new([Roles.Authority, Roles.Legal]),
        ["GET /v1/referrals/"] = new([Roles.Authority, Roles.Legal, Roles.Moderator, Roles.Admin, Roles.Auditor]),
        ["GET /v1/referrals/{id:long}"] = new([Roles.Authority, Roles.Legal, Roles.Moderator, Roles.Admin, Roles.Auditor]),
        ["POST /v1/referrals/{id:long}/outcome"] = new([Roles.Legal, Roles.Moderator]),

        ["POST /v1/preservation-holds/"] = new([Roles.Legal]),
        ["GET /v1/preservation-holds/"] = new([Roles.Legal, Roles.Admin, Roles.Auditor]),
        ["GET /v1/preservation-holds/{id:long}"] = new([Roles.Legal, Roles.Admin, Roles.Auditor]),
        ["GET /v1/preservation-holds/{id:long}/accesses"] = new([Roles.Legal, Roles.Admin, Roles.Auditor]),
        ["POST /v1/preservation-holds/{id:long}/access"] = new([Roles.Legal]),
        ["POST /v1/preservation-holds/{id:long}/extensions"] = new([Roles.Legal]),
        ["POST /v1/preservation-holds/{id:long}/release"] = new([Roles.Legal]),

        ["POST /v1/data-requests/"] = new([Roles.Authority, Roles.Legal]),
        ["GET /v1/data-requests/"] = new([Roles.Authority, Roles.Legal, Roles.Admin, Roles.Auditor]),
        ["GET /v1/data-requests/{id:long}"] = new([Roles.Authority, Roles.Legal, Roles.Admin, Roles.Auditor]),
        ["POST /v1/data-requests/{id:long}/review"] = new([Roles.Legal]),
        ["POST /v1/removal-orders/"] = new([Roles.Authority]),
        ["POST /v1/removal-orders/entry"] = new(s_orderWorkers),
        ["GET /v1/removal-orders/"] = new(s_orderReaders),
        ["GET /v1/removal-orders/alarms"] = new([Roles.Legal, Roles.Admin, Roles.Auditor]),
        ["GET /v1/removal-orders/{id:long}"] = new(s_orderReaders),
        ["GET /v1/removal-orders/{id:long}/document"] = new(s_orderWorkers),
        ["POST /v1/removal-orders/{id:long}/validate"] = new(s_orderWorkers),
        ["POST /v1/removal-orders/{id:long}/clarification-request"] = new(s_orderWorkers),
        ["POST /v1/removal-orders/{id:long}/clarification"] = new(s_orderWorkers),
        ["POST /v1/removal-orders/{id:long}/impossibility"] = new(s_orderWorkers),
        ["POST /v1/removal-orders/{id:long}/grounds-ceased"] = new(s_orderWorkers),
        ["POST /v1/removal-orders/{id:long}/execute"] = new(s_orderWorkers),
        ["POST /v1/removal-orders/{id:long}/confirm"] = new(s_orderWorkers),
        ["POST /v1/removal-orders/{id:long}/feedback"] = new(s_orderWorkers),
        ["POST /v1/removal-orders/{id:long}/scrutiny-request"] = new(s_orderWorkers),
        ["POST /v1/removal-orders/{id:long}/scrutiny-decision"] = new(s_orderWorkers),
        ["POST /v1/removal-orders/{id:long}/final"] = new(s_orderWorkers),
        ["POST /v1/removal-orders/{id:long}/annulment"] = new(s_orderWorkers),
        ["POST /v1/removal-orders/{id:long}/non-disclosure"] = new(s_orderWorkers),
    };
}

/// <summary>The roles allowed to call an endpoint (null: anyone, no key needed) and a body it accepts.</summary>
internal sealed record EndpointRule(string[]? Roles, string Body = "{}")
{
    public static EndpointRule Anonymous { get; } = new((string[]?)null);
}
