namespace Mizan.Data.Legal.Reports;

/// <summary>Collects a section's figures in order; every figure is added with its source.</summary>
internal sealed class FigureList
{
    private readonly List<ReportFigure> _figures = [];

    public IReadOnlyList<ReportFigure> Figures => _figures;

    public void Text(string id, string label, string text, FigureSource source) =>
        _figures.Add(new ReportFigure(id, label, "text", null, text, null, null, source));

    public void Count(string id, string label, int value, FigureSource source) =>
        _figures.Add(new ReportFigure(id, label, "count", value, null, null, null, source));

    /// <summary>A share 0-1 of <paramref name="whole"/>; undefined (null) when the whole is zero.</summary>
    public void Share(string id, string label, int part, int whole, FigureSource source) =>
        _figures.Add(new ReportFigure(id, label, "share", whole == 0 ? null : (double)part / whole, null, null, null, source));

    /// <summary>A median duration in seconds (null for none) with an optional breakdown of medians.</summary>
    public void Seconds(string id, string label, double? value, IReadOnlyList<FigureRow>? rows, FigureSource source) =>
        _figures.Add(new ReportFigure(id, label, "seconds", value, null, rows, rows is null ? null : Charts.Bar, source));

    /// <summary>Counts by group; the value is their total.</summary>
    public void Counts(string id, string label, IEnumerable<(string Key, int Count)> rows, string chart, FigureSource source)
    {
        var list = rows.Select(r => new FigureRow(r.Key, r.Count)).ToList();
        _figures.Add(new ReportFigure(id, label, "count", list.Sum(r => r.Value ?? 0), null, list, chart, source));
    }

    /// <summary>Counts by group where an element may fall in several groups: the value is given, not the sum.</summary>
    public void Counts(string id, string label, int total, IEnumerable<(string Key, int Count)> rows, string chart, FigureSource source) =>
        _figures.Add(new ReportFigure(id, label, "count", total, null, rows.Select(r => new FigureRow(r.Key, r.Count)).ToList(), chart, source));

    /// <summary>Shares by group (null where a group's whole is zero); the value is the overall share.</summary>
    public void Shares(string id, string label, IEnumerable<(string Key, int Part, int Whole)> rows, FigureSource source)
    {
        var list = rows.ToList();
        int part = list.Sum(r => r.Part);
        int whole = list.Sum(r => r.Whole);
        _figures.Add(new ReportFigure(
            id, label, "share", whole == 0 ? null : (double)part / whole, null,
            list.Select(r => new FigureRow(r.Key, r.Whole == 0 ? null : (double)r.Part / r.Whole)).ToList(), Charts.Bar, source));
    }

    public static FigureSource Source(string tables, string filter, string aggregation, string version = "1") =>
        new(tables.Split(", ", StringSplitOptions.RemoveEmptyEntries), filter, aggregation, version);

    /// <summary>Groups <paramref name="keys"/> and counts them, ordered by key (ordinal).</summary>
    public static IEnumerable<(string Key, int Count)> Tally(IEnumerable<string> keys) =>
        keys.GroupBy(k => k, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key, g.Count()));

    /// <summary>Counts of each of <paramref name="keys"/> in <paramref name="values"/>, zero included, in the order given.</summary>
    public static IEnumerable<(string Key, int Count)> Tally(IEnumerable<string> values, IReadOnlyList<string> keys)
    {
        var counts = values.GroupBy(k => k, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return keys.Select(k => (k, counts.GetValueOrDefault(k)));
    }
}

/// <summary>How the report document draws a breakdown.</summary>
internal static class Charts
{
    public const string Bar = "bar";
    public const string Column = "column";
    public const string None = "none";
}
