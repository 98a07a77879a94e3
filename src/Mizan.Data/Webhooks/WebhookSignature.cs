using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Mizan.Data.Webhooks;

/// <summary>
/// Webhook signatures: HMAC-SHA256 (RFC 2104) keyed with the subscription's secret over the UTF-8 bytes of
/// <c>timestamp + "." + body</c>, where the timestamp is the <c>Mizan-Timestamp</c> header (Unix seconds) and the
/// body the exact request body. Sent as <c>Mizan-Signature: sha256=&lt;lower-case hex&gt;</c>.
/// </summary>
public static class WebhookSignature
{
    /// <summary>The header carrying the delivery id (the same on every retry).</summary>
    public const string DeliveryIdHeader = "Mizan-Delivery-Id";

    /// <summary>The header carrying the event type.</summary>
    public const string EventTypeHeader = "Mizan-Event-Type";

    /// <summary>The header carrying the time of this attempt, in Unix seconds.</summary>
    public const string TimestampHeader = "Mizan-Timestamp";

    /// <summary>The header carrying the signature.</summary>
    public const string SignatureHeader = "Mizan-Signature";

    /// <summary>The signature header's value for this timestamp and body.</summary>
    public static string Sign(string secret, long timestamp, string body)
    {
        ArgumentNullException.ThrowIfNull(secret);
        ArgumentNullException.ThrowIfNull(body);
        byte[] mac = HMACSHA256.HashData(
            Encoding.UTF8.GetBytes(secret),
            Encoding.UTF8.GetBytes(timestamp.ToString(CultureInfo.InvariantCulture) + "." + body));
        return "sha256=" + Convert.ToHexStringLower(mac);
    }

    /// <summary>Whether <paramref name="signature"/> is the signature of this timestamp and body (constant time).</summary>
    public static bool Verify(string secret, long timestamp, string body, string? signature) =>
        signature is not null
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(secret, timestamp, body)), Encoding.ASCII.GetBytes(signature));
}
