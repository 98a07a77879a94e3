using Microsoft.AspNetCore.Authorization;
using Mizan.Server.Infrastructure;

namespace Mizan.Server.ReviewConsole;

/// <summary>
/// The console's authorization policies: every API policy again, with the same roles (<see cref="Policies.RolesByPolicy"/>,
/// one list for both), but satisfied only by a console session, never by an API key.
/// </summary>
internal static class ConsolePolicies
{
    /// <summary>Any signed-in console user.</summary>
    public const string SignedIn = "console";

    /// <summary>The console policy of an API policy.</summary>
    public static string For(string apiPolicy) => "console:" + apiPolicy;

    public const string CasesRead = "console:" + Policies.CasesRead;
    public const string CasesWork = "console:" + Policies.CasesWork;
    public const string ItemsMedia = "console:" + Policies.ItemsMedia;
    public const string ComplaintsQueue = "console:" + Policies.ComplaintsQueue;
    public const string ComplaintsDecide = "console:" + Policies.ComplaintsDecide;
    public const string AuditRead = "console:" + Policies.AuditRead;
    public const string BanksRead = "console:" + Policies.BanksRead;
    public const string Settings = "console:" + Policies.Settings;
    public const string Admin = "console:" + Policies.Admin;
    public const string Reports = "console:" + Policies.Reports;
    public const string RemovalOrdersRead = "console:" + Policies.RemovalOrdersRead;
    public const string ReferralsRead = "console:" + Policies.ReferralsRead;
    public const string PreservationRead = "console:" + Policies.PreservationRead;
    public const string DataRequestsRead = "console:" + Policies.DataRequestsRead;
    public const string RemovalOrdersWork = "console:" + Policies.RemovalOrdersWork;
    public const string RemovalOrdersDocument = "console:" + Policies.RemovalOrdersDocument;
    public const string RemovalOrdersAlarms = "console:" + Policies.RemovalOrdersAlarms;
    public const string BanksWrite = "console:" + Policies.BanksWrite;

    public static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(SignedIn, p => p.AddAuthenticationSchemes(ConsoleAuth.Scheme).RequireAuthenticatedUser());
        foreach (var (policy, roles) in Policies.RolesByPolicy)
        {
            options.AddPolicy(For(policy), p => p.AddAuthenticationSchemes(ConsoleAuth.Scheme).RequireAuthenticatedUser().RequireRole(roles));
        }
    }
}
