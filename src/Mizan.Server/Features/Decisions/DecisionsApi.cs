using System.Security.Claims;
using Mizan.Data.Moderation.Decisions;
using Mizan.Data.Moderation.Statements;
using Mizan.Server.Infrastructure;

namespace Mizan.Server.Features.Decisions;

/// <summary>Decisions, their statements of reasons, and the Transparency Database export.</summary>
internal static class DecisionsApi
{
    public static void MapDecisionsApi(this IEndpointRouteBuilder v1)
    {
        v1.MapGet("/decisions/{id:long}", async (long id, DecisionService service, ClaimsPrincipal user, CancellationToken ct) =>
                Results.Ok(await service.GetAsync(id, user.OwnOrganisationOnly(), ct).ConfigureAwait(false)))
            .RequireAuthorization(Policies.DecisionsRead)
            .WithTags("Decisions")
            .WithName("GetDecision")
            .Produces<DecisionView>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        v1.MapGet("/decisions/{id:long}/statement", async (long id, string? lang, DecisionService service, ClaimsPrincipal user, CancellationToken ct) =>
            {
                var (statement, withheld) = await service.StatementAsync(id, lang, user.OwnOrganisationOnly(), ct).ConfigureAwait(false);
                return Results.Ok(new StatementResponse(statement, withheld));
            })
            .RequireAuthorization(Policies.DecisionsRead)
            .WithTags("Decisions")
            .WithName("GetStatement")
            .WithSummary("The statement of reasons (DSA Art. 17) in the user's language (lang=ar|en; default: the item's)")
            .WithDescription("A platform gets 409 statement_withheld while a secrecy order applies; staff see the statement with withheldUntil.")
            .Produces<StatementResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        v1.MapGet("/statements/export", async (DateTime from, DateTime to, TransparencyExporter exporter, CancellationToken ct) =>
                Results.Ok(await exporter.ExportAsync(from.ToUniversalTime(), to.ToUniversalTime(), ct).ConfigureAwait(false)))
            .RequireAuthorization(Policies.StatementsExport)
            .WithTags("Decisions")
            .WithName("ExportStatements")
            .WithSummary("Statements of reasons of decisions in [from, to) in the DSA Transparency Database format, each validated")
            .Produces<TdbExport>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
    }
}
