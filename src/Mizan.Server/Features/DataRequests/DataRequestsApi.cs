using System.Security.Claims;
using Mizan.Data.Legal.DataRequests;
using Mizan.Server.Features.Referrals;
using Mizan.Server.Infrastructure;

namespace Mizan.Server.Features.DataRequests;

/// <summary>Law-enforcement data requests under <c>/v1/data-requests</c>.</summary>
internal static class DataRequestsApi
{
    public static void MapDataRequestsApi(this IEndpointRouteBuilder v1)
    {
        var requests = v1.MapGroup("/data-requests").WithTags("Data requests");

        requests.MapPost("/", async (HttpRequest request, DataRequestService service, ClaimsPrincipal user, CancellationToken ct) =>
            {
                var body = await JsonBody.ReadAsync<DataRequestSubmission>(request, ct).ConfigureAwait(false);
                var created = await service.SubmitAsync(body, user.Caller(), ct).ConfigureAwait(false);
                return Results.Created($"/v1/data-requests/{created.Id}", created);
            })
            .RequireAuthorization(Policies.DataRequestsSubmit)
            .WithName("SubmitDataRequest")
            .WithSummary("Record a law-enforcement data request with its legal process; a preservation letter places 2703(f) holds on the named items")
            .WithDescription("{\"jurisdiction\", \"agency\", \"processType\": \"subpoena\"|\"court_order_2703d\"|\"warrant\"|\"emergency_2702\"|\"preservation_letter\"|\"mlat\"|\"european_production_order\"|\"other\", \"reference\", \"dataCategories\": [\"basic_subscriber_information\"|\"non_content\"|\"content\"], \"accountRefs\", \"itemIds\", \"urls\", \"emergency\", \"emergencyJustification\" (required in an emergency), \"nonDisclosureUntil\", \"document\": {\"contentBase64\", \"mediaType\", \"fileName\"} (stored once and hashed)}. A legal officer entering one adds \"organisationId\" and \"channel\". An authority key gets the status only.")
            .Accepts<DataRequestSubmission>("application/json")
            .Produces<DataRequestView>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        requests.MapGet("/", async (
                string? status, string? processType, string? organisationId, string? emergency, string? from, string? to, string? cursor, string? limit,
                DataRequestService service, ClaimsPrincipal user, CancellationToken ct) =>
            {
                var query = new DataRequestQuery(
                    QueryValues.Text(status), QueryValues.Text(processType), (int?)QueryValues.Id(organisationId, "organisationId"),
                    QueryValues.Flag(emergency, "emergency"), QueryValues.Time(from, "from"), QueryValues.Time(to, "to"),
                    QueryValues.Id(cursor, "cursor"), PageSize.Parse(limit, 50, 200));
                return Results.Ok(await service.ListAsync(query, user.OwnOrganisationOnly(), ct).ConfigureAwait(false));
            })
            .RequireAuthorization(Policies.DataRequestsRead)
            .WithName("ListDataRequests")
            .WithSummary("Data requests newest first; an authority sees only its own, as status")
            .WithDescription("Query: status (received|disclosed|rejected), processType, organisationId, emergency (true|false), from, to (received; ISO 8601, to exclusive), cursor, limit (1-200, default 50).")
            .Produces<DataRequestPage>()
            .ProducesProblem(StatusCodes.Status400BadRequest);

        requests.MapGet("/{id:long}", async (long id, DataRequestService service, ClaimsPrincipal user, CancellationToken ct) =>
                Results.Ok(await service.GetAsync(id, user.OwnOrganisationOnly(), ct).ConfigureAwait(false)))
            .RequireAuthorization(Policies.DataRequestsRead)
            .WithName("GetDataRequest")
            .WithSummary("A data request; the requesting authority sees its status, and the disclosure only once approved; other authorities get 404")
            .Produces<DataRequestView>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        requests.MapPost("/{id:long}/review", async (long id, HttpRequest request, DataRequestService service, ClaimsPrincipal user, CancellationToken ct) =>
            {
                var body = await JsonBody.ReadAsync<DataRequestReviewInput>(request, ct).ConfigureAwait(false);
                return Results.Ok(await service.ReviewAsync(id, body, user.Caller(), ct).ConfigureAwait(false));
            })
            .RequireAuthorization(Policies.DataRequestsReview)
            .WithName("ReviewDataRequest")
            .WithSummary("A legal officer's review: approve (with the legal basis; the disclosure is compiled now), approve in part, or reject")
            .WithDescription("{\"outcome\": \"approved\"|\"partially_approved\"|\"rejected\", \"legalBasis\" (required unless rejected), \"approvedCategories\" (partially_approved: some of the requested categories), \"notes\"}. Once only (409 after). Webhook data_request.reviewed (status, without the disclosure) to the requesting organisation.")
            .Accepts<DataRequestReviewInput>("application/json")
            .Produces<DataRequestView>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }
}
