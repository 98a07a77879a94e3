using System.Security.Claims;
using Mizan.Data.Moderation.Notices;
using Mizan.Server.Infrastructure;

namespace Mizan.Server.Features.Notices;

/// <summary>Notices (DSA Art. 16) under <c>/v1/notices</c>.</summary>
internal static class NoticesApi
{
    public static void MapNoticesApi(this IEndpointRouteBuilder v1)
    {
        var notices = v1.MapGroup("/notices").WithTags("Notices");

        notices.MapPost("/", async (HttpRequest request, NoticeService service, ClaimsPrincipal user, CancellationToken ct) =>
            {
                var body = await JsonBody.ReadAsync<NoticeSubmission>(request, ct).ConfigureAwait(false);
                var notice = await service.SubmitAsync(body, user.Caller(), ct).ConfigureAwait(false);
                return Results.Created($"/v1/notices/{notice.Id}", notice);
            })
            .RequireAuthorization(Policies.NoticesSubmit)
            .WithName("SubmitNotice")
            .WithSummary("Report content; acknowledged with an id and linked to the items it names")
            .WithDescription("{\"explanation\", \"urls\": [...], \"itemIds\": [...], \"notifier\": {\"name\", \"email\", \"ref\"}, \"goodFaith\": true, \"category\", \"categorySpecification\", \"legalProvision\"}. Name and e-mail are required except for child sexual abuse offences (categorySpecification KEYWORD_CHILD_SEXUAL_ABUSE_MATERIAL). A key of a trusted-flagger organisation files as a trusted flagger.")
            .Accepts<NoticeSubmission>("application/json")
            .Produces<NoticeView>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

        notices.MapGet("/{id:long}", async (long id, NoticeService service, ClaimsPrincipal user, CancellationToken ct) =>
                Results.Ok(await service.GetAsync(id, user.OwnOrganisationOnly(), ct).ConfigureAwait(false)))
            .RequireAuthorization(Policies.NoticesRead)
            .WithName("GetNotice")
            .Produces<NoticeView>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        notices.MapGet("/stats", async (DateTime from, DateTime to, NoticeService service, CancellationToken ct) =>
                Results.Ok(await service.StatsAsync(from.ToUniversalTime(), to.ToUniversalTime(), ct).ConfigureAwait(false)))
            .RequireAuthorization(Policies.NoticesStats)
            .WithName("NoticeStats")
            .WithSummary("Notice counts for [from, to): by notifier type, trusted flaggers, linked to items, actioned")
            .Produces<NoticeStats>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
    }
}
