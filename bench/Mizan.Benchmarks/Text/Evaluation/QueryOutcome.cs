using Mizan.Core.Text;

namespace Mizan.Benchmarks.Text.Evaluation;

/// <summary>What one query found.</summary>
/// <param name="Channel">For a positive, the channel its known item matched in; null when it was missed.</param>
/// <param name="Unexpected">Matches of known items the query was not made from.</param>
/// <param name="Miss">For a missed positive, why.</param>
internal sealed record QueryOutcome(TextChannel? Channel, List<FalseMatchExample> Unexpected, MissExample? Miss);
