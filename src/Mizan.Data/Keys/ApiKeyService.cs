using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Mizan.Core;
using Mizan.Data.Entities;

namespace Mizan.Data.Keys;

/// <summary>
/// API keys: 256 random bits, shown once, stored as SHA-256. A fast hash is enough here (unlike passwords):
/// the secret has full entropy, so there is nothing to guess.
/// </summary>
public sealed class ApiKeyService(MizanDbContext db, TimeProvider clock)
{
    private const string KeyPrefix = "mzn_";

    /// <summary>Creates a key with a role and a name.</summary>
    public async Task<CreatedApiKey> CreateAsync(string name, string role, CancellationToken cancellationToken)
    {
        if (!Roles.IsKnown(role))
        {
            throw new MizanException(ErrorCodes.InvalidRequest, $"Unknown role '{role}'. Roles: {string.Join(", ", Roles.All)}.");
        }

        if (string.IsNullOrWhiteSpace(name) || name.Length > 200)
        {
            throw new MizanException(ErrorCodes.InvalidRequest, "A key needs a name of 1-200 characters.");
        }

        string key = KeyPrefix + Base64Url(RandomNumberGenerator.GetBytes(32));
        var entity = new ApiKey
        {
            Name = name,
            Role = role,
            KeyHash = Hash(key),
            Prefix = key[..12],
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.ApiKeys.Add(entity);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return new CreatedApiKey(entity.Id, entity.Name, entity.Role, key, entity.Prefix, entity.CreatedAt);
    }

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
            .Select(k => new ApiKeyIdentity(k.Id, k.Name, k.Role))
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
    }

    private static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
