using System.Globalization;
using Mizan.Core;

namespace Mizan.Server.ReviewConsole;

/// <summary>Dates as the console's date fields post them (<c>yyyy-MM-dd</c>, read as 00:00 UTC of that day).</summary>
internal static class ConsoleDates
{
    /// <summary>The date as 00:00 UTC, null when empty; anything else is invalid input named after <paramref name="field"/>.</summary>
    public static DateTimeOffset? Parse(string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)
            : throw new MizanException(ErrorCodes.InvalidRequest, $"\"{field}\" must be a date (yyyy-MM-dd).");
    }

    /// <summary>A UTC time as the value of a date field.</summary>
    public static string Value(DateTime at) => at.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
