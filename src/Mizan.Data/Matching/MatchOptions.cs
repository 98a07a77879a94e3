namespace Mizan.Data.Matching;

/// <summary>Matching thresholds. Bound from the <c>Matching</c> configuration section.</summary>
public sealed class MatchOptions
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "Matching";

    /// <summary>
    /// Largest PDQ Hamming distance that counts as a match: 31, the threshold Meta's pdq/README.md and
    /// python-threatexchange (PDQ_CONFIDENT_MATCH_THRESHOLD) recommend.
    /// </summary>
    public int PdqMaxDistance { get; set; } = 31;

    /// <summary>
    /// Images below this PDQ quality are hashed but not matched by PDQ: python-threatexchange's QUALITY_THRESHOLD
    /// (pdq/README.md recommends discarding hashes of quality 49 or less).
    /// </summary>
    public int PdqMinQuality { get; set; } = 50;

    /// <summary>Default for banks without their own: text matches need this Jaccard similarity (or enough containment).</summary>
    public double TextMinSimilarity { get; set; } = Mizan.Core.Text.Matching.TextMatchOptions.RecommendedMinSimilarity;

    /// <summary>Default for banks without their own: text matches need this much of the known item in the query (or enough similarity).</summary>
    public double TextMinContainment { get; set; } = Mizan.Core.Text.Matching.TextMatchOptions.RecommendedMinContainment;

    /// <summary>How often a server applies entry changes made by other processes (default 2 s).</summary>
    public double IndexRefreshSeconds { get; set; } = 2;

    /// <summary>Throws when a value is out of range; called at start-up.</summary>
    public void Validate()
    {
        if (PdqMaxDistance is < 0 or > 128)
        {
            throw new InvalidOperationException($"Matching:PdqMaxDistance must be 0-128; got {PdqMaxDistance}.");
        }

        if (IndexRefreshSeconds is < 0.05 or > 3600)
        {
            throw new InvalidOperationException($"Matching:IndexRefreshSeconds must be 0.05-3600; got {IndexRefreshSeconds}.");
        }

        if (TextMinSimilarity is < 0 or > 1 || TextMinContainment is < 0 or > 1)
        {
            throw new InvalidOperationException("Matching:TextMinSimilarity and Matching:TextMinContainment must be between 0 and 1.");
        }

        if (PdqMinQuality is < 0 or > 100)
        {
            throw new InvalidOperationException($"Matching:PdqMinQuality must be 0-100; got {PdqMinQuality}.");
        }
    }
}
