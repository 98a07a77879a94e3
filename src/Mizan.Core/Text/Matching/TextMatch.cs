namespace Mizan.Core.Text.Matching;

/// <summary>A known item found by <see cref="TextIndex.Search"/>, verified exactly on the stored shingle sets.</summary>
/// <param name="Id">The known item's id as given to <see cref="TextIndex.Add"/>.</param>
/// <param name="Channel">The channel in which the item matched best.</param>
/// <param name="Similarity">Jaccard similarity |K ∩ Q| / |K ∪ Q| of the whole item's and the query's shingle sets.</param>
/// <param name="Containment">|K ∩ Q| / |K|: the share of the known item's shingles present in the query.</param>
/// <param name="Span">The matched region of the original query text (what a reviewer is shown).</param>
public readonly record struct TextMatch(long Id, TextChannel Channel, double Similarity, double Containment, TextSpan Span);
