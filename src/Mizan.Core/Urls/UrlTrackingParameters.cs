using System.Collections.Frozen;

namespace Mizan.Core.Urls;

/// <summary>
/// The query parameters that <see cref="UrlCanonicalizer"/> removes because they record how a link was shared or
/// clicked, not which resource it names. Removing them makes a shared copy of a URL equal to the original.
/// </summary>
/// <remarks>
/// Names are compared case-insensitively (ordinal), after percent-encoding normalisation, so <c>UTM_Source</c> and
/// <c>utm%5Fsource</c> are removed as well. Short names that are meaningful on many sites (such as <c>t</c>, a
/// YouTube timestamp, or <c>s</c>, a search) are kept even where a site uses them for tracking: dropping them
/// would make different resources equal. <c>si</c> is the exception: YouTube and Spotify share links add it and
/// no widely used site gives it meaning.
/// </remarks>
public static class UrlTrackingParameters
{
    /// <summary>Every parameter whose name starts with one of these is removed: Google Analytics campaign tags.</summary>
    public static IReadOnlyList<string> Prefixes { get; } = ["utm_"];

    /// <summary>Parameters removed whatever their value.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        // Google Ads and Analytics click and linker ids.
        "gclid", "gclsrc", "dclid", "gbraid", "wbraid", "_ga", "_gl",
        // Meta: Facebook click id, Instagram share ids.
        "fbclid", "igshid", "igsh",
        // Microsoft Advertising, Yandex, TikTok, LinkedIn, X (Twitter) click and referrer ids.
        "msclkid", "yclid", "_openstat", "ttclid", "li_fat_id", "twclid", "ref_src", "ref_url",
        // Mailchimp, HubSpot and Marketo e-mail campaign ids.
        "mc_cid", "mc_eid", "_hsenc", "_hsmi", "mkt_tok",
        // YouTube and Spotify share ids.
        "si",
    ];

    /// <summary>
    /// The parameter <c>feature</c> is removed only with one of these values, which YouTube adds to shared links;
    /// other values of <c>feature</c> are kept.
    /// </summary>
    public static IReadOnlyList<string> ShareFeatureValues { get; } = ["share", "shared", "youtu.be"];

    private const string FeatureParameter = "feature";

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_names =
        Names.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether a query parameter is a tracking parameter that canonicalisation removes.</summary>
    /// <param name="name">The parameter name, percent-encoding normalised as in a <see cref="CanonicalUrl.Query"/>.</param>
    /// <param name="value">The parameter value, likewise normalised; empty when the parameter has none.</param>
    public static bool IsTracking(ReadOnlySpan<char> name, ReadOnlySpan<char> value)
    {
        foreach (string prefix in Prefixes)
        {
            if (name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        if (s_names.Contains(name))
        {
            return true;
        }

        if (name.Equals(FeatureParameter, StringComparison.OrdinalIgnoreCase))
        {
            foreach (string share in ShareFeatureValues)
            {
                if (value.Equals(share, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
