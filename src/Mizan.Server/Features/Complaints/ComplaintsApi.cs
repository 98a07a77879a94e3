using System.Security.Claims;
using Mizan.Data.Moderation.Complaints;
using Mizan.Server.Infrastructure;

namespace Mizan.Server.Features.Complaints;

/// <summary>Complaints and appeals under <c>/v1/complaints</c>.</summary>
internal static class ComplaintsApi
{
    public static void MapComplaintsApi(this IEndpointRouteBuilder v1)
    {
        var complaints = v1.MapGroup("/complaints").WithTags("Complaints");

        complaints.MapPost("/", async (HttpRequest request, ComplaintService service, ClaimsPrincipal user, CancellationToken ct) =>
            {
                var body = await JsonBody.ReadAsync<ComplaintSubmission>(request, ct).ConfigureAwait(false);
                var complaint = await service.SubmitAsync(body, user.Caller(), ct).ConfigureAwait(false);
                return Results.Created($"/v1/complaints/{complaint.Id}", complaint);
            })
            .RequireAuthorization(Policies.ComplaintsSubmit)
            .WithName("SubmitComplaint")
            .WithSummary("A complaint by the affected user or the notifier, relayed by the platform")
            .WithDescription("{\"decisionId\", \"complainant\": \"content_provider\"|\"notifier\", \"ref\": the uploader's account reference or the notifier's reference or e-mail, \"grounds\"}. Open for Moderation:ComplaintWindowMonths (at least 6) after the user was informed.")
            .Accepts<ComplaintSubmission>("application/json")
            .Produces<ComplaintView>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        complaints.MapGet("/", async (string? status, ComplaintService service, CancellationToken ct) =>
                Results.Ok(await service.ListAsync(status, ct).ConfigureAwait(false)))
            .RequireAuthorization(Policies.ComplaintsQueue)
            .WithName("ListComplaints")
            .WithSummary("Complaints by due date")
            .Produces<IReadOnlyList<ComplaintView>>()
            .ProducesProblem(StatusCodes.Status400BadRequest);

        complaints.MapGet("/{id:long}", async (long id, ComplaintService service, ClaimsPrincipal user, CancellationToken ct) =>
                Results.Ok(await service.GetAsync(id, user.OwnOrganisationOnly(), ct).ConfigureAwait(false)))
            .RequireAuthorization(Policies.ComplaintsRead)
            .WithName("GetComplaint")
            .Produces<ComplaintView>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        complaints.MapPost("/{id:long}/decision", async (long id, HttpRequest request, ComplaintService service, ClaimsPrincipal user, CancellationToken ct) =>
            {
                var body = await JsonBody.ReadAsync<ComplaintDecisionInput>(request, ct).ConfigureAwait(false);
                return Results.Ok(await service.DecideAsync(id, body, user.Caller(), ct).ConfigureAwait(false));
            })
            .RequireAuthorization(Policies.ComplaintsDecide)
            .WithName("DecideComplaint")
            .WithSummary("Uphold or reverse; the original decider gets 403 same_reviewer")
            .WithDescription("{\"outcome\": \"upheld\"|\"reversed\", \"reasons\"}. A reversal restores the content (webhooks decision.reversed and content.restored) and flags the bank entries behind an automated detection for review.")
            .Accepts<ComplaintDecisionInput>("application/json")
            .Produces<ComplaintView>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }
}
