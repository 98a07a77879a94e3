namespace Mizan.Data.Keys;

/// <summary>The roles of DESIGN.md. A key has exactly one.</summary>
public static class Roles
{
    public const string Admin = "admin";
    public const string Moderator = "moderator";
    public const string AppealsReviewer = "appeals_reviewer";
    public const string Legal = "legal";
    public const string Authority = "authority";
    public const string Auditor = "auditor";
    public const string Integration = "integration";
    public const string Peer = "peer";

    /// <summary>Every role, for validation and help text.</summary>
    public static IReadOnlyList<string> All { get; } =
        [Admin, Moderator, AppealsReviewer, Legal, Authority, Auditor, Integration, Peer];

    /// <summary>Whether <paramref name="role"/> is one of <see cref="All"/> (ordinal).</summary>
    public static bool IsKnown(string role) => All.Contains(role, StringComparer.Ordinal);
}
