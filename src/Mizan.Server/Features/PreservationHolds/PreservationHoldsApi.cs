using System.Security.Claims;
using Mizan.Data.Legal.Preservation;
using Mizan.Server.Features.Referrals;
using Mizan.Server.Infrastructure;

namespace Mizan.Server.Features.PreservationHolds;

/// <summary>Preservation holds under <c>/v1/preservation-holds</c>: metadata for legal, admin and auditors; the copy for legal only.</summary>
internal static class PreservationHoldsApi
{
    public static void MapPreservationHoldsApi(this IEndpointRouteBuilder v1)
    {
        var holds = v1.MapGroup("/preservation-holds").WithTags("Preservation holds");

        holds.MapPost("/", async (HttpRequest request, PreservationService service, ClaimsPrincipal user, CancellationToken ct) =>
            {
                var body = await JsonBody.ReadAsync<PreservationInput>(request, ct).ConfigureAwait(false);
                var hold = await service.CreateAsync(body, user.Caller(), ct).ConfigureAwait(false);
                return Results.Created($"/v1/preservation-holds/{hold.Id}", hold);
            })
            .RequireAuthorization(Policies.PreservationWrite)
            .WithName("CreatePreservationHold")
            .WithSummary("Preserve an item's content and related data on a basis other than a removal order")
            .WithDescription("{\"itemId\", \"basis\": \"us_2703f\"|\"us_2704_backup\"|\"court_order\"|\"e_evidence\"|\"internal_legal_hold\"|\"tco_art6_specific_measure\", \"dataRequestId\" (required for us_2703f), \"requestingAuthority\", \"reference\", \"purposes\": [\"review_and_complaints\"|\"investigation\"|\"legal_proceedings\"], \"until\" (not for us_2703f, which lasts Legal:UsPreservationDays)}. Holds for removal orders are made when the order is executed.")
            .Accepts<PreservationInput>("application/json")
            .Produces<PreservationHoldView>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest);

        holds.MapGet("/", async (
                string? status, string? basis, string? itemId, string? removalOrderId, string? dataRequestId, string? cursor, string? limit,
                PreservationService service, CancellationToken ct) =>
            {
                var query = new PreservationQuery(
                    QueryValues.Text(status), QueryValues.Text(basis), QueryValues.Id(itemId, "itemId"), QueryValues.Id(removalOrderId, "removalOrderId"),
                    QueryValues.Id(dataRequestId, "dataRequestId"), QueryValues.Id(cursor, "cursor"), PageSize.Parse(limit, 50, 200));
                return Results.Ok(await service.ListAsync(query, ct).ConfigureAwait(false));
            })
            .RequireAuthorization(Policies.PreservationRead)
            .WithName("ListPreservationHolds")
            .WithSummary("Holds newest first: basis, dates, status, extensions, access count; never the preserved content")
            .WithDescription("Query: status (active|extended|released|destroyed), basis, itemId, removalOrderId, dataRequestId, cursor, limit (1-200, default 50).")
            .Produces<PreservationPage>()
            .ProducesProblem(StatusCodes.Status400BadRequest);

        holds.MapGet("/{id:long}", async (long id, PreservationService service, CancellationToken ct) =>
                Results.Ok(await service.GetAsync(id, ct).ConfigureAwait(false)))
            .RequireAuthorization(Policies.PreservationRead)
            .WithName("GetPreservationHold")
            .WithSummary("A hold's metadata; never the preserved content")
            .Produces<PreservationHoldView>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        holds.MapGet("/{id:long}/accesses", async (long id, PreservationService service, CancellationToken ct) =>
                Results.Ok(await service.AccessLogAsync(id, ct).ConfigureAwait(false)))
            .RequireAuthorization(Policies.PreservationRead)
            .WithName("ListPreservationAccesses")
            .WithSummary("The hold's access log: every reading of the copy, oldest first (who, role, when, purpose and justification); never the copy")
            .Produces<IReadOnlyList<PreservationAccessView>>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        holds.MapPost("/{id:long}/access", async (long id, HttpRequest request, PreservationService service, ClaimsPrincipal user, CancellationToken ct) =>
            {
                var body = await JsonBody.ReadAsync<PreservationAccessInput>(request, ct).ConfigureAwait(false);
                return Results.Ok(await service.AccessAsync(id, body, user.Caller(), ct).ConfigureAwait(false));
            })
            .RequireAuthorization(Policies.PreservationAccess)
            .WithName("AccessPreservedCopy")
            .WithSummary("Read the preserved content and related data for a stated purpose; every reading is logged (TCO Art. 6(3))")
            .WithDescription("{\"purpose\": one of the hold's purposes, \"justification\": why this reading is needed}. Without either: 400 and nothing is read. Each reading is a row of the hold's access log and an audit event preservation_hold.accessed (who, purpose, justification).")
            .Accepts<PreservationAccessInput>("application/json")
            .Produces<PreservedCopy>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        holds.MapPost("/{id:long}/extensions", async (long id, HttpRequest request, PreservationService service, ClaimsPrincipal user, CancellationToken ct) =>
            {
                var body = await JsonBody.ReadAsync<PreservationExtensionInput>(request, ct).ConfigureAwait(false);
                return Results.Ok(await service.ExtendAsync(id, body, user.Caller(), ct).ConfigureAwait(false));
            })
            .RequireAuthorization(Policies.PreservationWrite)
            .WithName("ExtendPreservationHold")
            .WithSummary("Extend a hold on request (2703(f): by at most Legal:UsPreservationDays per renewed request)")
            .WithDescription("{\"requestedBy\", \"until\", \"reason\"}.")
            .Accepts<PreservationExtensionInput>("application/json")
            .Produces<PreservationHoldView>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        holds.MapPost("/{id:long}/release", async (long id, HttpRequest request, PreservationService service, ClaimsPrincipal user, CancellationToken ct) =>
            {
                var body = await JsonBody.ReadAsync<PreservationReleaseInput>(request, ct).ConfigureAwait(false);
                return Results.Ok(await service.ReleaseAsync(id, body, user.Caller(), ct).ConfigureAwait(false));
            })
            .RequireAuthorization(Policies.PreservationWrite)
            .WithName("ReleasePreservationHold")
            .WithSummary("End a hold early; the next expiry pass destroys the copy")
            .WithDescription("{\"reason\"}.")
            .Accepts<PreservationReleaseInput>("application/json")
            .Produces<PreservationHoldView>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }
}
