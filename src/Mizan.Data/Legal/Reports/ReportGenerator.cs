using Mizan.Data.Entities;
using Mizan.Data.Moderation.Decisions;

namespace Mizan.Data.Legal.Reports;

/// <summary>
/// Computes a transparency report's figures for a period from the store. Every figure states its source: the
/// tables, the filter and the aggregation, as the code below applies them, and a version bumped whenever the
/// counting changes. Counts follow the state at the end of the period: an order executed after the period is
/// "not executed" in it, a complaint decided after it is "pending".
/// </summary>
public sealed partial class ReportGenerator(MizanDbContext db, ReportOptions options)
{
    /// <summary>The version of the report definitions as a whole.</summary>
    public const string Version = "mizan-reports/1";

    /// <summary>The sections of <paramref name="regime"/> for <paramref name="period"/>.</summary>
    public async Task<IReadOnlyList<ReportSection>> GenerateAsync(string regime, ReportPeriod period, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(period);
        var data = await ReportData.LoadAsync(db, period, cancellationToken).ConfigureAwait(false);
        var sections = new List<ReportSection>();
        if (ReportRegimes.Includes(regime, ReportRegimes.Tco))
        {
            sections.Add(new ReportSection(ReportRegimes.Tco, "Terrorist content online: Regulation (EU) 2021/784, Article 7(3)", Tco(data)));
        }

        if (ReportRegimes.Includes(regime, ReportRegimes.Dsa))
        {
            sections.Add(new ReportSection(ReportRegimes.Dsa, "Digital Services Act: Regulation (EU) 2022/2065, Articles 15 and 24", Dsa(data)));
        }

        if (ReportRegimes.Includes(regime, ReportRegimes.Scp))
        {
            sections.Add(new ReportSection(ReportRegimes.Scp, "Santa Clara Principles 2.0: numbers", Scp(data)));
        }

        return sections;
    }

    // The predicates below are the definitions the sources name; keep them and the source texts in step.

    /// <summary>Removed or disabled (in some or all countries).</summary>
    private static bool IsRemoval(Decision d) => d.Action is DecisionActions.Remove or DecisionActions.Restrict;

    /// <summary>Any restriction with a statement of reasons: removal, restriction, label.</summary>
    private static bool IsRestriction(Decision d) => DecisionActions.IsRestriction(d.Action);

    /// <summary>TCO Art. 5 specific measure: an own-initiative removal that automated detection found.</summary>
    private static bool IsSpecificMeasure(Decision d) =>
        IsRemoval(d) && d.SourceType == "voluntary" && d.AutomatedDetection && d.RemovalOrderId is null;

    private const string RemovalFilter = "d.Action in ('remove','restrict')";
    private const string RestrictionFilter = "d.Action in ('remove','restrict','label')";
    private const string SpecificMeasureFilter = RemovalFilter + " && d.SourceType == 'voluntary' && d.AutomatedDetection && d.RemovalOrderId == null";
    private const string DecidedInPeriod = "d.DecidedAt >= @start && d.DecidedAt < @end";

    private IEnumerable<Decision> DecisionsInPeriod(ReportData data) => data.Decisions.Values.Where(d => data.InPeriod(d.DecidedAt));

    private static string Language(ReportData data, Decision d) =>
        data.ItemLanguages.GetValueOrDefault(d.ContentItemId) is { Length: > 0 } language ? language : "unknown";

    private static string Outcome(ReportData data, Complaint c) =>
        data.Before(c.DecidedAt) && c.Outcome is { } outcome ? outcome : "pending";

    private static double Seconds(DateTime from, DateTime to) => (to - from).TotalSeconds;

    private static IEnumerable<string> Months(ReportPeriod period)
    {
        for (var m = new DateTime(period.Start.Year, period.Start.Month, 1, 0, 0, 0, DateTimeKind.Utc); m < period.End; m = m.AddMonths(1))
        {
            yield return Month(m);
        }
    }

    private static string Month(DateTime at) => at.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
}
