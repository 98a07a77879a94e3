namespace Mizan.Core.Urls;

/// <summary>
/// A URL in the canonical form that <see cref="UrlCanonicalizer"/> produces, so that every spelling of the same
/// resource has the same <see cref="Value"/>. Obtain one from <see cref="UrlCanonicalizer.Canonicalize"/> or
/// <see cref="UrlCanonicalizer.TryCanonicalize"/>; the parts are consistent by construction.
/// </summary>
/// <remarks>
/// Canonicalising <see cref="Value"/> again yields an equal instance, so the value is what to store and compare.
/// Two instances are equal exactly when their values are equal (ordinal).
/// </remarks>
public sealed record CanonicalUrl
{
    internal CanonicalUrl(string value, string host, UrlHostKind hostKind, int? port, string path, string query)
    {
        Value = value;
        Host = host;
        HostKind = hostKind;
        Port = port;
        Path = path;
        Query = query;
    }

    /// <summary>
    /// The canonical string: <c>https://</c>, <see cref="Host"/>, <c>:</c><see cref="Port"/> when it is not
    /// <see langword="null"/>, <see cref="Path"/>, then <c>?</c><see cref="Query"/> when the query is not empty;
    /// for example <c>https://example.org/a/b?x=1</c>. The scheme is always <c>https</c>, whichever the input had.
    /// </summary>
    public string Value { get; }

    /// <summary>
    /// The host: a lower-case ASCII DNS name without a trailing dot or leading <c>www.</c> labels, a dotted-decimal
    /// IPv4 address, or a bracketed IPv6 address (see <see cref="HostKind"/>).
    /// </summary>
    public string Host { get; }

    /// <summary>Whether <see cref="Host"/> is a DNS name or an IP literal.</summary>
    public UrlHostKind HostKind { get; }

    /// <summary>The port, or <see langword="null"/> for the default ports 80 and 443.</summary>
    public int? Port { get; }

    /// <summary>
    /// The normalised path: starts with <c>/</c>, has no empty, <c>.</c> or <c>..</c> segments and no trailing
    /// <c>/</c> (the root is <c>/</c>). Case is kept: paths are case-sensitive.
    /// </summary>
    public string Path { get; }

    /// <summary>
    /// The normalised query without the leading <c>?</c>: tracking parameters removed, the rest sorted by name;
    /// empty when there is none.
    /// </summary>
    public string Query { get; }

    /// <summary>Returns <see cref="Value"/>.</summary>
    public override string ToString() => Value;

    /// <summary>Whether <paramref name="other"/> has the same <see cref="Value"/> (ordinal).</summary>
    public bool Equals(CanonicalUrl? other) =>
        other is not null && string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);
}
