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

    public static readonly IReadOnlyDictionary<string, string[]> RolesByPolicy = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        [Scan] = [Roles.Admin, Roles.Integration, Roles.Moderator],
        [BanksRead] = [Roles.Admin, Roles.Moderator, Roles.Auditor, Roles.Integration],
        [BanksWrite] = [Roles.Admin, Roles.Moderator],
        [BanksAdmin] = [Roles.Admin],
        [Admin] = [Roles.Admin],
        [AuditRead] = [Roles.Admin, Roles.Auditor],
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
