namespace Mizan.Benchmarks.Text.Evaluation;

/// <summary>What a row of the evaluation measures, and which target applies to it.</summary>
internal enum TacticGroup
{
    /// <summary>Known items as indexed, and unrelated text: a sanity check.</summary>
    Baseline,

    /// <summary>One tactic at the strength of ARABIC.md's channel table (target: recall ≥ 0.99).</summary>
    Single,

    /// <summary>Several tactics at once (target: recall ≥ 0.95).</summary>
    Combination,

    /// <summary>Words replaced, or the item inside a longer post (targets 0.95 and 0.9).</summary>
    Edit,

    /// <summary>A tactic at another strength: measured, no recall target.</summary>
    Sweep,

    /// <summary>Two structural tactics stacked (each defeated by a different channel): measured, no recall target.</summary>
    Stacked,

    /// <summary>Quoted scripture: reposts without the verses, and other posts quoting the same verses.</summary>
    Scripture,

    /// <summary>Negatives only (Quran verses and passages).</summary>
    Negatives,
}
