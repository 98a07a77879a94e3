using Mizan.Core.Urls;

namespace Mizan.Core.Tests.Urls;

public sealed partial class UrlCanonicalizerTests
{
    /// <summary>Asserts the canonical value and that the value is a fixed point (canonicalising it changes nothing).</summary>
    private static void AssertCanonical(string input, string expected)
    {
        CanonicalUrl url = UrlCanonicalizer.Canonicalize(input);
        Assert.Equal(expected, url.Value);
        Assert.Equal(url, UrlCanonicalizer.Canonicalize(url.Value));
        Assert.True(UrlCanonicalizer.TryCanonicalize(input, out CanonicalUrl? again, out string? error));
        Assert.Null(error);
        Assert.Equal(url, again);
    }

    /// <summary>Asserts that the input is rejected by both entry points with an error that mentions <paramref name="fragment"/>.</summary>
    private static void AssertInvalid(string? input, string fragment)
    {
        Assert.False(UrlCanonicalizer.TryCanonicalize(input, out CanonicalUrl? url, out string? error));
        Assert.Null(url);
        Assert.NotNull(error);
        Assert.Contains(fragment, error, StringComparison.Ordinal);
        if (input is not null)
        {
            MizanException exception = Assert.Throws<MizanException>(() => UrlCanonicalizer.Canonicalize(input));
            Assert.Equal(ErrorCodes.InvalidRequest, exception.ErrorCode);
            Assert.Equal(error, exception.Message);
        }
    }

    [Theory]
    [InlineData("https://example.org/a", "https://example.org/a")]
    [InlineData("  https://example.org/a  ", "https://example.org/a")]
    [InlineData("\t\nhttps://example.org/a\r\n", "https://example.org/a")]
    [InlineData("\u00A0https://example.org/a\u2003", "https://example.org/a")] // Unicode white space too
    public void Canonicalize_SurroundingWhiteSpace_IsTrimmed(string input, string expected) =>
        AssertCanonical(input, expected);

    [Theory]
    [InlineData("http://example.org/a", "https://example.org/a")]
    [InlineData("HTTPS://example.org/a", "https://example.org/a")]
    [InlineData("HtTp://example.org/a", "https://example.org/a")]
    [InlineData("example.org/a", "https://example.org/a")]
    [InlineData("example.org", "https://example.org/")]
    [InlineData("//example.org/a", "https://example.org/a")]
    [InlineData("http:example.org/a", "https://example.org/a")] // browsers accept missing slashes
    [InlineData("https:///example.org/a", "https://example.org/a")]
    [InlineData("https:\\\\example.org\\a", "https://example.org/a")] // and backslashes
    [InlineData("localhost:8080/a", "https://localhost:8080/a")] // host:port, not a scheme
    [InlineData("example.org:8080", "https://example.org:8080/")]
    public void Canonicalize_SchemeSpellings_BecomeHttps(string input, string expected) =>
        AssertCanonical(input, expected);

    [Theory]
    [InlineData("ftp://example.org/a", "'ftp'")]
    [InlineData("javascript:alert(1)", "'javascript'")]
    [InlineData("mailto:someone@example.org", "'mailto'")]
    [InlineData("data:text/html,<b>x</b>", "'data'")]
    [InlineData("file:///etc/passwd", "'file'")]
    [InlineData("wss://example.org/", "'wss'")]
    [InlineData("example.org:abc/x", "not supported")]
    public void TryCanonicalize_OtherSchemes_ReportUnsupportedScheme(string input, string fragment)
    {
        AssertInvalid(input, fragment);
        AssertInvalid(input, "only http and https");
    }

    [Theory]
    [InlineData("https://user:password@example.org/a", "https://example.org/a")]
    [InlineData("https://user@example.org/a", "https://example.org/a")]
    [InlineData("https://trusted.example@evil.example/a", "https://evil.example/a")] // the disguise trick
    [InlineData("https://a@b@example.org/a", "https://example.org/a")] // the last '@' ends the user information
    [InlineData("https://@example.org/a", "https://example.org/a")]
    [InlineData("user@example.org:8080/a", "https://example.org:8080/a")]
    public void Canonicalize_UserInformation_IsRemoved(string input, string expected) =>
        AssertCanonical(input, expected);

    [Theory]
    [InlineData("http://example.org:80/a", "https://example.org/a")]
    [InlineData("https://example.org:443/a", "https://example.org/a")]
    [InlineData("http://example.org:443/a", "https://example.org/a")] // both defaults go once the scheme is unified
    [InlineData("https://example.org:80/a", "https://example.org/a")]
    [InlineData("https://example.org:/a", "https://example.org/a")] // empty port is the default
    [InlineData("https://example.org:00080/a", "https://example.org/a")]
    [InlineData("https://example.org:8080/a", "https://example.org:8080/a")]
    [InlineData("https://example.org:08080/a", "https://example.org:8080/a")]
    [InlineData("https://example.org:0/a", "https://example.org:0/a")]
    [InlineData("https://example.org:65535/a", "https://example.org:65535/a")]
    public void Canonicalize_Ports_DropDefaultsAndLeadingZeros(string input, string expected) =>
        AssertCanonical(input, expected);

    [Theory]
    [InlineData("https://example.org:65536/", "out of range")]
    [InlineData("https://example.org:9999999999999999999999/", "out of range")]
    [InlineData("https://example.org:8o/", "not a number")]
    [InlineData("https://example.org:-1/", "not a number")]
    [InlineData("https://example.org:80:80/", "not a number")]
    [InlineData("https://example.org: 80/", "not a number")]
    public void TryCanonicalize_BadPorts_ReportPort(string input, string fragment) => AssertInvalid(input, fragment);

    [Theory]
    [InlineData("https://example.org/a#section", "https://example.org/a")]
    [InlineData("https://example.org/a?x=1#section", "https://example.org/a?x=1")]
    [InlineData("https://example.org/a#section?x=1", "https://example.org/a")]
    [InlineData("https://example.org#", "https://example.org/")]
    [InlineData("https://example.org/#/route/in/fragment", "https://example.org/")]
    public void Canonicalize_Fragment_IsRemoved(string input, string expected) => AssertCanonical(input, expected);

    [Theory]
    [InlineData(null, "empty")]
    [InlineData("", "empty")]
    [InlineData("   ", "empty")]
    [InlineData("\t\r\n", "empty")]
    public void TryCanonicalize_EmptyInput_ReportsEmpty(string? input, string fragment) => AssertInvalid(input, fragment);

    [Theory]
    [InlineData("https://example.org/a\tb", "U+0009")]
    [InlineData("https://exam\nple.org/", "U+000A")]
    [InlineData("https://example.org/\0", "U+0000")]
    [InlineData("https://example.org/?q=\u007F", "U+007F")]
    [InlineData("https://example.org/a\u0085b", "U+0085")] // C1 control (NEL, which is also trimmed at the ends)
    [InlineData("https://example.org/\u001B[31m", "U+001B")]
    public void TryCanonicalize_ControlCharacters_ReportCharacterAndPosition(string input, string fragment)
    {
        AssertInvalid(input, fragment);
        AssertInvalid(input, "control character");
    }

    [Fact]
    public void TryCanonicalize_ControlCharacter_ReportsPositionInUntrimmedInput()
    {
        AssertInvalid("  https://example.org/\u0001", "at position 22");
    }

    [Fact]
    public void TryCanonicalize_UnpairedSurrogates_ReportInvalidText()
    {
        // Built here rather than in [InlineData]: theory data is serialised, which would replace lone surrogates.
        string[] inputs =
        [
            "https://example.org/\uD800",
            "https://example.org/\uDC00x",
            "https://exa\uD83Dmple.org/",
            "https://example.org/?q=\uDE00\uD83D", // a pair in the wrong order
            "\uD83Dhttps://example.org/",
        ];
        foreach (string input in inputs)
        {
            AssertInvalid(input, "unpaired surrogate");
        }
    }

    [Fact]
    public void TryCanonicalize_LongestAllowedInput_Succeeds()
    {
        string prefix = "https://example.org/";
        string input = prefix + new string('a', UrlCanonicalizer.MaxLength - prefix.Length);
        AssertCanonical(input, input);
        AssertCanonical("   " + input + "   ", input); // the limit applies after trimming
    }

    [Theory]
    [InlineData(UrlCanonicalizer.MaxLength + 1)]
    [InlineData(100_000)]
    public void TryCanonicalize_OverlongInput_ReportsLength(int length)
    {
        string prefix = "https://example.org/";
        AssertInvalid(prefix + new string('a', length - prefix.Length), $"is {length} characters long");
    }

    [Fact]
    public void TryCanonicalize_InputThatEncodingMakesOverlong_ReportsLength()
    {
        // 400 Arabic letters are 800 characters raw and 3,600 percent-encoded: the limit holds for the result too,
        // so every canonical value can be canonicalised again.
        string path = string.Concat(Enumerable.Repeat(ArabicExample, 100));
        string input = "https://example.org/" + path;
        Assert.True(input.Length < UrlCanonicalizer.MaxLength);
        AssertInvalid(input, "once normalised and percent-encoded");

        string shorter = "https://example.org/" + string.Concat(Enumerable.Repeat(ArabicExample, 50));
        Assert.True(UrlCanonicalizer.Canonicalize(shorter).Value.Length <= UrlCanonicalizer.MaxLength);
    }

    [Fact]
    public void Canonicalize_Null_ThrowsArgumentNull() =>
        Assert.Throws<ArgumentNullException>(() => UrlCanonicalizer.Canonicalize(null!));

    [Fact]
    public void Canonicalize_FullUrl_ExposesParts()
    {
        CanonicalUrl url = UrlCanonicalizer.Canonicalize("HTTP://User@WWW.Example.ORG:8080//a/./b/?z=1&y=2&utm_source=x#top");
        Assert.Equal("https://example.org:8080/a/b?y=2&z=1", url.Value);
        Assert.Equal("example.org", url.Host);
        Assert.Equal(UrlHostKind.DnsName, url.HostKind);
        Assert.Equal(8080, url.Port);
        Assert.Equal("/a/b", url.Path);
        Assert.Equal("y=2&z=1", url.Query);
        Assert.Equal(url.Value, url.ToString());
    }

    [Fact]
    public void Canonicalize_NoQueryDefaultPort_PartsAreEmpty()
    {
        CanonicalUrl url = UrlCanonicalizer.Canonicalize("example.org");
        Assert.Null(url.Port);
        Assert.Equal("/", url.Path);
        Assert.Equal(string.Empty, url.Query);
    }

    public static TheoryData<string[]> EquivalentSpellings => new()
    {
        new[]
        {
            "https://example.org/news/item?id=7",
            "http://example.org/news/item?id=7",
            "example.org/news/item?id=7",
            "//example.org/news/item?id=7",
            "  HTTP://WWW.EXAMPLE.ORG/news/item?id=7  ",
            "https://www.example.org:443/news/item/?id=7",
            "http://example.org:80/news/./item?id=7#comments",
            "https://user:pw@example.org/news/x/../item?id=7",
            "https://example.org//news///item//?id=7&",
            "https://example.org/%6Eews/ite%6D?%69d=%37",
            "https://example.org./news/item?utm_source=feed&id=7&utm_medium=rss&fbclid=abc",
            "https:\\\\example.org\\news\\item?id=7",
            "https://ex%61mple.org/news/item?id=7",
            "https://EXAMPLE.org/news/item?id=7&gclid=1&si=xyz",
        },
        new[]
        {
            "https://xn--bcher-kva.example/%C3%BC",
            "https://B\u00DCCHER.example/\u00FC",
            "https://b\u00FCcher.example/%c3%bc",
            "https://www.bu\u0308cher.example/%C3%BC", // a decomposed host is normalised to NFC (UTS #46 §4)
            "http://XN--BCHER-KVA.example./%C3%BC?",
            "https://\uFF42\u00FC\uFF43\uFF48\uFF45\uFF52.example/%C3%BC", // fullwidth letters in the host
        },
        new[]
        {
            "https://192.0.2.1/x",
            "http://3221225985/x",
            "https://0xC0.0x0.0x2.0x1/x",
            "https://0300.0.02.01/x",
            "https://192.0.513/x",
            "https://192.0.2.1.:443/x",
        },
    };

    [Theory]
    [MemberData(nameof(EquivalentSpellings))]
    public void Canonicalize_EquivalentSpellings_GiveOneValue(string[] spellings)
    {
        string expected = UrlCanonicalizer.Canonicalize(spellings[0]).Value;
        foreach (string spelling in spellings)
        {
            AssertCanonical(spelling, expected);
        }
    }

    [Theory]
    [InlineData("https://example.org/a", "https://example.org/A")] // paths are case-sensitive
    [InlineData("https://example.org/a", "https://example.org:8080/a")]
    [InlineData("https://example.org/a%2Fb", "https://example.org/a/b")] // an encoded '/' is not a separator
    [InlineData("https://example.org/?q=a+b", "https://example.org/?q=a%20b")]
    [InlineData("https://example.org/?a", "https://example.org/?a=")]
    [InlineData("https://example.org/?a=1&b=2", "https://example.org/?a=2&b=1")]
    [InlineData("https://m.example.org/", "https://example.org/")]
    [InlineData("https://example.org/?feature=related", "https://example.org/")]
    public void Canonicalize_DifferentResources_StayDifferent(string first, string second) =>
        Assert.NotEqual(UrlCanonicalizer.Canonicalize(first), UrlCanonicalizer.Canonicalize(second));
}
