using Microsoft.EntityFrameworkCore;
using Mizan.Core;
using Mizan.Data.Entities;
using Mizan.Data.Keys;
using Mizan.Data.Moderation;
using Mizan.Data.Organisations;

namespace Mizan.Data.Legal;

/// <summary>
/// Whose submission a referral or a data request is: an authority key's own organisation, or, when a legal officer
/// enters one received by another channel, the authority organisation the officer names.
/// </summary>
public static class AuthoritySubmitters
{
    /// <summary>The submitting organisation; throws a problem when the caller may not submit for it.</summary>
    public static async Task<Organisation> ResolveAsync(
        MizanDbContext db, ModerationActor actor, int? organisationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.Role == Roles.Authority)
        {
            if (organisationId is { } other && other != actor.OrganisationId)
            {
                throw new MizanException(ErrorCodes.InvalidRequest, "\"organisationId\" is given only by a legal officer entering a submission; an authority key submits for its own organisation.");
            }

            var own = await db.Organisations.AsNoTracking().FirstAsync(o => o.Id == actor.OrganisationId, cancellationToken).ConfigureAwait(false);
            if (!IsAuthority(own))
            {
                throw new MizanException(ErrorCodes.Forbidden, $"This key's organisation '{own.Name}' is not an authority (kind authority or trusted_flagger).");
            }

            return own;
        }

        int id = organisationId ?? throw new MizanException(ErrorCodes.InvalidRequest, "\"organisationId\" is required: the authority organisation the submission came from.");
        var named = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, cancellationToken).ConfigureAwait(false);
        if (named is null || !IsAuthority(named))
        {
            throw new MizanException(ErrorCodes.InvalidRequest, $"\"organisationId\" {id} is not an authority organisation (kind authority or trusted_flagger).");
        }

        return named;
    }

    /// <summary>Channels a legal officer may record; an authority key always submits through <c>api</c>.</summary>
    public static IReadOnlyList<string> Channels { get; } = ["api", "perci", "email", "post", "other"];

    /// <summary>The channel of a submission: <c>api</c> for an authority key, the officer's stated channel otherwise.</summary>
    public static string Channel(ModerationActor actor, string? channel)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.Role == Roles.Authority)
        {
            return "api";
        }

        return ModerationTerms.Require(channel ?? "email", Channels, "channel");
    }

    private static bool IsAuthority(Organisation o) => o.Kind is OrganisationKinds.Authority or OrganisationKinds.TrustedFlagger;
}
