namespace Mizan.Data.Entities;

/// <summary>An API key. Only the SHA-256 of the secret is stored; the secret is shown once at creation.</summary>
public sealed class ApiKey
{
    public int Id { get; set; }

    public required string Name { get; set; }

    public required string Role { get; set; }

    /// <summary>The organisation the key acts for.</summary>
    public int OrganisationId { get; set; }

    public Organisation? Organisation { get; set; }

    /// <summary>Lower-case hex SHA-256 of the whole key string.</summary>
    public required string KeyHash { get; set; }

    /// <summary>The key's first characters, to tell keys apart in listings.</summary>
    public required string Prefix { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? RevokedAt { get; set; }
}
