namespace Mizan.Data.Moderation;

/// <summary>Where an item stands on the platform after decisions.</summary>
public static class ItemStates
{
    public const string Live = "live";
    public const string Removed = "removed";
    public const string Restricted = "restricted";
    public const string Labelled = "labelled";
    public const string Restored = "restored";
}
