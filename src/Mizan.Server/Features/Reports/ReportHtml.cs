using System.Globalization;
using System.Net;
using System.Text;
using Mizan.Data.Legal.Reports;

namespace Mizan.Server.Features.Reports;

/// <summary>
/// Renders a report as one self-contained HTML document: no script, no external resource, print-friendly. Each
/// figure shows its value, its breakdown as a table, an inline SVG chart where the figure asks for one (with a
/// text alternative), and the query it came from.
/// </summary>
internal static class ReportHtml
{
    private const string Style = """
        body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: #111; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; }
        h1 { font-size: 1.7rem; margin-bottom: .2rem; } h2 { border-bottom: 2px solid #333; padding-bottom: .2rem; margin-top: 2.5rem; }
        h3 { font-size: 1.05rem; margin: 0 0 .3rem; } .meta { color: #444; } code { font-size: .85em; }
        section.figure { border-top: 1px solid #ccc; padding: .8rem 0; break-inside: avoid; }
        .value { font-size: 1.4rem; font-weight: 600; } .undefined { color: #666; font-weight: 400; font-size: 1rem; }
        table { border-collapse: collapse; margin: .4rem 0; } th, td { border: 1px solid #bbb; padding: .15rem .5rem; text-align: left; }
        td.num { text-align: right; font-variant-numeric: tabular-nums; }
        dl.source { font-size: .8rem; color: #333; display: grid; grid-template-columns: max-content 1fr; gap: 0 .8rem; margin: .4rem 0 0; }
        dl.source dt { font-weight: 600; } dl.source dd { margin: 0; font-family: ui-monospace, monospace; }
        svg { max-width: 100%; height: auto; } svg text { font: 12px system-ui, sans-serif; fill: #111; } svg .bar { fill: #2f5d8a; }
        nav ol { columns: 2; } .text { white-space: pre-wrap; }
        @media print { body { margin: 0; max-width: none; font-size: 11pt; } nav { display: none; } a { color: inherit; text-decoration: none; } svg .bar { fill: #555; } }
        """;

    public static string Render(TransparencyReportDocument report, string sha256)
    {
        ArgumentNullException.ThrowIfNull(report);
        var html = new StringBuilder(64 * 1024);
        string period = $"{Day(report.PeriodStart)} to {Day(report.PeriodEnd.AddTicks(-1))}";
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>Transparency report ").Append(E(period)).Append("</title>\n<style>\n").Append(Style).Append("\n</style>\n</head>\n<body>\n<header>\n")
            .Append("<h1>Transparency report</h1>\n<p class=\"meta\">Period: <strong>").Append(E(period)).Append("</strong> (")
            .Append(E(Instant(report.PeriodStart))).Append(" up to, not including, ").Append(E(Instant(report.PeriodEnd))).Append(").<br>\n")
            .Append("Report ").Append(report.Id.ToString(CultureInfo.InvariantCulture)).Append(", regime <code>").Append(E(report.Regime))
            .Append("</code>, generated ").Append(E(Instant(report.GeneratedAt))).Append(" by ").Append(E(report.GeneratedBy))
            .Append(" with definitions <code>").Append(E(report.GeneratorVersion)).Append("</code>.<br>\n")
            .Append("SHA-256 of the JSON report: <code>").Append(E(sha256)).Append("</code></p>\n")
            .Append("<p class=\"meta\">Every figure names its source: the tables read, the filter (@start and @end are the period's bounds, the end excluded), ")
            .Append("the aggregation and the version of the definition. Durations are from receipt to the event; shares are of the stated whole; ")
            .Append("\u201cnone in the period\u201d marks a median or share of nothing.</p>\n</header>\n<nav>\n<ol>\n");
        foreach (var section in report.Sections)
        {
            html.Append("<li><a href=\"#").Append(E(section.Id)).Append("\">").Append(E(section.Title)).Append("</a></li>\n");
        }

        html.Append("</ol>\n</nav>\n<main>\n");
        foreach (var section in report.Sections)
        {
            html.Append("<h2 id=\"").Append(E(section.Id)).Append("\">").Append(E(section.Title)).Append("</h2>\n");
            foreach (var figure in section.Figures)
            {
                Figure(html, figure);
            }
        }

        html.Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void Figure(StringBuilder html, ReportFigure f)
    {
        html.Append("<section class=\"figure\" id=\"").Append(E(f.Id)).Append("\" data-unit=\"").Append(E(f.Unit)).Append("\" data-value=\"")
            .Append(f.Value is { } v ? v.ToString("R", CultureInfo.InvariantCulture) : "").Append("\">\n<h3>").Append(E(f.Label)).Append("</h3>\n");
        if (f.Text is not null)
        {
            html.Append("<p class=\"text\">").Append(E(f.Text)).Append("</p>\n");
        }
        else
        {
            html.Append("<p class=\"value\">").Append(Format(f.Unit, f.Value)).Append("</p>\n");
        }

        if (f.Rows is { Count: > 0 } rows)
        {
            ReportCharts.Append(html, f);

            html.Append("<table>\n<thead><tr><th scope=\"col\">").Append("Group").Append("</th><th scope=\"col\">")
                .Append(Heading(f.Unit)).Append("</th></tr></thead>\n<tbody>\n");
            foreach (var row in rows)
            {
                html.Append("<tr><th scope=\"row\">").Append(E(row.Key)).Append("</th><td class=\"num\">").Append(Format(f.Unit, row.Value)).Append("</td></tr>\n");
            }

            html.Append("</tbody>\n</table>\n");
        }

        html.Append("<dl class=\"source\"><dt>Figure</dt><dd>").Append(E(f.Id)).Append("</dd><dt>Tables</dt><dd>").Append(E(string.Join(", ", f.Source.Tables)))
            .Append("</dd><dt>Filter</dt><dd>").Append(E(f.Source.Filter)).Append("</dd><dt>Aggregation</dt><dd>").Append(E(f.Source.Aggregation))
            .Append("</dd><dt>Version</dt><dd>").Append(E(f.Source.Version)).Append("</dd></dl>\n</section>\n");
    }

    private static string Heading(string unit) => unit switch
    {
        "share" => "Share",
        "seconds" => "Median",
        _ => "Count",
    };

    /// <summary>A value as the document shows it (HTML).</summary>
    private static string Format(string unit, double? value) =>
        value is null ? "<span class=\"undefined\">none in the period</span>" : E(ReportCharts.Plain(unit, value));

    private static string Day(DateTime at) => at.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    private static string Instant(DateTime at) => at.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
