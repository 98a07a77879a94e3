using System.Globalization;
using Mizan.Core;

namespace Mizan.Server.Features.Referrals;

/// <summary>Query-string filters of the authorities' listings, read strictly: a bad value is a 400 problem.</summary>
internal static class QueryValues
{
    public static DateTime? Time(string? value, string name)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
            ? parsed.UtcDateTime
            : throw new MizanException(ErrorCodes.InvalidRequest, $"{name} must be an ISO 8601 time such as 2026-11-28T02:00:00Z.");
    }

    public static long? Id(string? value, string name)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        return long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out long id) && id > 0
            ? id
            : throw new MizanException(ErrorCodes.InvalidRequest, $"{name} must be a positive whole number.");
    }

    public static bool? Flag(string? value, string name) => value switch
    {
        null or "" => null,
        "true" => true,
        "false" => false,
        _ => throw new MizanException(ErrorCodes.InvalidRequest, $"{name} must be true or false."),
    };

    public static string? Text(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
