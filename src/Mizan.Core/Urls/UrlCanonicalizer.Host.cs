using System.Buffers;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Unicode;

namespace Mizan.Core.Urls;

public static partial class UrlCanonicalizer
{
    private const int MaxLabelLength = 63; // RFC 1035 §2.3.4
    private const int MaxPort = 65535;
    private const string WwwPrefix = "www.";
    private const string PunycodePrefix = "xn--"; // RFC 3490 §5 ACE prefix

    // UTS #46 §2.3: these characters separate labels just as '.' does.
    private const char IdeographicFullStop = '\u3002';
    private const char FullwidthFullStop = '\uFF0E';
    private const char HalfwidthIdeographicFullStop = '\uFF61';

    private static readonly SearchValues<char> s_labelCharacters =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789-_");

    private static readonly SearchValues<char> s_hexDigits = SearchValues.Create("0123456789abcdefABCDEF");

    private static readonly SearchValues<char> s_ipv6Characters =
        SearchValues.Create("0123456789abcdefABCDEF:.");

    private static string? ParseAuthority(ReadOnlySpan<char> authority, out string host, out UrlHostKind kind, out int? port)
    {
        host = string.Empty;
        kind = UrlHostKind.DnsName;
        port = null;
        ReadOnlySpan<char> hostText = authority;
        ReadOnlySpan<char> portText = [];
        if (authority.StartsWith('['))
        {
            int close = authority.IndexOf(']');
            if (close < 0)
            {
                return "The IPv6 address in the host has no closing ']'.";
            }

            hostText = authority[..(close + 1)];
            ReadOnlySpan<char> after = authority[(close + 1)..];
            if (!after.IsEmpty)
            {
                if (after[0] != ':')
                {
                    return $"Unexpected text '{after.ToString()}' after the IPv6 address in the host.";
                }

                portText = after[1..];
            }
        }
        else
        {
            int colon = authority.IndexOf(':');
            if (colon >= 0)
            {
                hostText = authority[..colon];
                portText = authority[(colon + 1)..];
            }
        }

        if (ParsePort(portText, out port) is { } portError)
        {
            return portError;
        }

        if (hostText.IsEmpty)
        {
            return "The URL has no host.";
        }

        if (hostText[0] == '[')
        {
            kind = UrlHostKind.IPv6;
            return ParseIPv6(hostText, out host);
        }

        return ParseHostName(hostText, out host, out kind);
    }

    /// <summary>Parses a port; an empty port (as in "example.org:/") is the default one.</summary>
    private static string? ParsePort(ReadOnlySpan<char> text, out int? port)
    {
        port = null;
        if (text.IsEmpty)
        {
            return null;
        }

        if (text.ContainsAnyExceptInRange('0', '9'))
        {
            return $"The port '{text.ToString()}' is not a number.";
        }

        ReadOnlySpan<char> digits = text.TrimStart('0');
        int value = 0;
        if (digits.Length > 5 || (digits.Length > 0 && (value = int.Parse(digits, CultureInfo.InvariantCulture)) > MaxPort))
        {
            return $"The port '{text.ToString()}' is out of range; ports run from 0 to {MaxPort}.";
        }

        // RFC 3986 §6.2.3: the scheme's default port is omitted. The scheme is unified to https, so both defaults go.
        port = value is 80 or 443 ? null : value;
        return null;
    }

    private static string? ParseIPv6(ReadOnlySpan<char> bracketed, out string host)
    {
        host = string.Empty;
        ReadOnlySpan<char> address = bracketed[1..^1];
        if (address.IsEmpty || address.ContainsAnyExcept(s_ipv6Characters)
            || !IPAddress.TryParse(address, out IPAddress? parsed) || parsed.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return $"The host '{bracketed.ToString()}' is not a valid IPv6 address (zone identifiers are not allowed).";
        }

        // IPAddress formats IPv6 as RFC 5952 recommends: lower case, longest zero run compressed.
        host = $"[{parsed}]";
        return null;
    }

    private static string? ParseHostName(ReadOnlySpan<char> raw, out string host, out UrlHostKind kind)
    {
        host = string.Empty;
        kind = UrlHostKind.DnsName;
        string name;
        if (raw.Contains('%'))
        {
            if (!TryPercentDecodeHost(raw, out name))
            {
                return $"The host '{raw.ToString()}' has percent-escapes that are not valid UTF-8.";
            }
        }
        else
        {
            name = raw.ToString();
        }

        if (name.AsSpan().ContainsAnyExceptInRange('\0', '\x7F'))
        {
            // UTS #46 processing (mapping, normalisation, validity, punycode). The full-stop variants are label
            // separators (UTS #46 §2.3); mapping them here keeps that independent of the platform's IDNA library.
            name = name.Replace(IdeographicFullStop, '.').Replace(FullwidthFullStop, '.')
                .Replace(HalfwidthIdeographicFullStop, '.');
            try
            {
                // UseStd3AsciiRules off, as in browsers (WHATWG URL Standard "domain to ASCII"); the label check
                // below then rejects the ASCII characters a host may not contain.
                name = new IdnMapping { AllowUnassigned = false, UseStd3AsciiRules = false }.GetAscii(name);
            }
            catch (ArgumentException)
            {
                return $"The host '{raw.ToString()}' is not a valid internationalised domain name (UTS #46).";
            }
        }

        name = name.ToLowerInvariant();
        if (name.EndsWith('.'))
        {
            // A fully qualified name and its relative form name the same host.
            name = name[..^1];
        }

        if (name.Length == 0)
        {
            return "The URL has no host.";
        }

        if (EndsInNumber(name))
        {
            kind = UrlHostKind.IPv4;
            return TryParseIPv4(name, out host)
                ? null
                : $"The host '{raw.ToString()}' ends in a number but is not a valid IPv4 address.";
        }

        if (name.Length > MaxHostLength)
        {
            return $"The host is {name.Length} characters long; at most {MaxHostLength} are allowed.";
        }

        if (CheckLabels(name, raw) is { } labelError)
        {
            return labelError;
        }

        // Every leading "www." label goes (not just one), so that the result is a fixed point.
        int start = 0;
        while (name.AsSpan(start).StartsWith(WwwPrefix, StringComparison.Ordinal)
            && name.IndexOf('.', start + WwwPrefix.Length) > 0)
        {
            start += WwwPrefix.Length;
        }

        if (start > 0)
        {
            name = name[start..];
        }

        host = name;
        return null;
    }

    /// <summary>Checks the labels of an ASCII host; errors quote <paramref name="raw"/>, the host as written.</summary>
    private static string? CheckLabels(string name, ReadOnlySpan<char> raw)
    {
        ReadOnlySpan<char> rest = name;
        while (true)
        {
            int dot = rest.IndexOf('.');
            ReadOnlySpan<char> label = dot < 0 ? rest : rest[..dot];
            if (label.IsEmpty)
            {
                return $"The host '{raw.ToString()}' has an empty label.";
            }

            if (label.Length > MaxLabelLength)
            {
                return $"The host '{raw.ToString()}' has a label of {label.Length} characters; at most {MaxLabelLength} are allowed.";
            }

            int bad = label.IndexOfAnyExcept(s_labelCharacters);
            if (bad >= 0)
            {
                char c = label[bad];
                string shown = c is >= ' ' and < '\x7F' ? $"'{c}'" : $"U+{(int)c:X4}";
                return $"The host '{raw.ToString()}' contains {shown}, which is not allowed in a domain name.";
            }

            if (label.StartsWith(PunycodePrefix, StringComparison.Ordinal) && !IsValidPunycodeLabel(label))
            {
                return $"The host '{raw.ToString()}' has the label '{label.ToString()}', which is not a valid internationalised label (punycode, RFC 3492; UTS #46).";
            }

            if (dot < 0)
            {
                return null;
            }

            rest = rest[(dot + 1)..];
        }
    }

    /// <summary>
    /// Whether an <c>xn--</c> label decodes to a valid UTS #46 label whose ASCII form is the label itself, so that
    /// every host has exactly one spelling.
    /// </summary>
    private static bool IsValidPunycodeLabel(ReadOnlySpan<char> label)
    {
        var idn = new IdnMapping { AllowUnassigned = false, UseStd3AsciiRules = false };
        try
        {
            string unicode = idn.GetUnicode(label.ToString());
            return label.Equals(idn.GetAscii(unicode), StringComparison.Ordinal);
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static bool TryPercentDecodeHost(ReadOnlySpan<char> raw, out string name)
    {
        name = string.Empty;
        var builder = new StringBuilder(raw.Length);
        byte[] bytes = ArrayPool<byte>.Shared.Rent(raw.Length);
        char[] chars = ArrayPool<char>.Shared.Rent(raw.Length);
        try
        {
            int i = 0;
            while (i < raw.Length)
            {
                if (!IsEscapeAt(raw, i))
                {
                    builder.Append(raw[i++]);
                    continue;
                }

                // A run of escapes is decoded as UTF-8 together, since one character may span several.
                int count = 0;
                while (IsEscapeAt(raw, i))
                {
                    bytes[count++] = byte.Parse(raw.Slice(i + 1, 2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
                    i += 3;
                }

                if (Utf8.ToUtf16(bytes.AsSpan(0, count), chars, out _, out int written, replaceInvalidSequences: false)
                    != OperationStatus.Done)
                {
                    return false;
                }

                builder.Append(chars.AsSpan(0, written));
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
            ArrayPool<byte>.Shared.Return(bytes);
        }

        name = builder.ToString();
        return true;
    }

    private static bool IsEscapeAt(ReadOnlySpan<char> text, int i) =>
        i + 2 < text.Length && text[i] == '%' && char.IsAsciiHexDigit(text[i + 1]) && char.IsAsciiHexDigit(text[i + 2]);

    /// <summary>WHATWG URL Standard "ends in a number": the last label is decimal digits or 0x and hex digits.</summary>
    private static bool EndsInNumber(string name)
    {
        ReadOnlySpan<char> last = name.AsSpan(name.LastIndexOf('.') + 1);
        if (last.IsEmpty)
        {
            return false;
        }

        if (!last.ContainsAnyExceptInRange('0', '9'))
        {
            return true;
        }

        return last.Length >= 2 && last[0] == '0' && (last[1] | 0x20) == 'x' && !last[2..].ContainsAnyExcept(s_hexDigits);
    }

    /// <summary>
    /// WHATWG URL Standard "IPv4 parser": one to four parts, each decimal, octal (leading 0) or hex (0x); the last
    /// part fills the remaining bytes, so <c>3221225985</c>, <c>192.0.513</c> and <c>0xC0.0.2.1</c> are all
    /// 192.0.2.1, as browsers read them.
    /// </summary>
    private static bool TryParseIPv4(string name, out string address)
    {
        address = string.Empty;
        Span<ulong> parts = stackalloc ulong[4];
        int count = 0;
        foreach (Range range in name.AsSpan().Split('.'))
        {
            if (count == 4 || !TryParseIPv4Part(name.AsSpan()[range], out parts[count]))
            {
                return false;
            }

            count++;
        }

        for (int i = 0; i < count - 1; i++)
        {
            if (parts[i] > 255)
            {
                return false;
            }
        }

        if (parts[count - 1] >= 1UL << (8 * (5 - count)))
        {
            return false;
        }

        ulong value = parts[count - 1];
        for (int i = 0; i < count - 1; i++)
        {
            value += parts[i] << (8 * (3 - i));
        }

        address = $"{value >> 24}.{(value >> 16) & 0xFF}.{(value >> 8) & 0xFF}.{value & 0xFF}";
        return true;
    }

    private static bool TryParseIPv4Part(ReadOnlySpan<char> part, out ulong value)
    {
        value = 0;
        if (part.IsEmpty)
        {
            return false;
        }

        int radix = 10;
        if (part.Length >= 2 && part[0] == '0' && (part[1] | 0x20) == 'x')
        {
            radix = 16;
            part = part[2..];
        }
        else if (part.Length >= 2 && part[0] == '0')
        {
            radix = 8;
            part = part[1..];
        }

        foreach (char c in part)
        {
            int digit = char.IsAsciiDigit(c) ? c - '0' : char.IsAsciiHexDigit(c) ? (c | 0x20) - 'a' + 10 : radix;
            if (digit >= radix)
            {
                return false;
            }

            value = value * (ulong)radix + (ulong)digit;
            if (value > uint.MaxValue)
            {
                return false;
            }
        }

        return true;
    }
}
