using System.Globalization;
using Mizan.Core;

namespace Mizan.Data.Legal.Reports;

/// <summary>A reporting period [<see cref="Start"/>, <see cref="End"/>) in UTC.</summary>
public sealed record ReportPeriod(DateTime Start, DateTime End)
{
    private static readonly DateTime s_earliest = new(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime s_latest = new(2100, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>The calendar year <paramref name="year"/> (the TCO Art. 7(2) reporting period).</summary>
    public static ReportPeriod Year(int year)
    {
        if (year is < 2000 or > 2099)
        {
            throw new MizanException(ErrorCodes.InvalidRequest, $"\"year\" must be 2000-2099; got {year}.");
        }

        return new ReportPeriod(new DateTime(year, 1, 1, 0, 0, 0, DateTimeKind.Utc), new DateTime(year + 1, 1, 1, 0, 0, 0, DateTimeKind.Utc));
    }

    /// <summary>
    /// The period a request names: <paramref name="year"/>, or <paramref name="start"/> and <paramref name="end"/>
    /// (ISO 8601 dates, or date-times in UTC with Z), or when none is given the last full calendar year before
    /// <paramref name="now"/>. Bad input is an <see cref="ErrorCodes.InvalidRequest"/> error.
    /// </summary>
    public static ReportPeriod Parse(int? year, string? start, string? end, DateTime now, int maxYears)
    {
        if (year is { } y)
        {
            if (start is not null || end is not null)
            {
                throw new MizanException(ErrorCodes.InvalidRequest, "Give either \"year\" or \"start\" and \"end\", not both.");
            }

            return Year(y);
        }

        if (start is null && end is null)
        {
            return Year(now.Year - 1);
        }

        if (start is null || end is null)
        {
            throw new MizanException(ErrorCodes.InvalidRequest, "\"start\" and \"end\" go together.");
        }

        var period = new ReportPeriod(Instant(start, "start"), Instant(end, "end"));
        if (period.End <= period.Start)
        {
            throw new MizanException(ErrorCodes.InvalidRequest, "\"end\" must be after \"start\" (the period is [start, end)).");
        }

        if (period.End > period.Start.AddYears(maxYears))
        {
            throw new MizanException(ErrorCodes.InvalidRequest, $"A report covers at most {maxYears} years.");
        }

        return period;
    }

    private static DateTime Instant(string text, string name)
    {
        string[] formats = ["yyyy-MM-dd", "yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", "yyyy-MM-dd'T'HH:mm'Z'"];
        if (!DateTime.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var at))
        {
            throw new MizanException(ErrorCodes.InvalidRequest, $"\"{name}\" must be an ISO 8601 date (2025-01-01) or a UTC date-time (2025-01-01T00:00:00Z).");
        }

        if (at < s_earliest || at > s_latest)
        {
            throw new MizanException(ErrorCodes.InvalidRequest, $"\"{name}\" must lie between 2000 and 2100.");
        }

        return DateTime.SpecifyKind(at, DateTimeKind.Utc);
    }
}
