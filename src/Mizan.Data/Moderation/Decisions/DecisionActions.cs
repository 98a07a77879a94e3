namespace Mizan.Data.Moderation.Decisions;

/// <summary>Decision actions and which of them restrict content (and so need a statement of reasons).</summary>
public static class DecisionActions
{
    public const string Remove = "remove";
    public const string Restrict = "restrict";
    public const string Label = "label";
    public const string Keep = "keep";
    public const string Escalate = "escalate";

    /// <summary>Whether the action restricts the content (DSA Art. 17(1)).</summary>
    public static bool IsRestriction(string action) => action is Remove or Restrict or Label;
}
