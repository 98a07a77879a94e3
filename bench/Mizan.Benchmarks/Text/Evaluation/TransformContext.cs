namespace Mizan.Benchmarks.Text.Evaluation;

/// <summary>What a tactic needs besides the text: the generator, the seeded random source for this one edit, and
/// unrelated text of the text's language for filler and replacement words.</summary>
internal readonly record struct TransformContext(
    EvasionGenerator Generator, Random Random, IReadOnlyList<string> Filler, IReadOnlyList<string> Vocabulary);
