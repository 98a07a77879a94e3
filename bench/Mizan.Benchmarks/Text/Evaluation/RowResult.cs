namespace Mizan.Benchmarks.Text.Evaluation;

/// <summary>The outcome of one row: recall of the positives and false matches of the negatives.</summary>
internal sealed class RowResult
{
    public required string Name { get; init; }

    public required TacticGroup Group { get; init; }

    public required string Scope { get; init; }

    /// <summary>Recall target, or null when the row has none.</summary>
    public double? Target { get; init; }

    public int Positives { get; set; }

    public int Found { get; set; }

    /// <summary>Positives by the kind of their known item (<see cref="KnownItem.Kind"/>).</summary>
    public SortedDictionary<string, int> PositivesByKind { get; } = new(StringComparer.Ordinal);

    /// <summary>Found positives by the kind of their known item.</summary>
    public SortedDictionary<string, int> FoundByKind { get; } = new(StringComparer.Ordinal);

    /// <summary>Found positives by the channel they matched in.</summary>
    public SortedDictionary<string, int> Channels { get; } = new(StringComparer.Ordinal);

    /// <summary>Missed positives by cause (see <see cref="MissExample.Cause"/>).</summary>
    public SortedDictionary<string, int> MissCauses { get; } = new(StringComparer.Ordinal);

    public List<MissExample> Misses { get; } = [];

    public int Negatives { get; set; }

    /// <summary>Negatives that matched at least one known item.</summary>
    public int FalseMatches { get; set; }

    /// <summary>Positives that also matched a known item other than their own (through the edit, e.g. filler).</summary>
    public int StrayMatches { get; set; }

    public List<FalseMatchExample> FalseExamples { get; } = [];

    public double? Recall => Positives == 0 ? null : (double)Found / Positives;

    /// <summary>Recall by the kind of known item: without quoted verses, with a few, with mostly verses.</summary>
    public SortedDictionary<string, double> RecallByKind
    {
        get
        {
            var recall = new SortedDictionary<string, double>(StringComparer.Ordinal);
            foreach ((string kind, int positives) in PositivesByKind)
            {
                recall[kind] = (double)FoundByKind.GetValueOrDefault(kind) / positives;
            }

            return recall;
        }
    }

    /// <summary>Recall on positives of one kind, or null when there are none.</summary>
    public double? RecallOf(string kind) => RecallByKind.TryGetValue(kind, out double recall) ? recall : null;

    /// <summary>True when the recall is below the target.</summary>
    public bool MissesTarget => Target is { } target && Recall is { } recall && recall < target;

    /// <summary>The channel most found positives matched in, with its share.</summary>
    public string TopChannel
    {
        get
        {
            if (Found == 0)
            {
                return "-";
            }

            KeyValuePair<string, int> top = Channels.MaxBy(c => c.Value);
            return $"{top.Key} {100.0 * top.Value / Found:0}%";
        }
    }
}
