using Mizan.Core.Urls;

namespace Mizan.Core.Tests.Urls;

public sealed partial class UrlCanonicalizerTests
{
    // Arabic text as named constants (house style): "مثال" (example) and the Arabic-Indic digits "١٢٣".
    private const string ArabicExample = "\u0645\u062B\u0627\u0644";
    private const string ArabicExamplePunycode = "xn--mgbh0fb";
    private const string ArabicIndicDigits = "\u0661\u0662\u0663";
    private const string ArabicIndicDigitsPunycode = "xn--9hbcd";

    // Japanese "例え.テスト" written with the ideographic full stop U+3002, which UTS #46 maps to '.'.
    private const string JapaneseExampleTest = "\u4F8B\u3048\u3002\u30C6\u30B9\u30C8";

    [Theory]
    [InlineData("https://EXAMPLE.ORG/", "https://example.org/")]
    [InlineData("https://Example.Org/Path", "https://example.org/Path")]
    [InlineData("https://example.org./", "https://example.org/")]
    [InlineData("https://EXAMPLE.org.:8080/", "https://example.org:8080/")]
    [InlineData("https://localhost/", "https://localhost/")]
    [InlineData("https://ex%61mple.org/", "https://example.org/")] // browsers decode escapes in the host
    [InlineData("https://example%2Eorg/", "https://example.org/")]
    [InlineData("https://a_b.example/", "https://a_b.example/")] // underscores resolve in practice
    [InlineData("https://-lead.example/", "https://-lead.example/")]
    [InlineData("https://trail-.example/", "https://trail-.example/")]
    [InlineData("https://r3---sn-abc.googlevideo.com/", "https://r3---sn-abc.googlevideo.com/")] // "--" at 3-4
    public void Canonicalize_HostSpellings_AreLowerCasedWithoutTrailingDot(string input, string expected) =>
        AssertCanonical(input, expected);

    [Theory]
    [InlineData("https://www.example.org/a", "https://example.org/a")]
    [InlineData("https://WWW.example.org/a", "https://example.org/a")]
    [InlineData("https://www.example.org./a", "https://example.org/a")]
    [InlineData("https://www.www.example.org/a", "https://example.org/a")] // all of them, so the result is a fixed point
    [InlineData("https://www.www.example/a", "https://www.example/a")]
    [InlineData("https://www.example/a", "https://www.example/a")] // would leave a single label
    [InlineData("https://www2.example.org/a", "https://www2.example.org/a")]
    [InlineData("https://wwww.example.org/a", "https://wwww.example.org/a")]
    [InlineData("https://m.example.org/a", "https://m.example.org/a")]
    [InlineData("https://sub.www.example.org/a", "https://sub.www.example.org/a")]
    public void Canonicalize_LeadingWww_IsRemovedWhileTwoLabelsRemain(string input, string expected) =>
        AssertCanonical(input, expected);

    public static TheoryData<string, string> InternationalHosts => new()
    {
        // Unicode to ASCII (UTS #46 ToASCII, non-transitional).
        { $"https://{ArabicExample}.example/", $"https://{ArabicExamplePunycode}.example/" },
        { $"https://www.{ArabicExample}.example/", $"https://{ArabicExamplePunycode}.example/" },
        { $"https://{ArabicExample}.{ArabicIndicDigits}/", $"https://{ArabicExamplePunycode}.{ArabicIndicDigitsPunycode}/" },
        { "https://b\u00FCcher.example/", "https://xn--bcher-kva.example/" },
        { "https://B\u00DCCHER.EXAMPLE/", "https://xn--bcher-kva.example/" }, // case folding
        { "https://bu\u0308cher.example/", "https://xn--bcher-kva.example/" }, // NFC
        { "https://fa\u00DF.example/", "https://xn--fa-hia.example/" }, // non-transitional: ß kept, as browsers do
        { $"https://{JapaneseExampleTest}/", "https://xn--r8jz45g.xn--zckzah/" }, // ideographic full stop
        { "https://example\uFF0Eorg/", "https://example.org/" }, // fullwidth full stop
        { "https://example\uFF61org/", "https://example.org/" }, // halfwidth ideographic full stop
        { "https://\uFF45\uFF58\uFF41\uFF4D\uFF50\uFF4C\uFF45.org/", "https://example.org/" }, // fullwidth letters
        { "https://exa\u00ADmple.org/", "https://example.org/" }, // soft hyphen is ignored
        { "https://exa\u200Bmple.org/", "https://example.org/" }, // zero-width space is ignored
        { "https://\u2168.example/", "https://ix.example/" }, // Roman numeral nine maps to "ix"
        { "https://ex%C3%BCmple.example/", "https://xn--exmple-4ya.example/" }, // escaped UTF-8, then IDNA

        // ASCII forms stay as they are (lower-cased), so both spellings meet.
        { $"https://{ArabicExamplePunycode}.example/", $"https://{ArabicExamplePunycode}.example/" },
        { $"https://{ArabicExamplePunycode.ToUpperInvariant()}.EXAMPLE./", $"https://{ArabicExamplePunycode}.example/" },
        { "https://xn--bcher-kva.example/", "https://xn--bcher-kva.example/" },
        { "https://xn--r8jz45g.xn--zckzah/", "https://xn--r8jz45g.xn--zckzah/" },
    };

    [Theory]
    [MemberData(nameof(InternationalHosts))]
    public void Canonicalize_InternationalHosts_BecomePunycode(string input, string expected) =>
        AssertCanonical(input, expected);

    [Fact]
    public void Canonicalize_UnicodeAndPunycodeHosts_AreEqualBothWays()
    {
        CanonicalUrl unicode = UrlCanonicalizer.Canonicalize($"{ArabicExample}.example/{ArabicExample}");
        CanonicalUrl ascii = UrlCanonicalizer.Canonicalize($"https://{ArabicExamplePunycode}.example/%D9%85%D8%AB%D8%A7%D9%84");
        Assert.Equal(unicode, ascii);
        Assert.Equal($"{ArabicExamplePunycode}.example", unicode.Host);
        Assert.Equal(UrlHostKind.DnsName, unicode.HostKind);
    }

    [Theory]
    [InlineData("https://exa mple.org/", "contains ' '")]
    [InlineData("https://exa*mple.org/", "contains '*'")]
    [InlineData("https://exa<mple.org/", "contains '<'")]
    [InlineData("https://ex%00ample.org/", "contains U+0000")]
    [InlineData("https://ex%20ample.org/", "contains ' '")]
    [InlineData("https://ex%2Fample.org/", "contains '/'")]
    [InlineData("https://ex%zzample.org/", "contains '%'")]
    [InlineData("https://a..b.example/", "empty label")]
    [InlineData("https://.example.org/", "empty label")]
    [InlineData("https://example.org../", "empty label")]
    [InlineData("https://ex%C3ample.org/", "not valid UTF-8")]
    [InlineData("https://xn--zz.example/", "not a valid internationalised label")]
    [InlineData("https://xn--.example/", "not a valid internationalised label")]
    [InlineData("https://xn--bcher-kva9.example/", "not a valid internationalised label")]
    [InlineData("https://a\u200Db.example/", "not a valid internationalised domain name")] // ZWJ outside its context
    [InlineData("https://\u2474.example/", "contains '('")] // "⑴" maps to "(1)"
    [InlineData("https://\u0645\u062B--\u0627.example/", "not a valid internationalised label")] // "--" at 3-4 in a U-label
    [InlineData("https:///", "no host")]
    [InlineData("https://:8080/", "no host")]
    [InlineData("https://user@/x", "no host")]
    [InlineData("https://?q=1", "no host")]
    [InlineData("/just/a/path", "no host")]
    [InlineData("https://./", "no host")]
    public void TryCanonicalize_InvalidHosts_ReportHost(string input, string fragment) => AssertInvalid(input, fragment);

    [Fact]
    public void TryCanonicalize_LabelOf63_IsAcceptedAnd64Rejected()
    {
        string label63 = new('a', 63);
        AssertCanonical($"https://{label63}.example/", $"https://{label63}.example/");
        AssertInvalid($"https://{label63}a.example/", "label of 64 characters");
    }

    [Fact]
    public void TryCanonicalize_HostOf253_IsAcceptedAnd254Rejected()
    {
        // 4 labels of 62 + 3 dots = 251, plus ".x" = 253.
        string host253 = string.Join('.', new string('a', 62), new string('b', 62), new string('c', 62), new string('d', 62)) + ".x";
        Assert.Equal(253, host253.Length);
        AssertCanonical($"https://{host253}/", $"https://{host253}/");
        AssertCanonical($"https://{host253}./", $"https://{host253}/"); // the trailing dot does not count
        AssertInvalid($"https://{host253}y/", "host is 254 characters long");
    }

    [Theory]
    [InlineData("https://192.0.2.1/", "https://192.0.2.1/")]
    [InlineData("https://192.0.2.1.:8080/", "https://192.0.2.1:8080/")]
    [InlineData("https://3221225985/", "https://192.0.2.1/")] // one 32-bit number
    [InlineData("https://0xC0000201/", "https://192.0.2.1/")]
    [InlineData("https://0XC0.0X0.0X2.0X1/", "https://192.0.2.1/")]
    [InlineData("https://0300.0250.0.01/", "https://192.168.0.1/")] // octal parts
    [InlineData("https://192.0.513/", "https://192.0.2.1/")] // the last part fills the remaining two bytes
    [InlineData("https://192.513/", "https://192.0.2.1/")]
    [InlineData("https://0/", "https://0.0.0.0/")]
    [InlineData("https://0x/", "https://0.0.0.0/")]
    [InlineData("https://255.255.255.255/", "https://255.255.255.255/")]
    [InlineData("https://4294967295/", "https://255.255.255.255/")]
    [InlineData("https://www.192.0.2.1.example/", "https://192.0.2.1.example/")] // not an IP: last label is a name
    public void Canonicalize_IPv4Forms_BecomeDottedDecimal(string input, string expected)
    {
        AssertCanonical(input, expected);
        Assert.Equal(
            expected.EndsWith(".example/", StringComparison.Ordinal) ? UrlHostKind.DnsName : UrlHostKind.IPv4,
            UrlCanonicalizer.Canonicalize(input).HostKind);
    }

    [Theory]
    [InlineData("https://1.2.3.256/")]
    [InlineData("https://256.1.1.1/")]
    [InlineData("https://1.2.3.4.5/")]
    [InlineData("https://4294967296/")]
    [InlineData("https://0x100000000/")]
    [InlineData("https://99999999999999999999999999/")]
    [InlineData("https://1.2.65536/")]
    [InlineData("https://1.2.3.09/")] // 9 is not an octal digit
    [InlineData("https://1.2.0xg.4/")]
    [InlineData("https://www.1.2.3.4/")]
    [InlineData("https://example.123/")]
    [InlineData("https://1..2.3/")]
    public void TryCanonicalize_InvalidIPv4_ReportsAddress(string input) =>
        AssertInvalid(input, "ends in a number but is not a valid IPv4 address");

    [Theory]
    [InlineData("https://[2001:DB8:0:0:0:0:0:1]/", "https://[2001:db8::1]/")]
    [InlineData("https://[2001:db8::1]:8080/a", "https://[2001:db8::1]:8080/a")]
    [InlineData("https://[2001:0db8:0000:0000:0001:0000:0000:0001]/", "https://[2001:db8::1:0:0:1]/")] // RFC 5952 §4.2.3
    [InlineData("https://[0:0:0:0:0:0:0:1]:443/", "https://[::1]/")]
    [InlineData("https://[::FFFF:192.0.2.1]/", "https://[::ffff:192.0.2.1]/")]
    [InlineData("https://user@[::1]:80/", "https://[::1]/")]
    public void Canonicalize_IPv6_BecomesRfc5952Form(string input, string expected)
    {
        AssertCanonical(input, expected);
        Assert.Equal(UrlHostKind.IPv6, UrlCanonicalizer.Canonicalize(input).HostKind);
    }

    [Theory]
    [InlineData("https://[::1/", "no closing ']'")]
    [InlineData("https://[::1]x/", "after the IPv6 address")]
    [InlineData("https://[]/", "not a valid IPv6 address")]
    [InlineData("https://[::g]/", "not a valid IPv6 address")]
    [InlineData("https://[1:2:3:4:5:6:7:8:9]/", "not a valid IPv6 address")]
    [InlineData("https://[192.0.2.1]/", "not a valid IPv6 address")]
    [InlineData("https://[fe80::1%25eth0]/", "not a valid IPv6 address")]
    [InlineData("https://[fe80::1%eth0]/", "not a valid IPv6 address")]
    [InlineData("https://::1/", "not a number")]
    public void TryCanonicalize_InvalidIPv6_ReportsAddress(string input, string fragment) => AssertInvalid(input, fragment);
}
