namespace Mizan.Data.Moderation.Policy;

/// <summary>How close a match must be for automatic action.</summary>
public sealed class NearExactBounds
{
    /// <summary>Largest PDQ distance for automatic action (default 8, well inside the match radius of 31).</summary>
    public int PdqMaxDistance { get; set; } = 8;

    /// <summary>Smallest text similarity for automatic action (containment alone never suffices: context matters).</summary>
    public double TextMinSimilarity { get; set; } = 0.95;
}
