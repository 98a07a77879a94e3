using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Mizan.Data.Moderation.Items;

namespace Mizan.Server.ReviewConsole;

/// <summary>Formatting shared by the console's pages: times, ages, and matched spans highlighted inside content.</summary>
internal static class ConsoleFormat
{
    private static readonly HtmlEncoder s_html = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    /// <summary>A UTC time as <c>yyyy-MM-dd HH:mm</c> (the same in every interface language).</summary>
    public static string Time(DateTime? at) => at?.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + (at is null ? "" : " UTC");

    /// <summary>How long ago, in whole minutes, hours or days, with the unit's text key.</summary>
    public static (int Value, string Unit) Age(DateTime openedAt, DateTime now)
    {
        var age = now - openedAt;
        return age.TotalHours < 1 ? ((int)Math.Max(0, age.TotalMinutes), "Age.Minutes")
            : age.TotalDays < 1 ? ((int)age.TotalHours, "Age.Hours")
            : ((int)age.TotalDays, "Age.Days");
    }

    /// <summary>
    /// The text with every matched span (half-open UTF-16 offsets) wrapped in <c>&lt;mark&gt;</c>; overlapping spans
    /// merge, spans outside the text are clipped, and everything else is HTML-encoded.
    /// </summary>
    public static IHtmlContent Highlight(string text, IEnumerable<MatchView> matches) => Highlight(text, matches.Select(m => m.Span));

    /// <summary>The text with every span (half-open UTF-16 offsets; null or malformed ones skipped) marked as above.</summary>
    public static IHtmlContent Highlight(string text, IEnumerable<IReadOnlyList<int>?> matchedSpans)
    {
        ArgumentNullException.ThrowIfNull(text);
        var spans = matchedSpans.OfType<IReadOnlyList<int>>().Where(s => s.Count == 2)
            .Select(s => (Start: Math.Clamp(s[0], 0, text.Length), End: Math.Clamp(s[1], 0, text.Length)))
            .Where(s => s.End > s.Start).OrderBy(s => s.Start).ToList();
        var html = new StringBuilder();
        int at = 0;
        foreach (var (start, end) in spans)
        {
            if (end <= at)
            {
                continue;
            }

            int from = Math.Max(start, at);
            html.Append(s_html.Encode(text[at..from]));
            html.Append("<mark>").Append(s_html.Encode(text[from..end])).Append("</mark>");
            at = end;
        }

        html.Append(s_html.Encode(text[at..]));
        return new HtmlString(html.ToString());
    }

    /// <summary>The matched passage of a text match (for the signals table), or null.</summary>
    public static string? Excerpt(string? text, MatchView match) => Excerpt(text, match.Span);

    /// <summary>The passage of a text a span marks (at most 300 characters), or null.</summary>
    public static string? Excerpt(string? text, IReadOnlyList<int>? matchedSpan)
    {
        if (text is null || matchedSpan is not { Count: 2 } span)
        {
            return null;
        }

        int start = Math.Clamp(span[0], 0, text.Length);
        int end = Math.Clamp(span[1], start, text.Length);
        string passage = text[start..end];
        return passage.Length > 300 ? passage[..300] + "…" : passage;
    }

    /// <summary>A score as a number with at most four decimals.</summary>
    public static string Number(double? value) => value?.ToString("0.####", CultureInfo.InvariantCulture) ?? "";

    /// <summary>A UTC day as <c>yyyy-MM-dd</c>.</summary>
    public static string Day(DateTime at) => at.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
