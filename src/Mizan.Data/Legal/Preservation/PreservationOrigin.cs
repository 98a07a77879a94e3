namespace Mizan.Data.Legal.Preservation;

/// <summary>What a preservation hold was created for.</summary>
/// <param name="RemovalOrderId">The removal order whose execution removed the content.</param>
/// <param name="DataRequestId">The data request (for example a 2703(f) letter) that asked for it.</param>
/// <param name="RequestingOrganisationId">The authority's organisation.</param>
/// <param name="RequestingAuthority">The authority's name.</param>
/// <param name="Reference">The authority's reference.</param>
public sealed record PreservationOrigin(
    long? RemovalOrderId, long? DataRequestId, int? RequestingOrganisationId, string? RequestingAuthority, string? Reference);
