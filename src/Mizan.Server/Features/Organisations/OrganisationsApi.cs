using System.Security.Claims;
using Mizan.Data.Organisations;
using Mizan.Server.Infrastructure;

namespace Mizan.Server.Features.Organisations;

/// <summary><c>/v1/organisations</c>: the organisations keys belong to (administrators only).</summary>
internal static class OrganisationsApi
{
    public static void MapOrganisationsApi(this IEndpointRouteBuilder v1)
    {
        var group = v1.MapGroup("/organisations").WithTags("Organisations").RequireAuthorization(Policies.Admin);

        group.MapGet("/", async (OrganisationService service, CancellationToken ct) =>
                Results.Ok(new OrganisationList(await service.ListAsync(ct).ConfigureAwait(false))))
            .WithName("ListOrganisations")
            .Produces<OrganisationList>();

        group.MapPost("/", async (CreateOrganisationRequest body, OrganisationService service, ClaimsPrincipal user, CancellationToken ct) =>
            {
                var created = await service.CreateAsync(body.Name, body.Kind, body.MemberState, user.Actor(), ct).ConfigureAwait(false);
                return Results.Created($"/v1/organisations/{created.Id}", created);
            })
            .WithName("CreateOrganisation")
            .WithSummary("Create an organisation (kind: platform, authority, peer or trusted_flagger)")
            .Produces<OrganisationView>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }
}
