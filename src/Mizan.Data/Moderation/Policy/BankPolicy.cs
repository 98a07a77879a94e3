namespace Mizan.Data.Moderation.Policy;

/// <summary>The policy of one bank: whether this platform verified it, and a rule per signal.</summary>
public sealed class BankPolicy
{
    /// <summary>This platform has verified the bank's entries (one of the conditions for automatic action).</summary>
    public bool Verified { get; set; }

    /// <summary>The rule for signals without their own.</summary>
    public PolicyRule? Default { get; set; }

    /// <summary>Rules by signal type (pdq, md5, sha256, text, url).</summary>
    public Dictionary<string, PolicyRule> Signals { get; set; } = new(StringComparer.Ordinal);
}
