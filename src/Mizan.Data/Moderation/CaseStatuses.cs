namespace Mizan.Data.Moderation;

/// <summary>The life of a case: open → claimed → decided (or escalated, which returns it to the queue).</summary>
public static class CaseStatuses
{
    public const string Open = "open";
    public const string Claimed = "claimed";
    public const string Escalated = "escalated";
    public const string Decided = "decided";

    /// <summary>Every status, for filters.</summary>
    public static IReadOnlyList<string> All { get; } = [Open, Claimed, Escalated, Decided];
}
