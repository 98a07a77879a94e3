namespace Mizan.Benchmarks.Text.Evaluation;

/// <summary>Which texts a tactic is applied to.</summary>
internal enum TacticScope
{
    /// <summary>Every text.</summary>
    AnyScript,

    /// <summary>Arabic, Persian and Urdu texts only (the tactic changes nothing in Latin text).</summary>
    ArabicScript,
}
