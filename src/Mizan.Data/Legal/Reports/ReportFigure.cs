namespace Mizan.Data.Legal.Reports;

/// <summary>
/// One published figure with the query behind it. <see cref="Value"/> is the figure itself (a count, a share 0-1, a
/// median in seconds, or the total of <see cref="Rows"/>); null when it is undefined for the period (the median or
/// share of nothing). A text figure carries <see cref="Text"/> instead.
/// </summary>
/// <param name="Id">Stable id, such as <c>tco.7_3_c.items_removed_orders</c>.</param>
/// <param name="Label">What it counts, in English.</param>
/// <param name="Unit">count, share, seconds or text.</param>
/// <param name="Value">The figure.</param>
/// <param name="Text">For text figures: the text.</param>
/// <param name="Rows">A breakdown (by Member State, type, language, month...), ordered.</param>
/// <param name="Chart">How the document draws the rows: bar, column or none.</param>
/// <param name="Source">How it was counted.</param>
public sealed record ReportFigure(
    string Id, string Label, string Unit, double? Value, string? Text, IReadOnlyList<FigureRow>? Rows, string? Chart, FigureSource Source);

/// <summary>One line of a breakdown.</summary>
/// <param name="Key">The group, such as <c>DE</c> or <c>2025-03</c>.</param>
/// <param name="Value">Its value (null: undefined, such as the median of no orders).</param>
public sealed record FigureRow(string Key, double? Value);

/// <summary>
/// Where a figure comes from: the tables read, the filter (@start and @end are the period's bounds, end excluded),
/// the aggregation, and the version of this definition (changed whenever the counting changes).
/// </summary>
public sealed record FigureSource(IReadOnlyList<string> Tables, string Filter, string Aggregation, string Version);

/// <summary>A group of figures: one regime's part of the report.</summary>
public sealed record ReportSection(string Id, string Title, IReadOnlyList<ReportFigure> Figures);
