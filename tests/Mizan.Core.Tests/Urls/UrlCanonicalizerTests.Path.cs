namespace Mizan.Core.Tests.Urls;

public sealed partial class UrlCanonicalizerTests
{
    // "مثال" in UTF-8 percent-encoding: U+0645 U+062B U+0627 U+0644.
    private const string ArabicExampleEncoded = "%D9%85%D8%AB%D8%A7%D9%84";

    [Theory]
    [InlineData("https://example.org", "https://example.org/")]
    [InlineData("https://example.org/", "https://example.org/")]
    [InlineData("https://example.org/a/", "https://example.org/a")] // trailing slash removed
    [InlineData("https://example.org/a/b/", "https://example.org/a/b")]
    [InlineData("https://example.org//a///b//", "https://example.org/a/b")] // repeated slashes collapse
    [InlineData("https://example.org//", "https://example.org/")]
    [InlineData("https://example.org\\a\\b", "https://example.org/a/b")] // '\' is a separator, as in browsers
    [InlineData("https://example.org/a\\b/", "https://example.org/a/b")]
    [InlineData("https://example.org/a?", "https://example.org/a")]
    [InlineData("https://example.org?x=1", "https://example.org/?x=1")]
    [InlineData("https://example.org/CaseKept", "https://example.org/CaseKept")]
    public void Canonicalize_PathSlashes_AreNormalised(string input, string expected) =>
        AssertCanonical(input, expected);

    [Theory]
    [InlineData("https://example.org/a/./b", "https://example.org/a/b")]
    [InlineData("https://example.org/a/b/../c", "https://example.org/a/c")]
    [InlineData("https://example.org/a/b/..", "https://example.org/a")]
    [InlineData("https://example.org/a/b/../..", "https://example.org/")]
    [InlineData("https://example.org/../../a", "https://example.org/a")] // ".." cannot climb above the root
    [InlineData("https://example.org/./", "https://example.org/")]
    [InlineData("https://example.org/a/%2e/b", "https://example.org/a/b")] // encoded dot segments count
    [InlineData("https://example.org/a/b/%2E%2e/c", "https://example.org/a/c")]
    [InlineData("https://example.org/a/b/.%2E/c", "https://example.org/a/c")]
    [InlineData("https://example.org/a//../b", "https://example.org/a/b")] // "/a//.." is "/a/" in a browser
    [InlineData("https://example.org/a/.../b", "https://example.org/a/.../b")] // only "." and ".." are special
    [InlineData("https://example.org/a/..b/c", "https://example.org/a/..b/c")]
    [InlineData("https://example.org/a/b/..?x=1", "https://example.org/a?x=1")]
    public void Canonicalize_DotSegments_AreResolved(string input, string expected) =>
        AssertCanonical(input, expected);

    [Theory]
    [InlineData("https://example.org/%41%42c", "https://example.org/ABc")] // unreserved escapes decoded
    [InlineData("https://example.org/%7Euser", "https://example.org/~user")]
    [InlineData("https://example.org/%7euser", "https://example.org/~user")]
    [InlineData("https://example.org/a%2Db%5Fc%2Ed", "https://example.org/a-b_c.d")]
    [InlineData("https://example.org/a%2fb", "https://example.org/a%2Fb")] // reserved escapes kept, upper-case
    [InlineData("https://example.org/a%3fb%23c", "https://example.org/a%3Fb%23c")]
    [InlineData("https://example.org/a%3Ab", "https://example.org/a%3Ab")] // ':' stays encoded: not unreserved
    [InlineData("https://example.org/a:b@c", "https://example.org/a:b@c")] // and stays raw when raw
    [InlineData("https://example.org/!$&'()*+,;=", "https://example.org/!$&'()*+,;=")]
    [InlineData("https://example.org/a b", "https://example.org/a%20b")] // characters not allowed raw are encoded
    [InlineData("https://example.org/a%20b", "https://example.org/a%20b")]
    [InlineData("https://example.org/\"<>^`{|}", "https://example.org/%22%3C%3E%5E%60%7B%7C%7D")]
    [InlineData("https://example.org/[x]", "https://example.org/%5Bx%5D")]
    [InlineData("https://example.org/100%", "https://example.org/100%25")] // a stray '%' is encoded
    [InlineData("https://example.org/100%25", "https://example.org/100%25")]
    [InlineData("https://example.org/%zz%4", "https://example.org/%25zz%254")]
    [InlineData("https://example.org/%C3%A9", "https://example.org/%C3%A9")]
    [InlineData("https://example.org/%c3%a9", "https://example.org/%C3%A9")]
    [InlineData("https://example.org/\u00E9", "https://example.org/%C3%A9")] // raw non-ASCII as UTF-8
    [InlineData("https://example.org/\uD83D\uDE00", "https://example.org/%F0%9F%98%80")] // astral: one UTF-8 sequence
    [InlineData("https://example.org/%ff", "https://example.org/%FF")] // invalid UTF-8 is kept as bytes
    public void Canonicalize_PathPercentEncoding_IsNormalised(string input, string expected) =>
        AssertCanonical(input, expected);

    [Theory]
    [InlineData($"https://example.org/{ArabicExample}/{ArabicExample}")]
    [InlineData($"https://example.org/{ArabicExampleEncoded}/{ArabicExampleEncoded}")]
    [InlineData("https://example.org/%d9%85%d8%ab%d8%a7%d9%84/%D9%85%D8%AB%D8%A7%D9%84")]
    [InlineData($"https://example.org/{ArabicExample}/{ArabicExampleEncoded}/")]
    public void Canonicalize_UnicodePathAndItsEncoding_AreEqual(string input) =>
        AssertCanonical(input, $"https://example.org/{ArabicExampleEncoded}/{ArabicExampleEncoded}");
}
