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

    /// <summary>Positives made from scripture items (prose with quoted verses).</summary>
    public int QuotingPositives { get; set; }

    public int QuotingFound { get; set; }

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

    /// <summary>Recall on positives made from items without quoted verses.</summary>
    public double? PlainRecall =>
        Positives == QuotingPositives ? null : (double)(Found - QuotingFound) / (Positives - QuotingPositives);

    /// <summary>Recall on positives made from scripture items.</summary>
    public double? QuotingRecall => QuotingPositives == 0 ? null : (double)QuotingFound / QuotingPositives;

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
