using System.Security.Claims;
using Mizan.Data.Legal.Referrals;
using Mizan.Server.Infrastructure;

namespace Mizan.Server.Features.Referrals;

/// <summary>Referrals from authorities under <c>/v1/referrals</c>.</summary>
internal static class ReferralsApi
{
    public static void MapReferralsApi(this IEndpointRouteBuilder v1)
    {
        var referrals = v1.MapGroup("/referrals").WithTags("Referrals");

        referrals.MapPost("/", async (HttpRequest request, ReferralService service, ClaimsPrincipal user, CancellationToken ct) =>
            {
                var body = await JsonBody.ReadAsync<ReferralSubmission>(request, ct).ConfigureAwait(false);
                var referral = await service.SubmitAsync(body, user.Caller(), ct).ConfigureAwait(false);
                return Results.Created($"/v1/referrals/{referral.Id}", referral);
            })
            .RequireAuthorization(Policies.ReferralsSubmit)
            .WithName("SubmitReferral")
            .WithSummary("A non-binding referral: the URLs that name known items open review cases against the platform's terms")
            .WithDescription("{\"urls\": [...], \"reasons\", \"allegedClause\", \"reference\", \"referrerType\": \"eu_iru\"|\"national_iru\"|\"law_enforcement\"|\"other\"}. An authority key submits for its own organisation (a trusted_flagger organisation's referrals get priority 1); a legal officer entering one received elsewhere adds \"organisationId\" and \"channel\": \"perci\"|\"email\"|\"post\"|\"other\".")
            .Accepts<ReferralSubmission>("application/json")
            .Produces<ReferralView>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        referrals.MapGet("/", async (
                string? status, string? outcome, string? organisationId, string? trustedFlagger, string? from, string? to, string? cursor, string? limit,
                ReferralService service, ClaimsPrincipal user, CancellationToken ct) =>
            {
                var query = new ReferralQuery(
                    QueryValues.Text(status), QueryValues.Text(outcome), (int?)QueryValues.Id(organisationId, "organisationId"),
                    QueryValues.Flag(trustedFlagger, "trustedFlagger"), QueryValues.Time(from, "from"), QueryValues.Time(to, "to"),
                    QueryValues.Id(cursor, "cursor"), PageSize.Parse(limit, 50, 200));
                return Results.Ok(await service.ListAsync(query, user.OwnOrganisationOnly(), ct).ConfigureAwait(false));
            })
            .RequireAuthorization(Policies.ReferralsRead)
            .WithName("ListReferrals")
            .WithSummary("Referrals newest first (government requests, counted apart from notices); an authority sees only its own")
            .WithDescription("Query: status (received|assessed|answered), outcome (actioned_under_terms|no_violation|needs_info), organisationId, trustedFlagger (true|false), from, to (received; ISO 8601, to exclusive), cursor, limit (1-200, default 50).")
            .Produces<ReferralPage>()
            .ProducesProblem(StatusCodes.Status400BadRequest);

        referrals.MapGet("/{id:long}", async (long id, ReferralService service, ClaimsPrincipal user, CancellationToken ct) =>
                Results.Ok(await service.GetAsync(id, user.OwnOrganisationOnly(), ct).ConfigureAwait(false)))
            .RequireAuthorization(Policies.ReferralsRead)
            .WithName("GetReferral")
            .WithSummary("A referral; the referrer's keys see its status, outcome and reasons only, other authorities get 404")
            .Produces<ReferralView>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        referrals.MapPost("/{id:long}/outcome", async (long id, HttpRequest request, ReferralService service, ClaimsPrincipal user, CancellationToken ct) =>
            {
                var body = await JsonBody.ReadAsync<ReferralOutcomeInput>(request, ct).ConfigureAwait(false);
                return Results.Ok(await service.AnswerAsync(id, body, user.Caller(), ct).ConfigureAwait(false));
            })
            .RequireAuthorization(Policies.ReferralsAnswer)
            .WithName("AnswerReferral")
            .WithSummary("Record the outcome by hand (it is recorded by itself once every case of the referral is decided) and feed it back")
            .WithDescription("{\"outcome\": \"actioned_under_terms\"|\"no_violation\"|\"needs_info\", \"assessedAgainst\": the terms clause(s) (required unless needs_info), \"reasons\": told to the referrer, so no user identity and no content}. A referral answered already is a 409.")
            .Accepts<ReferralOutcomeInput>("application/json")
            .Produces<ReferralView>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }
}
