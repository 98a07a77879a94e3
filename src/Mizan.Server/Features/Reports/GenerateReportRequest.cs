namespace Mizan.Server.Features.Reports;

/// <summary>
/// What to report on: the regime (tco, dsa, scp or all; default all) and the period, as a calendar year or as
/// [start, end) with ISO 8601 dates or UTC date-times. Without a period: the last full calendar year.
/// </summary>
internal sealed class GenerateReportRequest
{
    public string? Regime { get; set; }

    public int? Year { get; set; }

    public string? Start { get; set; }

    public string? End { get; set; }
}
