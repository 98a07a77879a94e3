using Mizan.Core;

namespace Mizan.Data.Legal;

/// <summary>The URL lists authorities send (referrals, data requests): exact http(s) locations, checked strictly.</summary>
public static class LegalUrls
{
    /// <summary>1-100 absolute http(s) URLs of at most 2,048 characters, trimmed and de-duplicated.</summary>
    public static List<string> Require(IReadOnlyList<string?>? urls, string field)
    {
        var list = Optional(urls, field);
        return list.Count > 0 ? list : throw new MizanException(ErrorCodes.InvalidRequest, $"\"{field}\" must give 1-100 exact http(s) locations of the content.");
    }

    /// <summary>Up to 100 absolute http(s) URLs (none is allowed), trimmed and de-duplicated.</summary>
    public static List<string> Optional(IReadOnlyList<string?>? urls, string field)
    {
        var list = (urls ?? []).Select(u => u?.Trim() ?? "").Distinct(StringComparer.Ordinal).ToList();
        if (list.Count > 100 || list.Any(u => u.Length > 2048 || !Uri.TryCreate(u, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")))
        {
            throw new MizanException(ErrorCodes.InvalidRequest, $"\"{field}\" must give up to 100 exact http(s) locations of the content.");
        }

        return list;
    }
}
