namespace Mizan.Server.Features.Organisations;

/// <summary>
/// A new organisation: a unique name, one of the kinds platform, authority, peer, trusted_flagger, and for an
/// authority its Member State (ISO 3166-1 alpha-2).
/// </summary>
internal sealed record CreateOrganisationRequest(string? Name, string? Kind, string? MemberState = null);
