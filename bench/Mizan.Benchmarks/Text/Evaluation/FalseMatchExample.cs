namespace Mizan.Benchmarks.Text.Evaluation;

/// <summary>A match that should not have happened.</summary>
/// <param name="QueryKey">The negative (or the positive whose unrelated part matched).</param>
/// <param name="KnownKey">The known item it matched.</param>
/// <param name="Channel">The channel it matched in.</param>
/// <param name="Similarity">Jaccard similarity reported by the index.</param>
/// <param name="Containment">Containment reported by the index.</param>
/// <param name="Excerpt">The start of the matched span of the query, truncated.</param>
internal sealed record FalseMatchExample(
    string QueryKey, string KnownKey, string Channel, double Similarity, double Containment, string Excerpt);
