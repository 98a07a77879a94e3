using Microsoft.EntityFrameworkCore;
using Mizan.Core;
using Mizan.Data.Audit;
using Mizan.Data.Keys;
using Mizan.Data.Organisations;

namespace Mizan.Data.Tests.Organisations;

public sealed class OrganisationServiceTests
{
    private static readonly CancellationToken s_ct = CancellationToken.None;
    private static readonly AuditActor s_actor = new("key:1:test admin", Roles.Admin, 1);

    [Fact]
    public async Task Migrations_CreateTheDefaultOrganisation()
    {
        await using var store = await TestStore.CreateAsync();

        var org = Assert.Single(await store.Get<OrganisationService>().ListAsync(s_ct));

        Assert.Equal((OrganisationService.DefaultId, "local", OrganisationKinds.Platform), (org.Id, org.Name, org.Kind));
    }

    [Fact]
    public async Task CreateAsync_NewName_IsStoredAndAudited()
    {
        await using var store = await TestStore.CreateAsync();

        var org = await store.Get<OrganisationService>().CreateAsync("Referral unit", OrganisationKinds.Authority, s_actor, s_ct);

        var e = await store.Get<MizanDbContext>().AuditEvents.AsNoTracking().SingleAsync(s_ct);
        Assert.Equal(("organisation.created", "organisation", org.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), (e.Action, e.SubjectType, e.SubjectId));
        Assert.Equal(("key:1:test admin", Roles.Admin, 1), (e.ActorName, e.ActorRole, e.ActorOrganisationId));
        Assert.Contains("\"kind\":\"authority\"", e.After, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("local", "platform", ErrorCodes.Conflict)]
    [InlineData("x", "government", ErrorCodes.InvalidRequest)]
    [InlineData("", "platform", ErrorCodes.InvalidRequest)]
    [InlineData(null, "platform", ErrorCodes.InvalidRequest)]
    public async Task CreateAsync_BadInput_IsRefusedAndStoresNothing(string? name, string kind, string code)
    {
        await using var store = await TestStore.CreateAsync();

        var ex = await Assert.ThrowsAsync<MizanException>(() => store.Get<OrganisationService>().CreateAsync(name, kind, s_actor, s_ct));

        Assert.Equal(code, ex.ErrorCode);
        Assert.Single(await store.Get<OrganisationService>().ListAsync(s_ct));
        Assert.Equal(0, await store.Get<MizanDbContext>().AuditEvents.CountAsync(s_ct));
    }

    [Fact]
    public async Task ApiKeys_BelongToTheirOrganisation_AndCreationAndRevocationAreAudited()
    {
        await using var store = await TestStore.CreateAsync();
        var org = await store.Get<OrganisationService>().CreateAsync("Referral unit", OrganisationKinds.Authority, s_actor, s_ct);
        var keys = store.Get<ApiKeyService>();

        var key = await keys.CreateAsync("unit key", Roles.Authority, org.Id, s_actor, s_ct);
        var identity = await keys.AuthenticateAsync(key.Key, s_ct);
        await keys.RevokeAsync(key.Id, s_actor, "rotated", s_ct);

        Assert.Equal(new ApiKeyIdentity(key.Id, "unit key", Roles.Authority, org.Id), identity);
        Assert.Null(await keys.AuthenticateAsync(key.Key, s_ct));
        var actions = await store.Get<MizanDbContext>().AuditEvents.AsNoTracking().OrderBy(e => e.Seq).Select(e => e.Action + " " + e.Reason).ToListAsync(s_ct);
        Assert.Equal(["organisation.created ", "key.created ", "key.revoked rotated"], actions);
        Assert.True((await AuditVerifier.VerifyAsync(store.Get<MizanDbContext>(), null, s_ct)).Valid);
    }

    [Fact]
    public async Task ApiKeys_UnknownOrganisation_IsNotFound()
    {
        await using var store = await TestStore.CreateAsync();

        var ex = await Assert.ThrowsAsync<MizanException>(() => store.Get<ApiKeyService>().CreateAsync("k", Roles.Admin, 99, s_actor, s_ct));

        Assert.Equal(ErrorCodes.NotFound, ex.ErrorCode);
    }
}
