using Mizan.Core;

namespace Mizan.Data.Moderation;

/// <summary>The closed vocabularies of moderation records, and a check that a value belongs to one.</summary>
public static class ModerationTerms
{
    /// <summary>Content types (each maps to a TDB <c>CONTENT_TYPE_*</c> value).</summary>
    public static IReadOnlyList<string> ContentTypes { get; } = ["image", "video", "audio", "text", "synthetic_media", "other"];

    /// <summary>Where the platform shows the content; TCO covers public dissemination only.</summary>
    public static IReadOnlyList<string> Visibilities { get; } = ["public", "restricted", "private"];

    /// <summary>Account types as the TDB knows them.</summary>
    public static IReadOnlyList<string> AccountTypes { get; } = ["business", "private"];

    /// <summary>Kinds of account whose content is presumed to serve a TCO Art. 1(3) purpose until a person looks.</summary>
    public static IReadOnlyList<string> ProtectedAccountKinds { get; } =
        ["news_outlet", "journalist", "researcher", "academic", "ngo", "educational", "government", "religious_authority", "artist"];

    /// <summary>What a reviewer can decide.</summary>
    public static IReadOnlyList<string> Actions { get; } = ["remove", "restrict", "label", "keep", "escalate"];

    /// <summary>The exemptions a decision records as considered (TCO Art. 1(3)); none when nothing applied.</summary>
    public static IReadOnlyList<string> Exemptions { get; } =
        ["none", "news_reporting", "research", "educational", "counter_speech", "religious_expression", "artistic_expression"];

    /// <summary>illegal (a law) or incompatible (the terms of service).</summary>
    public static IReadOnlyList<string> Grounds { get; } = ["illegal", "incompatible"];

    /// <summary>Notifier types of a notice.</summary>
    public static IReadOnlyList<string> NotifierTypes { get; } = ["user", "trusted_flagger", "authority", "other"];

    /// <summary>Throws <see cref="ErrorCodes.InvalidRequest"/> unless <paramref name="value"/> is one of <paramref name="allowed"/>.</summary>
    public static string Require(string? value, IReadOnlyList<string> allowed, string field)
    {
        ArgumentNullException.ThrowIfNull(allowed);
        if (value is null || !allowed.Contains(value, StringComparer.Ordinal))
        {
            throw new MizanException(
                ErrorCodes.InvalidRequest, $"\"{field}\" must be one of {string.Join(", ", allowed)}; got '{value}'.");
        }

        return value;
    }

    /// <summary>Throws unless the optional text fits; returns it trimmed, or null when blank.</summary>
    public static string? Optional(string? value, int maxLength, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        value = value.Trim();
        if (value.Length > maxLength)
        {
            throw new MizanException(ErrorCodes.InvalidRequest, $"\"{field}\" may be at most {maxLength} characters.");
        }

        return value;
    }

    /// <summary>Throws unless the required text is present and fits.</summary>
    public static string Required(string? value, int maxLength, string field) =>
        Optional(value, maxLength, field) ?? throw new MizanException(ErrorCodes.InvalidRequest, $"\"{field}\" is required.");
}
