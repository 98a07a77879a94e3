using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace Mizan.Core.Urls;

/// <summary>
/// Turns the many spellings of a web URL into one <see cref="CanonicalUrl"/>, so that a URL posted on a platform
/// can be compared with the URLs held in a bank (see <see cref="UrlIndex"/>).
/// </summary>
/// <remarks>
/// <para>
/// The rules follow the syntax-based and scheme-based normalisations of RFC 3986 §6.2.2 and §6.2.3, with the
/// lenient parsing that browsers apply (the WHATWG URL Standard) where a user would expect two spellings to reach
/// the same page, and a few further normalisations that trust-and-safety matching needs:
/// </para>
/// <list type="number">
/// <item><b>Input.</b> Leading and trailing white space is trimmed. The rest, and the canonical result, must be 1 to
/// <see cref="MaxLength"/> characters. The input must be valid UTF-16 (no unpaired surrogates) with no control
/// characters (C0, DEL, C1) anywhere; inner tabs and line breaks are rejected rather than silently removed, so
/// mangled input is reported.</item>
/// <item><b>Scheme.</b> Only <c>http</c> and <c>https</c>, in any case; any other scheme (<c>ftp:</c>,
/// <c>javascript:</c>, <c>mailto:</c>, …) is an error. A missing scheme is allowed (<c>example.org/x</c>,
/// <c>//example.org/x</c>, <c>example.org:8080/x</c>); <c>name:</c> followed by anything but a port is read as a
/// scheme, so a scheme-less URL cannot carry <c>user:password@</c>. Any number of <c>/</c> or <c>\</c> may follow
/// the colon, as browsers allow. The canonical scheme is always <c>https</c>: the same page served over http and
/// https is the same content, so the scheme is kept out of <see cref="CanonicalUrl.Value"/> and not recorded.</item>
/// <item><b>User information</b> (<c>user:password@</c>) is removed; it does not change the resource, and it is a
/// known way to disguise a link (<c>https://trusted.example@evil.example/</c> goes to <c>evil.example</c>).</item>
/// <item><b>Host.</b> Percent-escapes are decoded (as browsers do). A name with non-ASCII characters is converted
/// to its ASCII (punycode) form with <see cref="System.Globalization.IdnMapping"/>, which applies UTS #46
/// processing (non-transitional mapping: case folding, width folding, NFC, the ideographic full stops read as
/// dots), so a name in Arabic script and its <c>xn--</c> form are equal, as are <c>BÜCHER.de</c> and
/// <c>xn--bcher-kva.de</c>. An <c>xn--</c> label must decode to a valid label whose ASCII form is itself. Then: lower
/// case; one trailing dot removed; at most <see cref="MaxHostLength"/> characters; labels of 1 to 63 letters,
/// digits, <c>-</c> and <c>_</c> (underscores and edge hyphens in ASCII labels are allowed: browsers resolve them).
/// Leading <c>www.</c> labels are removed while at least two labels remain (<c>www.example.org</c> and
/// <c>www.www.example.org</c> → <c>example.org</c>, but <c>www.example</c> is kept): the prefix almost never names
/// different content, and keeping it would let a bank entry be evaded by adding or dropping it. Other prefixes
/// (<c>m.</c>, <c>www2.</c>) are kept; a <see cref="UrlMatchScope.Domain"/> entry covers them.</item>
/// <item><b>IP literals.</b> A host whose last label is a number is an IPv4 address in any form browsers accept
/// (<c>192.0.2.1</c>, <c>3221225985</c>, <c>0xC0.0.2.1</c>, <c>0300.0.2.1</c>, <c>192.0.513</c>) and is written in
/// dotted decimal; if it is not a valid address it is an error. IPv6 addresses go in brackets and are written in
/// RFC 5952 form (<c>[2001:DB8:0:0::1]</c> → <c>[2001:db8::1]</c>); zone identifiers are not allowed.</item>
/// <item><b>Port.</b> Digits only, at most 65535; 80 and 443 are removed whatever the input scheme (with the
/// scheme unified, keeping either would make the canonical form change when canonicalised again).</item>
/// <item><b>Path.</b> <c>\</c> is a separator, as in browsers. Each segment's percent-encoding is normalised (see
/// below); <c>.</c> and <c>..</c> segments, including encoded ones such as <c>%2E%2E</c>, are resolved (RFC 3986
/// §5.2.4); then empty segments are removed, which collapses repeated slashes and removes a trailing slash. An
/// empty path is <c>/</c>. Case is kept.</item>
/// <item><b>Query.</b> Split on <c>&amp;</c> into parameters (empty ones dropped), each split at its first
/// <c>=</c>; names and values have their percent-encoding normalised; tracking parameters listed in
/// <see cref="UrlTrackingParameters"/> are removed; the rest are sorted by name (ordinal, stable, so repeated names
/// keep their order). An empty query is removed. <c>+</c> and <c>%20</c> stay distinct, as in RFC 3986, and
/// <c>a</c> and <c>a=</c> stay distinct.</item>
/// <item><b>Fragment</b> (<c>#…</c>) is removed: it is never sent to the server.</item>
/// <item><b>Percent-encoding</b> in the path and query (RFC 3986 §2.1, §6.2.2.1, §6.2.2.2): escapes of unreserved
/// characters (letters, digits, <c>-._~</c>) are decoded, other escapes get upper-case hex digits, a stray
/// <c>%</c> becomes <c>%25</c>, characters not allowed raw (space, <c>"</c>, <c>&lt;</c>, <c>|</c>, …) are
/// encoded, and non-ASCII characters are encoded as their UTF-8 bytes, so a raw Unicode path equals its encoded
/// form.</item>
/// </list>
/// <para>
/// Out of scope: following URL shorteners and redirects, recognising mirrors or alternative front-ends of a site,
/// and site-specific rewriting (for example <c>youtu.be/ID</c> to <c>youtube.com/watch?v=ID</c>). A bank that
/// needs them holds each form as its own entry.
/// </para>
/// </remarks>
public static partial class UrlCanonicalizer
{
    /// <summary>
    /// The longest input accepted, in UTF-16 characters after trimming white space, and the longest canonical
    /// <see cref="CanonicalUrl.Value"/> (which percent-encoding can make longer than the input).
    /// </summary>
    public const int MaxLength = 2048;

    /// <summary>The longest host accepted, in ASCII characters after IDNA conversion (RFC 1035 §2.3.4).</summary>
    public const int MaxHostLength = 253;

    private const string CanonicalScheme = "https://";

    // RFC 3986 §3.2: the authority ends at the first "/", "?" or "#"; browsers treat "\" as "/" in web URLs.
    private static readonly SearchValues<char> s_authorityEnd = SearchValues.Create("/\\?#");

    /// <summary>Canonicalises a URL, reporting what is wrong with it instead of throwing.</summary>
    /// <param name="input">The URL as posted or entered; <see langword="null"/> is reported as empty.</param>
    /// <param name="url">The canonical URL, or <see langword="null"/> when the input is not a valid web URL.</param>
    /// <param name="error">Why the input is not a valid web URL, or <see langword="null"/> on success.</param>
    /// <returns>Whether the input is a valid http or https URL.</returns>
    /// <remarks>No exception escapes, whatever the input. The rules are listed on <see cref="UrlCanonicalizer"/>.</remarks>
    public static bool TryCanonicalize(
        string? input,
        [NotNullWhen(true)] out CanonicalUrl? url,
        [NotNullWhen(false)] out string? error)
    {
        error = Parse(input, out url);
        return error is null;
    }

    /// <summary>Canonicalises a URL.</summary>
    /// <param name="input">The URL as posted or entered.</param>
    /// <returns>The canonical URL. The rules are listed on <see cref="UrlCanonicalizer"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is <see langword="null"/>.</exception>
    /// <exception cref="MizanException">
    /// The input is not a valid http or https URL; <see cref="MizanException.ErrorCode"/> is
    /// <see cref="ErrorCodes.InvalidRequest"/> and the message says what is wrong.
    /// </exception>
    public static CanonicalUrl Canonicalize(string input)
    {
        ArgumentNullException.ThrowIfNull(input);
        string? error = Parse(input, out CanonicalUrl? url);
        if (error is not null)
        {
            throw new MizanException(ErrorCodes.InvalidRequest, error);
        }

        return url!;
    }

    private static string? Parse(string? input, out CanonicalUrl? url)
    {
        url = null;
        ReadOnlySpan<char> text = input.AsSpan();
        int leading = text.Length - text.TrimStart().Length;
        text = text.Trim();
        if (text.IsEmpty)
        {
            return "The URL is empty.";
        }

        if (text.Length > MaxLength)
        {
            return $"The URL is {text.Length} characters long; at most {MaxLength} are allowed.";
        }

        if (CheckCharacters(text, leading) is { } characterError)
        {
            return characterError;
        }

        if (SplitScheme(text, out ReadOnlySpan<char> rest) is { } schemeError)
        {
            return schemeError;
        }

        int authorityEnd = rest.IndexOfAny(s_authorityEnd);
        ReadOnlySpan<char> authority = authorityEnd < 0 ? rest : rest[..authorityEnd];
        ReadOnlySpan<char> remainder = authorityEnd < 0 ? [] : rest[authorityEnd..];

        // User information ends at the last '@' (as in browsers, so an '@' in a password does not split the host).
        int at = authority.LastIndexOf('@');
        if (at >= 0)
        {
            authority = authority[(at + 1)..];
        }

        if (ParseAuthority(authority, out string host, out UrlHostKind hostKind, out int? port) is { } authorityError)
        {
            return authorityError;
        }

        int fragment = remainder.IndexOf('#');
        if (fragment >= 0)
        {
            remainder = remainder[..fragment];
        }

        int question = remainder.IndexOf('?');
        ReadOnlySpan<char> rawPath = question < 0 ? remainder : remainder[..question];
        ReadOnlySpan<char> rawQuery = question < 0 ? [] : remainder[(question + 1)..];

        string path = NormalizePath(rawPath);
        string query = NormalizeQuery(rawQuery);

        var value = new StringBuilder(CanonicalScheme.Length + host.Length + path.Length + query.Length + 8);
        value.Append(CanonicalScheme).Append(host);
        if (port is int p)
        {
            value.Append(':').Append(p);
        }

        value.Append(path);
        if (query.Length > 0)
        {
            value.Append('?').Append(query);
        }

        // Encoding can lengthen the input (a non-ASCII character becomes up to 12 characters). The limit holds for
        // the result too, so that every canonical value can itself be canonicalised again.
        if (value.Length > MaxLength)
        {
            return $"The URL is {value.Length} characters long once normalised and percent-encoded; at most {MaxLength} are allowed.";
        }

        url = new CanonicalUrl(value.ToString(), host, hostKind, port, path, query);
        return null;
    }

    private static string? CheckCharacters(ReadOnlySpan<char> text, int offset)
    {
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsControl(c))
            {
                return $"The URL contains the control character U+{(int)c:X4} at position {offset + i}.";
            }

            if (char.IsSurrogate(c))
            {
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    i++;
                    continue;
                }

                return $"The URL contains an unpaired surrogate U+{(int)c:X4} at position {offset + i}; it is not valid Unicode text.";
            }
        }

        return null;
    }

    /// <summary>Removes the scheme (if any) and the slashes that introduce the authority.</summary>
    private static string? SplitScheme(ReadOnlySpan<char> text, out ReadOnlySpan<char> rest)
    {
        rest = text;
        int schemeLength = SchemeLength(text);
        if (schemeLength > 0)
        {
            ReadOnlySpan<char> scheme = text[..schemeLength];
            ReadOnlySpan<char> afterColon = text[(schemeLength + 1)..];
            if (scheme.Equals("http", StringComparison.OrdinalIgnoreCase)
                || scheme.Equals("https", StringComparison.OrdinalIgnoreCase))
            {
                // WHATWG URL Standard, "special authority ignore slashes state": any run of / or \ may follow.
                rest = afterColon.TrimStart("/\\");
                return null;
            }

            if (!StartsWithPort(afterColon))
            {
                return $"The scheme '{scheme.ToString()}' is not supported; only http and https URLs can be matched.";
            }

            // "example.org:8080/x": a host and port without a scheme.
        }

        int slashes = text.Length - text.TrimStart("/\\").Length;
        if (slashes == 1)
        {
            return "The URL has no host: it is a path only.";
        }

        // "//example.org/x" is scheme-relative; "example.org/x" has no scheme at all.
        rest = text[slashes..];
        return null;
    }

    /// <summary>The length of an RFC 3986 §3.1 scheme followed by ':' at the start, or 0 when there is none.</summary>
    private static int SchemeLength(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || !char.IsAsciiLetter(text[0]))
        {
            return 0;
        }

        for (int i = 1; i < text.Length; i++)
        {
            char c = text[i];
            if (c == ':')
            {
                return i;
            }

            if (!char.IsAsciiLetterOrDigit(c) && c is not ('+' or '-' or '.'))
            {
                return 0;
            }
        }

        return 0;
    }

    /// <summary>Whether the text after "name:" is a port: digits up to the end of the authority.</summary>
    private static bool StartsWithPort(ReadOnlySpan<char> afterColon)
    {
        int end = afterColon.IndexOfAny(s_authorityEnd);
        ReadOnlySpan<char> port = end < 0 ? afterColon : afterColon[..end];
        return !port.IsEmpty && !port.ContainsAnyExceptInRange('0', '9');
    }
}
