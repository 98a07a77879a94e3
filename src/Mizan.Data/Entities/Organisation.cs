namespace Mizan.Data.Entities;

/// <summary>
/// An organisation: this service and its sub-platforms, an authority, a peer, a trusted flagger. Every API key
/// belongs to one; the default organisation (id 1) owns the keys made before organisations existed.
/// </summary>
public sealed class Organisation
{
    public int Id { get; set; }

    public required string Name { get; set; }

    /// <summary>One of <see cref="Mizan.Data.Organisations.OrganisationKinds"/>.</summary>
    public required string Kind { get; set; }

    /// <summary>For an authority: its Member State (ISO 3166-1 alpha-2), for orders and reports.</summary>
    public string? MemberState { get; set; }

    public DateTime CreatedAt { get; set; }
}
