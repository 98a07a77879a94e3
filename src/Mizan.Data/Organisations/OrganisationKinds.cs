namespace Mizan.Data.Organisations;

/// <summary>The kinds of organisation.</summary>
public static class OrganisationKinds
{
    /// <summary>This service and its sub-platforms.</summary>
    public const string Platform = "platform";

    /// <summary>A referral unit or competent authority.</summary>
    public const string Authority = "authority";

    /// <summary>Another Mizan sharing hashes.</summary>
    public const string Peer = "peer";

    /// <summary>A trusted flagger (DSA Art. 22).</summary>
    public const string TrustedFlagger = "trusted_flagger";

    /// <summary>Every kind.</summary>
    public static IReadOnlyList<string> All { get; } = [Platform, Authority, Peer, TrustedFlagger];

    /// <summary>Whether <paramref name="kind"/> is one of <see cref="All"/> (ordinal).</summary>
    public static bool IsKnown(string? kind) => kind is not null && All.Contains(kind, StringComparer.Ordinal);
}
