namespace Mizan.Core.Urls;

/// <summary>What kind of host a <see cref="CanonicalUrl"/> names.</summary>
public enum UrlHostKind
{
    /// <summary>A DNS name in its ASCII (punycode) form, such as <c>example.org</c> or <c>xn--mgbh0fb.example</c>.</summary>
    DnsName = 0,

    /// <summary>An IPv4 address in dotted-decimal form, such as <c>192.0.2.1</c>.</summary>
    IPv4 = 1,

    /// <summary>An IPv6 address in RFC 5952 form inside brackets, such as <c>[2001:db8::1]</c>.</summary>
    IPv6 = 2,
}
