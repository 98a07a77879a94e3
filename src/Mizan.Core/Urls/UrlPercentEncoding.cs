using System.Buffers;
using System.Text;

namespace Mizan.Core.Urls;

/// <summary>
/// Percent-encoding normalisation of one path segment or query component (RFC 3986 §2.1, §6.2.2.1, §6.2.2.2).
/// </summary>
/// <remarks>
/// The output is a fixed point: normalising it again changes nothing, and a raw character and its percent-encoded
/// spelling normalise to the same text whenever RFC 3986 says they are equivalent.
/// <list type="bullet">
/// <item>An escape of an unreserved character (RFC 3986 §2.3: letters, digits, <c>-._~</c>) is decoded.</item>
/// <item>Every other escape is kept, with upper-case hex digits.</item>
/// <item>A <c>%</c> not followed by two hex digits is itself encoded as <c>%25</c>.</item>
/// <item>ASCII characters outside the component's allowed set (space, <c>"</c>, <c>&lt;</c>, <c>\</c>, …) are encoded.</item>
/// <item>Non-ASCII characters are encoded as the percent-escapes of their UTF-8 bytes (RFC 3987 §3.1), so a raw
/// Unicode path equals its encoded form.</item>
/// </list>
/// </remarks>
internal static class UrlPercentEncoding
{
    // RFC 3986 §3.3 pchar = unreserved / pct-encoded / sub-delims / ":" / "@".
    private const string PathCharacters =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&'()*+,;=:@";

    private static readonly SearchValues<char> s_pathRaw = SearchValues.Create(PathCharacters);

    // RFC 3986 §3.4 query = *( pchar / "/" / "?" ).
    private static readonly SearchValues<char> s_queryRaw = SearchValues.Create(PathCharacters + "/?");

    private const string HexDigits = "0123456789ABCDEF";

    /// <summary>Whether <paramref name="c"/> is unreserved (RFC 3986 §2.3).</summary>
    public static bool IsUnreserved(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' or '~';

    /// <summary>Appends the normalised form of a path segment (which holds no <c>/</c>).</summary>
    public static void AppendPathSegment(StringBuilder builder, ReadOnlySpan<char> segment) =>
        Append(builder, segment, s_pathRaw);

    /// <summary>Appends the normalised form of a query parameter name or value.</summary>
    public static void AppendQueryComponent(StringBuilder builder, ReadOnlySpan<char> component) =>
        Append(builder, component, s_queryRaw);

    private static void Append(StringBuilder builder, ReadOnlySpan<char> text, SearchValues<char> raw)
    {
        Span<byte> utf8 = stackalloc byte[4];
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '%')
            {
                if (i + 2 < text.Length && char.IsAsciiHexDigit(text[i + 1]) && char.IsAsciiHexDigit(text[i + 2]))
                {
                    byte value = (byte)((HexValue(text[i + 1]) << 4) | HexValue(text[i + 2]));
                    if (value < 0x80 && IsUnreserved((char)value))
                    {
                        builder.Append((char)value);
                    }
                    else
                    {
                        AppendEscape(builder, value);
                    }

                    i += 2;
                }
                else
                {
                    AppendEscape(builder, (byte)'%');
                }
            }
            else if (char.IsAscii(c))
            {
                if (raw.Contains(c))
                {
                    builder.Append(c);
                }
                else
                {
                    AppendEscape(builder, (byte)c);
                }
            }
            else
            {
                // The canonicaliser rejects unpaired surrogates up front; should one arrive anyway, it is encoded
                // as U+FFFD rather than failing.
                Rune.DecodeFromUtf16(text[i..], out Rune rune, out int consumed);
                int written = rune.EncodeToUtf8(utf8);
                for (int b = 0; b < written; b++)
                {
                    AppendEscape(builder, utf8[b]);
                }

                i += consumed - 1;
            }
        }
    }

    private static void AppendEscape(StringBuilder builder, byte value) =>
        builder.Append('%').Append(HexDigits[value >> 4]).Append(HexDigits[value & 0xF]);

    private static int HexValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
}
