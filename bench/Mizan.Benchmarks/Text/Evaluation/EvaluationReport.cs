using System.Globalization;

namespace Mizan.Benchmarks.Text.Evaluation;

/// <summary>Everything <c>text-eval</c> reports: the set, the rows, and the verdict against the targets.</summary>
internal sealed class EvaluationReport
{
    public required int Seed { get; init; }

    public required int Variants { get; init; }

    /// <summary>The background corpus whose quotations were masked: <c>quran</c> or <c>none</c>.</summary>
    public required string Background { get; init; }

    public required double MinSimilarity { get; init; }

    public required double MinContainment { get; init; }

    /// <summary>Known items by kind and language, e.g. <c>udhr/arb</c>.</summary>
    public required SortedDictionary<string, int> KnownItems { get; init; }

    /// <summary>Negatives by kind.</summary>
    public required SortedDictionary<string, int> NegativeSets { get; init; }

    /// <summary>How many letters each derived mapping covers (presentation forms, math letters, look-alikes, rasm).</summary>
    public required SortedDictionary<string, int> Mappings { get; init; }

    public required IReadOnlyList<string> NotIndexed { get; init; }

    public required IReadOnlyList<RowResult> Rows { get; init; }

    public required double ElapsedSeconds { get; init; }

    /// <summary>Each target missed, with by how much; empty when all are met.</summary>
    public IReadOnlyList<string> Failures => ComputeFailures();

    public bool TargetsMet => Failures.Count == 0;

    /// <summary><c>TARGETS MET</c>, or <c>TARGETS NOT MET: </c> and the failures.</summary>
    public string Verdict => TargetsMet ? "TARGETS MET" : "TARGETS NOT MET: " + string.Join("; ", Failures);

    private List<string> ComputeFailures()
    {
        var failures = new List<string>();
        foreach (RowResult row in Rows)
        {
            if (row.MissesTarget)
            {
                double recall = row.Recall!.Value;
                double target = row.Target!.Value;
                failures.Add(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{row.Name}: recall {recall:0.000} < {target:0.00} (short by {target - recall:0.000}, {row.Positives - row.Found} of {row.Positives} missed; {ByKind(row)})"));
            }
        }

        int falseMatches = Rows.Sum(r => r.FalseMatches + r.StrayMatches);
        if (falseMatches > 0)
        {
            IEnumerable<string> where = Rows.Where(r => r.FalseMatches + r.StrayMatches > 0)
                .Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Name} {r.FalseMatches + r.StrayMatches}"));
            failures.Add($"{falseMatches} false matches ({string.Join(", ", where)})");
        }

        if (NotIndexed.Count > 0)
        {
            failures.Add($"{NotIndexed.Count} known items not indexed (too short after masking)");
        }

        return failures;
    }

    private static string ByKind(RowResult row) =>
        string.Join(", ", row.RecallByKind.Select(k => string.Create(CultureInfo.InvariantCulture, $"{k.Key} {k.Value:0.000}")));
}
