using Microsoft.EntityFrameworkCore;
using Mizan.Core;
using Mizan.Data.Audit;
using Mizan.Data.Entities;
using Mizan.Data.Keys;
using Mizan.Data.Legal;
using Mizan.Data.Organisations;

namespace Mizan.Data.Tests.Legal;

/// <summary>The scoping and paging shared by the lists of referrals and data requests, on the real store.</summary>
public sealed class AuthorityRequestsTests
{
    private static readonly CancellationToken s_ct = CancellationToken.None;
    private static readonly DateTime s_start = new(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task Visible_AnAuthoritySeesItsOwnOnly_AndNothingWhenItAsksForAnothers()
    {
        await using var store = await TestStore.CreateAsync();
        (int first, int second) = await SeedAsync(store);
        var referrals = store.Get<MizanDbContext>().Referrals.AsNoTracking();

        Assert.Equal(3, await referrals.Visible(null, first).CountAsync(s_ct));
        Assert.Equal(3, await referrals.Visible(first, first).CountAsync(s_ct));
        Assert.Equal(0, await referrals.Visible(second, first).CountAsync(s_ct));
        Assert.Equal(2, await referrals.Visible(second, null).CountAsync(s_ct));
        Assert.Equal(5, await referrals.Visible(null, null).CountAsync(s_ct));
    }

    [Fact]
    public async Task NewestPageAsync_PagesNewestFirst_WithinTheWindow_UntilAPageIsNotFull()
    {
        await using var store = await TestStore.CreateAsync();
        (int first, _) = await SeedAsync(store);
        var mine = store.Get<MizanDbContext>().Referrals.AsNoTracking().Visible(null, first);
        long[] ids = await mine.OrderByDescending(r => r.Id).Select(r => r.Id).ToArrayAsync(s_ct);

        var (page, next) = await mine.NewestPageAsync(null, null, null, 2, s_ct);
        Assert.Equal(ids[..2], page.Select(r => r.Id));
        Assert.Equal(ids[1].ToString(System.Globalization.CultureInfo.InvariantCulture), next);

        var (rest, end) = await mine.NewestPageAsync(null, null, long.Parse(next!, System.Globalization.CultureInfo.InvariantCulture), 2, s_ct);
        Assert.Equal(ids[2..], rest.Select(r => r.Id));
        Assert.Null(end);

        // Received on days 0, 2 and 4 (first organisation): [day 1, day 4) holds day 2 only; "to" is exclusive.
        var (window, _) = await mine.NewestPageAsync(s_start.AddDays(1), s_start.AddDays(4), null, 10, s_ct);
        Assert.Equal([s_start.AddDays(2)], window.Select(r => r.ReceivedAt));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(201)]
    public async Task NewestPageAsync_LimitOutside1To200_IsRefused(int limit)
    {
        await using var store = await TestStore.CreateAsync();
        var referrals = store.Get<MizanDbContext>().Referrals.AsNoTracking();

        var e = await Assert.ThrowsAsync<MizanException>(() => referrals.NewestPageAsync(null, null, null, limit, s_ct));

        Assert.Equal(ErrorCodes.InvalidRequest, e.ErrorCode);
    }

    /// <summary>Two authorities; the first sends referrals on days 0, 2 and 4, the second on days 1 and 3.</summary>
    private static async Task<(int First, int Second)> SeedAsync(TestStore store)
    {
        var actor = new AuditActor("key:1:test admin", Roles.Admin, 1);
        var organisations = store.Get<OrganisationService>();
        int first = (await organisations.CreateAsync("Unit one (test data)", OrganisationKinds.Authority, actor, s_ct)).Id;
        int second = (await organisations.CreateAsync("Unit two (test data)", OrganisationKinds.Authority, actor, s_ct)).Id;
        var db = store.Get<MizanDbContext>();
        for (int day = 0; day < 5; day++)
        {
            db.Referrals.Add(new Referral
            {
                OrganisationId = day % 2 == 0 ? first : second,
                ReferrerName = "Test unit",
                ReferrerType = "authority",
                Channel = "api",
                Reasons = "Test data: a neutral stand-in.",
                Status = Mizan.Data.Legal.Referrals.ReferralTerms.Received,
                ReceivedAt = s_start.AddDays(day),
            });
        }

        await db.SaveChangesAsync(s_ct);
        db.ChangeTracker.Clear();
        return (first, second);
    }
}
