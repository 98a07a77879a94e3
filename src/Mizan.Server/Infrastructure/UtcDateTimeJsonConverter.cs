using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Mizan.Server.Infrastructure;

/// <summary>
/// Every time in the API is UTC and says so: written as ISO 8601 with <c>Z</c> (the store hands times back without
/// a kind), read as UTC when the client gives no offset, converted to UTC when it gives one.
/// </summary>
internal sealed class UtcDateTimeJsonConverter : JsonConverter<DateTime>
{
    public override DateTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        string? text = reader.GetString();
        if (text is null || !DateTime.TryParse(
                text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var value)
            || !text.Contains('-', StringComparison.Ordinal))
        {
            throw new JsonException($"'{text}' is not an ISO 8601 date and time.");
        }

        return value;
    }

    public override void Write(Utf8JsonWriter writer, DateTime value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var utc = value.Kind switch
        {
            DateTimeKind.Local => value.ToUniversalTime(),
            DateTimeKind.Unspecified => DateTime.SpecifyKind(value, DateTimeKind.Utc),
            _ => value,
        };
        writer.WriteStringValue(utc.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture));
    }
}
