using Mizan.Core;
using Mizan.Data.Moderation;

namespace Mizan.Data.Legal.Orders;

/// <summary>The values removal order fields take, and the checks of Annex I (TCO Art. 3(4)).</summary>
public static class OrderTerms
{
    /// <summary>The 27 EU Member States, ISO 3166-1 alpha-2 (Greece is GR): an order disables content in all of them.</summary>
    public static IReadOnlyList<string> MemberStates { get; } =
    [
        "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IT", "LT", "LU", "LV",
        "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK",
    ];

    /// <summary>TCO Art. 2(7)(a)-(e).</summary>
    public static IReadOnlyList<string> MaterialTypes { get; } =
        ["incitement", "soliciting_offence", "soliciting_participation", "instruction", "threat"];

    public static IReadOnlyList<string> AuthorityTypes { get; } = ["judicial", "law_enforcement", "other"];

    /// <summary>Channels a legal officer can enter a document from (API submissions are <c>api</c>).</summary>
    public static IReadOnlyList<string> EntryChannels { get; } = ["perci", "email", "other"];

    /// <summary>Annex III: the order cannot be executed because it is unclear (Art. 3(8)).</summary>
    public static IReadOnlyList<string> ClarificationReasons { get; } = ["manifest_error", "insufficient_information"];

    /// <summary>Annex III: the order cannot be executed for reasons outside the provider's control (Art. 3(7)).</summary>
    public static IReadOnlyList<string> ImpossibilityReasons { get; } = ["force_majeure", "de_facto_impossibility"];

    /// <summary>disable_in_eu: disabled in every Member State; remove: removed everywhere.</summary>
    public static IReadOnlyList<string> ExecutionActions { get; } = ["disable_in_eu", "remove"];

    public static IReadOnlyList<string> ScrutinyRequesters { get; } = ["hosting_provider", "content_provider"];

    /// <summary>Checks the Annex I fields; throws <see cref="ErrorCodes.InvalidRequest"/> naming the first bad one.</summary>
    public static void Check(RemovalOrderSubmission s)
    {
        ArgumentNullException.ThrowIfNull(s);
        ModerationTerms.Required(s.AuthorityReference, 200, "authorityReference");
        ModerationTerms.Require(s.IssuingMemberState, MemberStates, "issuingMemberState");
        if (s.IssuingAuthority is not { } authority)
        {
            throw new MizanException(ErrorCodes.InvalidRequest, "\"issuingAuthority\" is required (Annex I section A).");
        }

        ModerationTerms.Required(authority.Name, 500, "issuingAuthority.name");
        ModerationTerms.Require(authority.Type, AuthorityTypes, "issuingAuthority.type");
        ModerationTerms.Optional(authority.Representative, 200, "issuingAuthority.representative");
        ModerationTerms.Optional(authority.FileNumber, 200, "issuingAuthority.fileNumber");
        ModerationTerms.Optional(authority.Address, 1000, "issuingAuthority.address");
        ModerationTerms.Optional(authority.Phone, 64, "issuingAuthority.phone");
        ModerationTerms.Optional(authority.Email, 320, "issuingAuthority.email");
        ModerationTerms.Optional(s.FollowUpContact, 1000, "followUpContact");
        if (s.Urls is not { Count: > 0 and <= 1000 } urls)
        {
            throw new MizanException(ErrorCodes.InvalidRequest, "\"urls\" must list the exact URLs of the content, 1-1000 of them (Annex I section B).");
        }

        foreach (string? url in urls)
        {
            if (url is null || url.Length > 2000 || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
            {
                throw new MizanException(ErrorCodes.InvalidRequest, $"\"urls\" must hold absolute http(s) URLs; got '{url}'.");
            }
        }

        ModerationTerms.Optional(s.AdditionalLocators, 5000, "additionalLocators");
        if (s.MaterialTypes is not { Count: > 0 } types)
        {
            throw new MizanException(ErrorCodes.InvalidRequest, $"\"materialTypes\" must name at least one of {string.Join(", ", MaterialTypes)} (TCO Art. 2(7)).");
        }

        foreach (string? type in types)
        {
            ModerationTerms.Require(type, MaterialTypes, "materialTypes");
        }

        ModerationTerms.Required(s.Reasons, 5000, "reasons");
        if (s.Redress is not { } redress)
        {
            throw new MizanException(ErrorCodes.InvalidRequest, "\"redress\" is required: the body or court and the deadline to challenge the order (Annex I section G).");
        }

        ModerationTerms.Required(redress.Body, 500, "redress.body");
        ModerationTerms.Optional(redress.Deadline, 200, "redress.deadline");
        ModerationTerms.Optional(redress.LawUrl, 500, "redress.lawUrl");
        if (s.IsCrossBorder)
        {
            ModerationTerms.Require(s.HomeMemberState, MemberStates, "homeMemberState");
        }
        else if (s.HomeMemberState is not null)
        {
            ModerationTerms.Require(s.HomeMemberState, MemberStates, "homeMemberState");
        }
    }
}
