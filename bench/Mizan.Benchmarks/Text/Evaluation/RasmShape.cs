namespace Mizan.Benchmarks.Text.Evaluation;

/// <summary>The dotless (rasm) letter that stands for a letter at the end of a word and elsewhere.</summary>
/// <param name="Final">The representative at the end of a word.</param>
/// <param name="NonFinal">The representative at the start or in the middle of a word (the NOON and YEH classes
/// share the BEH tooth there, and QAF looks like FEH).</param>
internal readonly record struct RasmShape(char Final, char NonFinal);
