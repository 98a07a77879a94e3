namespace Mizan.Core.Urls;

/// <summary>How a bank entry's URL matches posted URLs in a <see cref="UrlIndex"/>.</summary>
public enum UrlMatchScope
{
    /// <summary>
    /// This URL only: the posted URL's <see cref="CanonicalUrl.Value"/> must equal the entry's, including its
    /// port and query.
    /// </summary>
    Exact = 0,

    /// <summary>
    /// This host and every subdomain of it, on any port, with any path and query: <c>example.org</c> matches
    /// <c>example.org</c> and <c>a.b.example.org</c> but not <c>badexample.org</c>. An IP-literal entry matches that
    /// address only.
    /// </summary>
    Domain = 1,

    /// <summary>
    /// Any URL on the same host (not its subdomains; any port, any query) whose path equals the entry's path or
    /// continues it past a <c>/</c>: <c>/abc</c> matches <c>/abc</c> and <c>/abc/def</c> but not <c>/abcdef</c>.
    /// The entry's query is ignored.
    /// </summary>
    PathPrefix = 2,
}
