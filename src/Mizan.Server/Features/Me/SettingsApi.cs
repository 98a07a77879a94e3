using System.Security.Claims;
using Mizan.Data.Moderation.Settings;
using Mizan.Server.Infrastructure;

namespace Mizan.Server.Features.Me;

/// <summary><c>/v1/me/settings</c>: the caller's display settings (media blurred and greyscale until revealed).</summary>
internal static class SettingsApi
{
    public static void MapSettingsApi(this IEndpointRouteBuilder v1)
    {
        v1.MapGet("/me/settings", async (SettingsService service, ClaimsPrincipal user, CancellationToken ct) =>
                Results.Ok(await service.GetAsync(user.Caller(), ct).ConfigureAwait(false)))
            .RequireAuthorization(Policies.Settings)
            .WithTags("Me")
            .WithName("GetSettings")
            .Produces<DisplaySettings>();

        v1.MapPut("/me/settings", async (HttpRequest request, SettingsService service, ClaimsPrincipal user, CancellationToken ct) =>
            {
                var body = await JsonBody.ReadAsync<DisplaySettings>(request, ct).ConfigureAwait(false);
                return Results.Ok(await service.SetAsync(user.Caller(), body, ct).ConfigureAwait(false));
            })
            .RequireAuthorization(Policies.Settings)
            .WithTags("Me")
            .WithName("SetSettings")
            .WithSummary("{\"blurMedia\": true, \"greyscale\": true}")
            .Accepts<DisplaySettings>("application/json")
            .Produces<DisplaySettings>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
    }
}
