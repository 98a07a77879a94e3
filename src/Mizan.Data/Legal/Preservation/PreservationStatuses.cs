namespace Mizan.Data.Legal.Preservation;

/// <summary>The life of a hold: active → extended (any number of times) → released or expired → destroyed.</summary>
public static class PreservationStatuses
{
    public const string Active = "active";
    public const string Extended = "extended";
    public const string Released = "released";
    public const string Destroyed = "destroyed";

    /// <summary>Every status.</summary>
    public static IReadOnlyList<string> All { get; } = [Active, Extended, Released, Destroyed];
}
