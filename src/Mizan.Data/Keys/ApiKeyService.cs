using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Mizan.Core;
using Mizan.Data.Audit;
using Mizan.Data.Entities;
using Mizan.Data.Organisations;

namespace Mizan.Data.Keys;

/// <summary>
/// API keys: 256 random bits, shown once, stored as SHA-256. A fast hash is enough here (unlike passwords):
/// the secret has full entropy, so there is nothing to guess. Creating and revoking a key is audited.
/// </summary>
public sealed class ApiKeyService(MizanDbContext db, AuditLog audit, TimeProvider clock)
{
    private const string KeyPrefix = "mzn_";

    /// <summary>Creates a key of the default organisation, recorded as done by the system component <c>keys</c>.</summary>
    public Task<CreatedApiKey> CreateAsync(string name, string role, CancellationToken cancellationToken) =>
        CreateAsync(name, role, OrganisationService.DefaultId, AuditActor.System("keys"), cancellationToken);

    /// <summary>Creates a key with a role and a name for an organisation.</summary>
    public async Task<CreatedApiKey> CreateAsync(
        string name, string role, int organisationId, AuditActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!Roles.IsKnown(role))
        {
            throw new MizanException(ErrorCodes.InvalidRequest, $"Unknown role '{role}'. Roles: {string.Join(", ", Roles.All)}.");
        }

        if (string.IsNullOrWhiteSpace(name) || name.Length > 200)
        {
            throw new MizanException(ErrorCodes.InvalidRequest, "A key needs a name of 1-200 characters.");
        }

        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        if (!await db.Organisations.AnyAsync(o => o.Id == organisationId, cancellationToken).ConfigureAwait(false))
        {
            throw new MizanException(ErrorCodes.NotFound, $"There is no organisation with id {organisationId}.");
        }

        string key = KeyPrefix + Base64Url(RandomNumberGenerator.GetBytes(32));
        var entity = new ApiKey
        {
            Name = name,
            Role = role,
            OrganisationId = organisationId,
            KeyHash = Hash(key),
            Prefix = key[..12],
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.ApiKeys.Add(entity);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await audit.AppendAsync(db, actor, new AuditRecord("key.created", "key", Id(entity), null, View(entity), null), cancellationToken).ConfigureAwait(false);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new CreatedApiKey(entity.Id, entity.Name, entity.Role, key, entity.Prefix, entity.CreatedAt, entity.OrganisationId);
    }

    /// <summary>Revokes a key: it never authenticates again. <see cref="ErrorCodes.NotFound"/> for an unknown id.</summary>
    public async Task<ApiKeyView> RevokeAsync(int id, AuditActor actor, string? reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var entity = await db.ApiKeys.FirstOrDefaultAsync(k => k.Id == id, cancellationToken).ConfigureAwait(false)
            ?? throw new MizanException(ErrorCodes.NotFound, $"There is no key with id {id}.");
        if (entity.RevokedAt is not null)
        {
            return View(entity);
        }

        var before = View(entity);
        entity.RevokedAt = clock.GetUtcNow().UtcDateTime;
        await audit.AppendAsync(db, actor, new AuditRecord("key.revoked", "key", Id(entity), before, View(entity), reason), cancellationToken).ConfigureAwait(false);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return View(entity);
    }

    /// <summary>Every key, by id (without secrets).</summary>
    public async Task<IReadOnlyList<ApiKeyView>> ListAsync(CancellationToken cancellationToken) =>
        await db.ApiKeys.AsNoTracking().OrderBy(k => k.Id)
            .Select(k => new ApiKeyView(k.Id, k.Name, k.Role, k.OrganisationId, k.Prefix, k.CreatedAt, k.RevokedAt))
            .ToListAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>Whether any key exists (the first start creates an admin key).</summary>
    public Task<bool> AnyAsync(CancellationToken cancellationToken) => db.ApiKeys.AnyAsync(cancellationToken);

    /// <summary>The identity of a presented key, or null when it is unknown or revoked.</summary>
    public async Task<ApiKeyIdentity?> AuthenticateAsync(string presented, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(presented) || presented.Length > 200)
        {
            return null;
        }

        string hash = Hash(presented);
        return await db.ApiKeys.AsNoTracking()
            .Where(k => k.KeyHash == hash && k.RevokedAt == null)
            .Select(k => new ApiKeyIdentity(k.Id, k.Name, k.Role, k.OrganisationId))
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
    }

    private static ApiKeyView View(ApiKey k) => new(k.Id, k.Name, k.Role, k.OrganisationId, k.Prefix, k.CreatedAt, k.RevokedAt);

    private static string Id(ApiKey k) => k.Id.ToString(CultureInfo.InvariantCulture);

    private static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
