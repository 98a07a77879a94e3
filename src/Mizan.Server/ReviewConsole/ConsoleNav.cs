using Microsoft.AspNetCore.Authorization;

namespace Mizan.Server.ReviewConsole;

/// <summary>The console's sections; each is shown only to the roles its policy allows.</summary>
internal static class ConsoleNav
{
    /// <summary>Every section: the text key, the path and the policy that guards it.</summary>
    public static IReadOnlyList<(string Text, string Path, string Policy)> Sections { get; } =
    [
        ("Nav.Queue", "/queue", ConsolePolicies.CasesRead),
        ("Nav.Appeals", "/appeals", ConsolePolicies.ComplaintsQueue),
        ("Nav.Orders", "/orders", ConsolePolicies.RemovalOrdersRead),
        ("Nav.Referrals", "/referrals", ConsolePolicies.ReferralsRead),
        ("Nav.Holds", "/holds", ConsolePolicies.PreservationRead),
        ("Nav.DataRequests", "/data-requests", ConsolePolicies.DataRequestsRead),
        ("Nav.Banks", "/banks", ConsolePolicies.BanksRead),
        ("Nav.Reports", "/reports", ConsolePolicies.Reports),
        ("Nav.Audit", "/audit", ConsolePolicies.AuditRead),
        ("Nav.Users", "/users", ConsolePolicies.Admin),
        ("Nav.Settings", "/settings", ConsolePolicies.Settings),
    ];

    /// <summary>The sections the signed-in user may open.</summary>
    public static async Task<IReadOnlyList<(string Text, string Path)>> AllowedAsync(HttpContext context)
    {
        var authorization = context.RequestServices.GetRequiredService<IAuthorizationService>();
        var allowed = new List<(string, string)>();
        foreach (var (text, path, policy) in Sections)
        {
            if ((await authorization.AuthorizeAsync(context.User, policy).ConfigureAwait(false)).Succeeded)
            {
                allowed.Add((text, path));
            }
        }

        return allowed;
    }
}
