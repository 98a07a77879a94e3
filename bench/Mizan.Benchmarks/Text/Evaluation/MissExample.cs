namespace Mizan.Benchmarks.Text.Evaluation;

/// <summary>A positive that was not found, with why.</summary>
/// <param name="Key">The query.</param>
/// <param name="Words">Words in the query.</param>
/// <param name="Cause">
/// <c>lsh</c> (exact verification would pass in some channel, but banding produced no candidate), <c>threshold</c>
/// (no channel reaches the thresholds: the normalisation left too little in common), <c>query-too-short</c> or
/// <c>not-indexed</c> (too little text left after masking quotations).
/// </param>
/// <param name="Scores">Per channel (M = Match, S = Skeleton, L = Spaceless, W = WordSet; n/a when shingle sizes
/// differ): exact similarity/containment of the known item in the query, and after ~ the share of equal slots of
/// the whole-text MinHash signatures (the similarity the index estimates).</param>
internal sealed record MissExample(string Key, int Words, string Cause, string Scores);
