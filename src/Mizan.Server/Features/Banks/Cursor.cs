using System.Globalization;
using System.Text;
using Mizan.Core;

namespace Mizan.Server.Features.Banks;

/// <summary>Opaque pagination cursors: base64url of the last row id seen, so pages are stable under inserts.</summary>
internal static class Cursor
{
    public static string Encode(long after) =>
        Convert.ToBase64String(Encoding.ASCII.GetBytes("r:" + after.ToString(CultureInfo.InvariantCulture)))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static long Decode(string? cursor)
    {
        if (string.IsNullOrEmpty(cursor))
        {
            return 0;
        }

        try
        {
            string b64 = cursor.Replace('-', '+').Replace('_', '/');
            b64 = b64.PadRight(b64.Length + ((4 - (b64.Length % 4)) % 4), '=');
            string text = Encoding.ASCII.GetString(Convert.FromBase64String(b64));
            if (text.StartsWith("r:", StringComparison.Ordinal)
                && long.TryParse(text.AsSpan(2), NumberStyles.None, CultureInfo.InvariantCulture, out long after))
            {
                return after;
            }
        }
        catch (FormatException)
        {
        }

        throw new MizanException(ErrorCodes.InvalidRequest, "The cursor is not valid; use the nextCursor of a previous page.");
    }
}
