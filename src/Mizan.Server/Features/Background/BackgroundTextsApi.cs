using System.Security.Claims;
using Mizan.Data.Background;
using Mizan.Server.Infrastructure;

namespace Mizan.Server.Features.Background;

/// <summary>
/// <c>/v1/background-texts</c>: texts whose quotations are masked before text matching (the Quran is built in;
/// administrators add common hadith, supplications and the like).
/// </summary>
internal static class BackgroundTextsApi
{
    public static void MapBackgroundTextsApi(this IEndpointRouteBuilder v1)
    {
        var group = v1.MapGroup("/background-texts").WithTags("Background texts").RequireAuthorization(Policies.BanksAdmin);

        group.MapGet("/", async (BackgroundTextService service, CancellationToken ct) =>
                Results.Ok(new BackgroundTextList(await service.ListAsync(ct).ConfigureAwait(false))))
            .WithName("ListBackgroundTexts")
            .Produces<BackgroundTextList>();

        group.MapPost("/", async (AddBackgroundTextRequest body, BackgroundTextService service, ClaimsPrincipal user, CancellationToken ct) =>
            {
                var added = await service.AddAsync(body.Name ?? "", body.Text ?? "", user.Actor(), ct).ConfigureAwait(false);
                return Results.Created($"/v1/background-texts/{added.Id}", added);
            })
            .WithName("AddBackgroundText")
            .WithSummary("Add a background text; known texts are fingerprinted again with it")
            .Produces<BackgroundTextView>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest);
    }
}
