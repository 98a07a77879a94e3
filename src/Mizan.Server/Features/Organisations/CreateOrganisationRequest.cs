namespace Mizan.Server.Features.Organisations;

/// <summary>A new organisation: a unique name and one of the kinds platform, authority, peer, trusted_flagger.</summary>
internal sealed record CreateOrganisationRequest(string? Name, string? Kind);
