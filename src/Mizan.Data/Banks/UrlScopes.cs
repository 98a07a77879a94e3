using Mizan.Core;
using Mizan.Core.Urls;

namespace Mizan.Data.Banks;

/// <summary>The text names of <see cref="UrlMatchScope"/> in entries and results.</summary>
public static class UrlScopes
{
    public const string Exact = "exact";
    public const string Domain = "domain";
    public const string PathPrefix = "path_prefix";

    /// <summary>Parses a scope name (default exact); <see cref="ErrorCodes.InvalidRequest"/> for any other word.</summary>
    public static UrlMatchScope Parse(string? name) => name switch
    {
        null or Exact => UrlMatchScope.Exact,
        Domain => UrlMatchScope.Domain,
        PathPrefix => UrlMatchScope.PathPrefix,
        _ => throw new MizanException(ErrorCodes.InvalidRequest, $"\"scope\" must be {Exact}, {Domain} or {PathPrefix}; got \"{name}\"."),
    };

    public static string Name(UrlMatchScope scope) => scope switch
    {
        UrlMatchScope.Domain => Domain,
        UrlMatchScope.PathPrefix => PathPrefix,
        _ => Exact,
    };
}
