using Microsoft.AspNetCore.Authorization;
using Mizan.Data.Keys;

namespace Mizan.Server.Infrastructure;

/// <summary>Which roles may use which endpoints. Every endpoint names one of these policies.</summary>
internal static class Policies
{
    /// <summary>Scan content against the banks.</summary>
    public const string Scan = "scan";

    /// <summary>Read banks and their entries.</summary>
    public const string BanksRead = "banks.read";

    /// <summary>Add and retract entries.</summary>
    public const string BanksWrite = "banks.write";

    /// <summary>Create and configure banks.</summary>
    public const string BanksAdmin = "banks.admin";

    /// <summary>Administration: organisations, keys, webhooks.</summary>
    public const string Admin = "admin";

    /// <summary>Read the audit chain and verify it.</summary>
    public const string AuditRead = "audit.read";

    /// <summary>Submit content items.</summary>
    public const string ItemsSubmit = "items.submit";

    /// <summary>Read items (a platform: its own).</summary>
    public const string ItemsRead = "items.read";

    /// <summary>Read the stored media of items (reviewers).</summary>
    public const string ItemsMedia = "items.media";

    /// <summary>Submit notices.</summary>
    public const string NoticesSubmit = "notices.submit";

    /// <summary>Read notices (a submitter: its own).</summary>
    public const string NoticesRead = "notices.read";

    /// <summary>Notice counts.</summary>
    public const string NoticesStats = "notices.stats";

    /// <summary>Read the moderation policy.</summary>
    public const string PolicyRead = "policy.read";

    /// <summary>Change the moderation policy.</summary>
    public const string PolicyWrite = "policy.write";

    /// <summary>Read the case queue and cases.</summary>
    public const string CasesRead = "cases.read";

    /// <summary>Claim, release and decide cases.</summary>
    public const string CasesWork = "cases.work";

    /// <summary>Read decisions and statements of reasons (a platform: its own).</summary>
    public const string DecisionsRead = "decisions.read";

    /// <summary>Export statements in the Transparency Database format.</summary>
    public const string StatementsExport = "statements.export";

    /// <summary>Submit complaints.</summary>
    public const string ComplaintsSubmit = "complaints.submit";

    /// <summary>Read complaints (a platform: its own).</summary>
    public const string ComplaintsRead = "complaints.read";

    /// <summary>The complaints queue.</summary>
    public const string ComplaintsQueue = "complaints.queue";

    /// <summary>Decide complaints.</summary>
    public const string ComplaintsDecide = "complaints.decide";

    /// <summary>A reviewer's own settings.</summary>
    public const string Settings = "settings";

    /// <summary>Generate and read transparency reports.</summary>
    public const string Reports = "reports";

    /// <summary>Submit referrals (an authority; a legal officer entering one).</summary>
    public const string ReferralsSubmit = "referrals.submit";

    /// <summary>Read referrals (an authority: its own, status only).</summary>
    public const string ReferralsRead = "referrals.read";

    /// <summary>Record a referral's outcome.</summary>
    public const string ReferralsAnswer = "referrals.answer";

    /// <summary>Read preservation holds' metadata.</summary>
    public const string PreservationRead = "preservation.read";

    /// <summary>Place, extend and release preservation holds.</summary>
    public const string PreservationWrite = "preservation.write";

    /// <summary>Read a preserved copy (with a stated purpose).</summary>
    public const string PreservationAccess = "preservation.access";

    /// <summary>Submit data requests (an authority; a legal officer entering one).</summary>
    public const string DataRequestsSubmit = "data_requests.submit";

    /// <summary>Read data requests (an authority: its own, status and approved disclosure only).</summary>
    public const string DataRequestsRead = "data_requests.read";

    /// <summary>Review data requests and approve disclosure.</summary>
    public const string DataRequestsReview = "data_requests.review";

    /// <summary>Submit removal orders (an authority's key).</summary>
    public const string RemovalOrdersSubmit = "removal_orders.submit";

    /// <summary>Read removal orders (an authority: its own).</summary>
    public const string RemovalOrdersRead = "removal_orders.read";

    /// <summary>Enter removal orders from documents and move them through their states.</summary>
    public const string RemovalOrdersWork = "removal_orders.work";

    /// <summary>Read the document a removal order was entered from.</summary>
    public const string RemovalOrdersDocument = "removal_orders.document";

    /// <summary>The deadline alarms.</summary>
    public const string RemovalOrdersAlarms = "removal_orders.alarms";

    public static readonly IReadOnlyDictionary<string, string[]> RolesByPolicy = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        [Scan] = [Roles.Admin, Roles.Integration, Roles.Moderator],
        [BanksRead] = [Roles.Admin, Roles.Moderator, Roles.Auditor, Roles.Integration],
        [BanksWrite] = [Roles.Admin, Roles.Moderator],
        [BanksAdmin] = [Roles.Admin],
        [Admin] = [Roles.Admin],
        [AuditRead] = [Roles.Admin, Roles.Auditor],
        [ItemsSubmit] = [Roles.Integration],
        [ItemsRead] = [Roles.Integration, Roles.Moderator, Roles.AppealsReviewer, Roles.Admin, Roles.Auditor, Roles.Legal],
        [ItemsMedia] = [Roles.Moderator, Roles.AppealsReviewer, Roles.Admin, Roles.Auditor],
        [NoticesSubmit] = [Roles.Integration, Roles.Authority],
        [NoticesRead] = [Roles.Integration, Roles.Authority, Roles.Moderator, Roles.AppealsReviewer, Roles.Admin, Roles.Auditor, Roles.Legal],
        [NoticesStats] = [Roles.Admin, Roles.Auditor, Roles.Legal],
        [PolicyRead] = [Roles.Admin, Roles.Auditor, Roles.Moderator],
        [PolicyWrite] = [Roles.Admin],
        [CasesRead] = [Roles.Moderator, Roles.AppealsReviewer, Roles.Admin, Roles.Auditor],
        [CasesWork] = [Roles.Moderator],
        [DecisionsRead] = [Roles.Integration, Roles.Moderator, Roles.AppealsReviewer, Roles.Admin, Roles.Auditor, Roles.Legal],
        [StatementsExport] = [Roles.Admin, Roles.Auditor, Roles.Legal],
        [ComplaintsSubmit] = [Roles.Integration],
        [ComplaintsRead] = [Roles.Integration, Roles.AppealsReviewer, Roles.Admin, Roles.Auditor, Roles.Legal],
        [ComplaintsQueue] = [Roles.AppealsReviewer, Roles.Admin, Roles.Auditor, Roles.Legal],
        [ComplaintsDecide] = [Roles.AppealsReviewer],
        [Settings] = [Roles.Moderator, Roles.AppealsReviewer, Roles.Admin, Roles.Auditor],
        [Reports] = [Roles.Admin, Roles.Legal, Roles.Auditor],
        [ReferralsSubmit] = [Roles.Authority, Roles.Legal],
        [ReferralsRead] = [Roles.Authority, Roles.Legal, Roles.Moderator, Roles.Admin, Roles.Auditor],
        [ReferralsAnswer] = [Roles.Legal, Roles.Moderator],
        [PreservationRead] = [Roles.Legal, Roles.Admin, Roles.Auditor],
        [PreservationWrite] = [Roles.Legal],
        [PreservationAccess] = [Roles.Legal],
        [DataRequestsSubmit] = [Roles.Authority, Roles.Legal],
        [DataRequestsRead] = [Roles.Authority, Roles.Legal, Roles.Admin, Roles.Auditor],
        [DataRequestsReview] = [Roles.Legal],
        [RemovalOrdersSubmit] = [Roles.Authority],
        [RemovalOrdersRead] = [Roles.Authority, Roles.Legal, Roles.Admin, Roles.Auditor],
        [RemovalOrdersWork] = [Roles.Legal, Roles.Admin],
        [RemovalOrdersDocument] = [Roles.Legal, Roles.Admin],
        [RemovalOrdersAlarms] = [Roles.Legal, Roles.Admin, Roles.Auditor],
    };

    public static void Add(AuthorizationOptions options)
    {
        foreach (var (policy, roles) in RolesByPolicy)
        {
            options.AddPolicy(policy, p => p.RequireAuthenticatedUser().RequireRole(roles));
        }

        options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
    }
}
