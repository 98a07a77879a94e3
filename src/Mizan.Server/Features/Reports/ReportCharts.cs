using System.Globalization;
using System.Net;
using System.Text;
using Mizan.Data.Legal.Reports;

namespace Mizan.Server.Features.Reports;

/// <summary>
/// The charts of report figures as inline SVG (no script, no external resource), each titled and described for screen
/// readers and followed by its text alternative; and figure values as plain text. Shared by the HTML document of
/// GET /v1/reports/{id}/html and the console's report page.
/// </summary>
internal static class ReportCharts
{
    private const int ChartWidth = 640;
    private const int BarHeight = 20;
    private const int LabelWidth = 190;

    /// <summary>Whether a figure is drawn: it asks for a bar or column chart and some row has a positive value.</summary>
    public static bool Draws(ReportFigure f)
    {
        ArgumentNullException.ThrowIfNull(f);
        return f.Chart is "bar" or "column" && f.Rows is { Count: > 0 } rows && rows.Any(r => r.Value is > 0);
    }

    /// <summary>Appends the figure's chart (a <c>figure</c> with the SVG and its caption) when it has one.</summary>
    public static void Append(StringBuilder html, ReportFigure f)
    {
        ArgumentNullException.ThrowIfNull(html);
        if (Draws(f))
        {
            Chart(html, f, f.Rows!);
        }
    }

    /// <summary>The figure's chart as HTML, or an empty string when it has none.</summary>
    public static string Html(ReportFigure f)
    {
        var html = new StringBuilder();
        Append(html, f);
        return html.ToString();
    }

    /// <summary>An inline SVG chart: horizontal bars, or columns for series in time order; titled and described for screen readers.</summary>
    private static void Chart(StringBuilder html, ReportFigure f, IReadOnlyList<FigureRow> rows)
    {
        double max = rows.Max(r => r.Value ?? 0);
        string id = "chart-" + f.Id.Replace('.', '-');
        string description = f.Label + ": " + string.Join("; ", rows.Select(r => $"{r.Key} {Plain(f.Unit, r.Value)}")) + ".";
        html.Append("<figure>\n");
        if (f.Chart == "column")
        {
            int columns = rows.Count;
            const int plotHeight = 160;
            double step = (double)(ChartWidth - 40) / columns;
            int height = plotHeight + 60;
            Open(html, id, f.Label, description, height);
            for (int i = 0; i < columns; i++)
            {
                double value = rows[i].Value ?? 0;
                double h = max <= 0 ? 0 : value / max * plotHeight;
                double x = 20 + (i * step);
                html.Append(CultureInfo.InvariantCulture, $"<rect class=\"bar\" x=\"{x + (step * 0.1):0.#}\" y=\"{20 + plotHeight - h:0.#}\" width=\"{step * 0.8:0.#}\" height=\"{h:0.#}\"/>")
                    .Append(CultureInfo.InvariantCulture, $"<text x=\"{x + (step / 2):0.#}\" y=\"{16 + plotHeight - h:0.#}\" text-anchor=\"middle\">{E(Plain(f.Unit, rows[i].Value))}</text>")
                    .Append(CultureInfo.InvariantCulture, $"<text x=\"{x + (step / 2):0.#}\" y=\"{plotHeight + 38}\" text-anchor=\"middle\" transform=\"rotate(-30 {x + (step / 2):0.#} {plotHeight + 38})\">{E(rows[i].Key)}</text>\n");
            }
        }
        else
        {
            int height = (rows.Count * (BarHeight + 6)) + 10;
            Open(html, id, f.Label, description, height);
            int plot = ChartWidth - LabelWidth - 70;
            for (int i = 0; i < rows.Count; i++)
            {
                double value = rows[i].Value ?? 0;
                double w = max <= 0 ? 0 : value / max * plot;
                int y = 5 + (i * (BarHeight + 6));
                html.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth - 6}\" y=\"{y + 14}\" text-anchor=\"end\">{E(Shorten(rows[i].Key))}</text>")
                    .Append(CultureInfo.InvariantCulture, $"<rect class=\"bar\" x=\"{LabelWidth}\" y=\"{y}\" width=\"{w:0.#}\" height=\"{BarHeight}\"/>")
                    .Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth + w + 6:0.#}\" y=\"{y + 14}\">{E(Plain(f.Unit, rows[i].Value))}</text>\n");
            }
        }

        html.Append("</svg>\n<figcaption>").Append(E(description)).Append("</figcaption>\n</figure>\n");
    }

    private static void Open(StringBuilder html, string id, string title, string description, int height) =>
        html.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {ChartWidth} {height}\" width=\"{ChartWidth}\" height=\"{height}\" role=\"img\" aria-labelledby=\"{id}-t {id}-d\">\n")
            .Append("<title id=\"").Append(id).Append("-t\">").Append(E(title)).Append("</title>\n<desc id=\"").Append(id).Append("-d\">").Append(E(description)).Append("</desc>\n");

    /// <summary>A value as plain text: counts whole, shares in per cent, durations in h/min/s.</summary>
    public static string Plain(string unit, double? value)
    {
        if (value is not { } v)
        {
            return "none in the period";
        }

        return unit switch
        {
            "share" => (v * 100).ToString("0.#", CultureInfo.InvariantCulture) + " %",
            "seconds" => Duration(v),
            _ => v.ToString("#,0.##", CultureInfo.InvariantCulture),
        };
    }

    private static string Duration(double seconds)
    {
        var t = TimeSpan.FromSeconds(Math.Round(seconds));
        return t.TotalHours >= 1 ? $"{(long)t.TotalHours} h {t.Minutes:00} min"
            : t.TotalMinutes >= 1 ? $"{t.Minutes} min {t.Seconds:00} s"
            : $"{t.Seconds} s";
    }

    private static string Shorten(string key) => key.Length <= 28 ? key : key[..27] + "\u2026";

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
