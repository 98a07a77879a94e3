namespace Mizan.Benchmarks.Text.Evaluation;

/// <summary>
/// ARABIC.md, "Religious quotations and news": a known item made of prose and quoted Quran verses; the repost is
/// the prose without the verses (must match); each negative post quotes the same verses inside other, unrelated
/// prose (must not match: it shares only scripture with the known item).
/// </summary>
/// <param name="KnownId">The id of the known item (prose + verses).</param>
/// <param name="Key">Its key.</param>
/// <param name="Repost">The known item's prose alone.</param>
/// <param name="NegativePosts">The same verses inside other prose.</param>
internal sealed record ScriptureCase(long KnownId, string Key, string Repost, IReadOnlyList<CorpusDocument> NegativePosts);
