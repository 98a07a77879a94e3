using System.Security.Claims;
using Mizan.Data.Moderation.Cases;
using Mizan.Data.Moderation.Decisions;
using Mizan.Server.Infrastructure;

namespace Mizan.Server.Features.Cases;

/// <summary>The review queue under <c>/v1/cases</c>.</summary>
internal static class CasesApi
{
    public static void MapCasesApi(this IEndpointRouteBuilder v1)
    {
        var cases = v1.MapGroup("/cases").WithTags("Cases");

        cases.MapGet("/", async (string? status, string? language, string? source, string? label, string? bank, string? cursor, int? limit, CaseService service, CancellationToken ct) =>
                Results.Ok(await service.ListAsync(new CaseQuery(status, language, source, label, bank, cursor, limit ?? 50), ct).ConfigureAwait(false)))
            .RequireAuthorization(Policies.CasesRead)
            .WithName("ListCases")
            .WithSummary("The queue: by priority (1 first), then oldest first; undecided cases unless status is given")
            .Produces<CasePage>()
            .ProducesProblem(StatusCodes.Status400BadRequest);

        cases.MapGet("/{id:long}", async (long id, CaseService service, ClaimsPrincipal user, CancellationToken ct) =>
                Results.Ok(await service.GetAsync(id, user.Caller(), ct).ConfigureAwait(false)))
            .RequireAuthorization(Policies.CasesRead)
            .WithName("GetCase")
            .WithSummary("A case: the item and its context, every signal with its evidence, notices, decisions, display settings")
            .Produces<CaseDetail>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        cases.MapPost("/{id:long}/claim", async (long id, CaseService service, ClaimsPrincipal user, CancellationToken ct) =>
                Results.Ok(await service.ClaimAsync(id, user.Caller(), ct).ConfigureAwait(false)))
            .RequireAuthorization(Policies.CasesWork)
            .WithName("ClaimCase")
            .Produces<CaseSummary>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        cases.MapPost("/{id:long}/release", async (long id, CaseService service, ClaimsPrincipal user, CancellationToken ct) =>
                Results.Ok(await service.ReleaseAsync(id, user.Caller(), ct).ConfigureAwait(false)))
            .RequireAuthorization(Policies.CasesWork)
            .WithName("ReleaseCase")
            .Produces<CaseSummary>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        cases.MapPost("/{id:long}/decision", async (long id, HttpRequest request, CaseService service, ClaimsPrincipal user, CancellationToken ct) =>
            {
                var body = await JsonBody.ReadAsync<DecisionInput>(request, ct).ConfigureAwait(false);
                var decision = await service.DecideAsync(id, body, user.Caller(), ct).ConfigureAwait(false);
                return Results.Created($"/v1/decisions/{decision.Id}", decision);
            })
            .RequireAuthorization(Policies.CasesWork)
            .WithName("DecideCase")
            .WithSummary("Decide a case you claimed: remove, restrict, label, keep or escalate")
            .WithDescription("{\"action\", \"countries\": [\"DE\"|\"EU\"] (restrict), \"label\" (label), \"ground\": \"illegal\"|\"incompatible\", \"groundReference\", \"groundReferenceUrl\", \"explanation\", \"exemptionConsidered\": \"none\"|\"news_reporting\"|\"research\"|\"educational\"|\"counter_speech\"|\"religious_expression\"|\"artistic_expression\", \"purposeAssessment\", \"category\", \"categorySpecification\", \"secrecyUntil\"}")
            .Accepts<DecisionInput>("application/json")
            .Produces<DecisionView>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }
}
