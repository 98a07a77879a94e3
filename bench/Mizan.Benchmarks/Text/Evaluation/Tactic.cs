namespace Mizan.Benchmarks.Text.Evaluation;

/// <summary>One row of the evaluation: an edit applied to known items (positives) and to negatives.</summary>
/// <param name="Name">Unique name, shown in the table.</param>
/// <param name="Group">What the row measures.</param>
/// <param name="Scope">Which texts it applies to.</param>
/// <param name="MinRecall">The recall target, or null when the row is measured without one.</param>
/// <param name="Randomized">False when the edit does not depend on the random source (one copy per item is enough).</param>
/// <param name="Apply">The edit.</param>
internal sealed record Tactic(
    string Name, TacticGroup Group, TacticScope Scope, double? MinRecall, bool Randomized, Func<string, TransformContext, string> Apply);
