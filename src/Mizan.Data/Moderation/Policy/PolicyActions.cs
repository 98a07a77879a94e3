namespace Mizan.Data.Moderation.Policy;

/// <summary>The three outcomes of a policy rule.</summary>
public static class PolicyActions
{
    public const string None = "none";
    public const string Case = "case";
    public const string Auto = "auto";

    /// <summary>Every action, for validation.</summary>
    public static IReadOnlyList<string> All { get; } = [None, Case, Auto];
}
