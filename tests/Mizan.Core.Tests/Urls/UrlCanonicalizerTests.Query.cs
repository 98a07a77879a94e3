namespace Mizan.Core.Tests.Urls;

public sealed partial class UrlCanonicalizerTests
{
    [Theory]
    [InlineData("https://example.org/?b=2&a=1", "https://example.org/?a=1&b=2")]
    [InlineData("https://example.org/?c&b=&a=1", "https://example.org/?a=1&b=&c")]
    [InlineData("https://example.org/?a=2&b=0&a=1&a=3", "https://example.org/?a=2&a=1&a=3&b=0")] // stable for repeats
    [InlineData("https://example.org/?B=1&a=1&_=1&1=1", "https://example.org/?1=1&B=1&_=1&a=1")] // ordinal order
    [InlineData("https://example.org/?ab=1&a=1&a%20b=1", "https://example.org/?a=1&a%20b=1&ab=1")]
    [InlineData("https://example.org/?a=1=2", "https://example.org/?a=1=2")] // split at the first '='
    [InlineData("https://example.org/?=x", "https://example.org/?=x")]
    [InlineData("https://example.org/?a=1;b=2", "https://example.org/?a=1;b=2")] // only '&' separates
    [InlineData("https://example.org/?v=AbC", "https://example.org/?v=AbC")] // case kept
    public void Canonicalize_QueryParameters_AreSortedByName(string input, string expected) =>
        AssertCanonical(input, expected);

    [Theory]
    [InlineData("https://example.org/?", "https://example.org/")]
    [InlineData("https://example.org/a?&&&", "https://example.org/a")]
    [InlineData("https://example.org/a?utm_source=x", "https://example.org/a")]
    [InlineData("https://example.org/a?&a=1&&b=2&", "https://example.org/a?a=1&b=2")]
    public void Canonicalize_EmptyQuery_IsRemoved(string input, string expected) =>
        AssertCanonical(input, expected);

    [Theory]
    [InlineData("https://example.org/?q=%7e%41", "https://example.org/?q=~A")]
    [InlineData("https://example.org/?q=%2f%3f%26%3d%23", "https://example.org/?q=%2F%3F%26%3D%23")] // reserved kept
    [InlineData("https://example.org/?q=/a?b", "https://example.org/?q=/a?b")] // '/' and '?' are allowed raw
    [InlineData("https://example.org/?q=a b", "https://example.org/?q=a%20b")]
    [InlineData("https://example.org/?q=a+b", "https://example.org/?q=a+b")] // '+' is not a space (RFC 3986)
    [InlineData("https://example.org/?q=\"<>", "https://example.org/?q=%22%3C%3E")]
    [InlineData("https://example.org/?q=100%", "https://example.org/?q=100%25")]
    [InlineData($"https://example.org/?q={ArabicExample}", $"https://example.org/?q={ArabicExampleEncoded}")]
    [InlineData("https://example.org/?q=%d9%85%d8%ab%d8%a7%d9%84", $"https://example.org/?q={ArabicExampleEncoded}")]
    [InlineData("https://example.org/?%61=1", "https://example.org/?a=1")] // names too
    [InlineData("https://example.org/?q=a\\b", "https://example.org/?q=a%5Cb")] // '\' is not a separator here
    public void Canonicalize_QueryPercentEncoding_IsNormalised(string input, string expected) =>
        AssertCanonical(input, expected);

    [Theory]
    [InlineData("utm_source=feed&utm_medium=rss&utm_campaign=x&utm_term=y&utm_content=z&utm_id=1")]
    [InlineData("UTM_Source=feed&Utm_Anything=1")] // names compare case-insensitively
    [InlineData("utm%5Fsource=feed")] // after percent-encoding normalisation
    [InlineData("fbclid=IwAR0x&gclid=Cj0K&gclsrc=aw.ds&dclid=1&gbraid=2&wbraid=3&msclkid=4")]
    [InlineData("igshid=abc&igsh=abc&mc_cid=1&mc_eid=2&_ga=2.1&_gl=1*x&yclid=5&_openstat=6")]
    [InlineData("ref_src=twsrc%5Etfw&ref_url=https%3A%2F%2Fx&twclid=7&ttclid=8&li_fat_id=9")]
    [InlineData("_hsenc=p2&_hsmi=3&mkt_tok=4")]
    [InlineData("si=AbCdEf")] // YouTube and Spotify share ids
    [InlineData("feature=share&feature=shared&feature=youtu.be&FEATURE=SHARE")]
    [InlineData("fbclid")] // with no value
    public void Canonicalize_TrackingParameters_AreRemoved(string query) =>
        AssertCanonical($"https://example.org/watch?v=xyz&{query}", "https://example.org/watch?v=xyz");

    [Theory]
    [InlineData("feature=related")] // only the share values of "feature" are tracking
    [InlineData("t=42")] // a YouTube timestamp
    [InlineData("s=20")]
    [InlineData("ref=abc")]
    [InlineData("utm=1")] // no underscore, not a campaign tag
    [InlineData("xutm_source=1")]
    [InlineData("sid=1")]
    public void Canonicalize_OtherParameters_AreKept(string query) =>
        AssertCanonical($"https://example.org/watch?{query}", $"https://example.org/watch?{query}");
}
