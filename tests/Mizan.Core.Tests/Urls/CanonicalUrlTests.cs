using Mizan.Core.Urls;

namespace Mizan.Core.Tests.Urls;

public sealed class CanonicalUrlTests
{
    [Fact]
    public void Equals_SameValueFromDifferentSpellings_IsEqualWithEqualHashCodes()
    {
        CanonicalUrl a = UrlCanonicalizer.Canonicalize("http://WWW.example.org/a/");
        CanonicalUrl b = UrlCanonicalizer.Canonicalize("https://example.org/a");
        Assert.Equal(a, b);
        Assert.True(a == b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    [Fact]
    public void Equals_DifferentValues_IsNotEqual()
    {
        CanonicalUrl a = UrlCanonicalizer.Canonicalize("https://example.org/a");
        CanonicalUrl b = UrlCanonicalizer.Canonicalize("https://example.org/b");
        Assert.NotEqual(a, b);
        Assert.False(a.Equals(null));
    }

    [Fact]
    public void ToString_ReturnsValue()
    {
        CanonicalUrl url = UrlCanonicalizer.Canonicalize("example.org/x?b=1&a=2");
        Assert.Equal("https://example.org/x?a=2&b=1", url.ToString());
    }
}
