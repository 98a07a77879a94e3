namespace Mizan.Benchmarks.Text.Evaluation;

/// <summary>One text run against the index.</summary>
/// <param name="Key">What it is, e.g. <c>news/arb/weather-coast#1</c>.</param>
/// <param name="Text">The (edited) text.</param>
/// <param name="Intended">For a positive, the id of the known item it was made from; null for a negative.</param>
/// <param name="Source">For a positive, the source key of that item (matches of items with the same source are
/// expected, not false).</param>
internal sealed record EvalQuery(string Key, string Text, long? Intended, string? Source);
