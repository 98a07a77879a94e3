using System.Security.Claims;
using System.Text.Json;
using Mizan.Data.Moderation.Policy;
using Mizan.Server.Infrastructure;

namespace Mizan.Server.Features.Policy;

/// <summary><c>/v1/policy</c>: what happens on a match, per bank and per signal.</summary>
internal static class PolicyApi
{
    public static void MapPolicyApi(this IEndpointRouteBuilder v1)
    {
        var policy = v1.MapGroup("/policy").WithTags("Policy");

        policy.MapGet("/", async (PolicyService service, CancellationToken ct) =>
            {
                var (current, version) = await service.GetAsync(ct).ConfigureAwait(false);
                return Results.Ok(new PolicyResponse(version, JsonDocument.Parse(current.ToJson()).RootElement.Clone()));
            })
            .RequireAuthorization(Policies.PolicyRead)
            .WithName("GetPolicy")
            .Produces<PolicyResponse>();

        policy.MapPut("/", async (HttpRequest request, PolicyService service, ClaimsPrincipal user, CancellationToken ct) =>
            {
                using var doc = await JsonBody.ReadAsync(request, ct).ConfigureAwait(false);
                int version = await service.SetAsync(doc.RootElement.GetRawText(), user.Caller(), request.Headers["X-Reason"].FirstOrDefault(), ct).ConfigureAwait(false);
                var (current, _) = await service.GetAsync(ct).ConfigureAwait(false);
                return Results.Ok(new PolicyResponse(version, JsonDocument.Parse(current.ToJson()).RootElement.Clone()));
            })
            .RequireAuthorization(Policies.PolicyWrite)
            .WithName("SetPolicy")
            .WithSummary("Replace the policy (validated; an invalid policy changes nothing)")
            .WithDescription("{\"default\": {\"action\": \"case\", \"priority\": 3}, \"nearExact\": {\"pdqMaxDistance\": 8, \"textMinSimilarity\": 0.95}, \"automatic\": {\"ground\", \"reference\", \"explanation\"}, \"banks\": {\"NAME\": {\"verified\": true, \"default\": {...}, \"signals\": {\"pdq\": {\"action\": \"auto\", \"priority\": 1}}}}}. Actions: none, case, auto.")
            .Accepts<ModerationPolicy>("application/json")
            .Produces<PolicyResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
    }
}
