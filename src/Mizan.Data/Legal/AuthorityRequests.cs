using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Mizan.Core;

namespace Mizan.Data.Legal;

/// <summary>What an authority sends and later reads back: a referral or a data request.</summary>
public interface IAuthorityRequest
{
    long Id { get; }

    /// <summary>The sending authority's organisation.</summary>
    int OrganisationId { get; }

    DateTime ReceivedAt { get; }
}

/// <summary>How lists of authority requests are scoped and paged: one rule for referrals and data requests.</summary>
internal static class AuthorityRequests
{
    /// <summary>
    /// The requests a reader may list: an authority (<paramref name="ownOrganisation"/> set) only its own
    /// organisation's, and none when it asks for another's; staff every organisation's, or the one asked for.
    /// </summary>
    public static IQueryable<T> Visible<T>(this IQueryable<T> requests, int? askedOrganisation, int? ownOrganisation)
        where T : class, IAuthorityRequest
    {
        if (ownOrganisation is { } own)
        {
            return askedOrganisation is { } asked && asked != own
                ? requests.Where(_ => false)
                : requests.Where(r => r.OrganisationId == own);
        }

        return askedOrganisation is { } organisation ? requests.Where(r => r.OrganisationId == organisation) : requests;
    }

    /// <summary>
    /// One page, newest first: received in [<paramref name="from"/>, <paramref name="to"/>), ids below
    /// <paramref name="cursor"/>, at most <paramref name="limit"/> (1-200); the cursor of the next page when this
    /// one is full.
    /// </summary>
    public static async Task<(List<T> Page, string? Next)> NewestPageAsync<T>(
        this IQueryable<T> requests, DateTime? from, DateTime? to, long? cursor, int limit, CancellationToken cancellationToken)
        where T : class, IAuthorityRequest
    {
        if (limit is < 1 or > 200)
        {
            throw new MizanException(ErrorCodes.InvalidRequest, "limit must be 1-200.");
        }

        if (from is { } start)
        {
            requests = requests.Where(r => r.ReceivedAt >= start);
        }

        if (to is { } end)
        {
            requests = requests.Where(r => r.ReceivedAt < end);
        }

        if (cursor is { } before)
        {
            requests = requests.Where(r => r.Id < before);
        }

        var page = await requests.OrderByDescending(r => r.Id).Take(limit).ToListAsync(cancellationToken).ConfigureAwait(false);
        string? next = page.Count == limit ? page[^1].Id.ToString(CultureInfo.InvariantCulture) : null;
        return (page, next);
    }
}
