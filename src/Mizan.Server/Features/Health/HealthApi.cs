using Mizan.Data;
using Mizan.Data.Matching;

namespace Mizan.Server.Features.Health;

/// <summary><c>GET /health</c> for load balancers: 200 when the database answers, 503 otherwise.</summary>
internal static class HealthApi
{
    public static void MapHealthApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", async (MizanDbContext db, MatchIndexes indexes, CancellationToken ct) =>
        {
            bool databaseOk;
            try
            {
                databaseOk = await db.Database.CanConnectAsync(ct).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is System.Data.Common.DbException or InvalidOperationException)
            {
                databaseOk = false;
            }

            var body = new HealthResponse(
                databaseOk && indexes.Loaded ? "ok" : "unavailable",
                databaseOk ? "ok" : "unavailable",
                new IndexCounts(indexes.Loaded, indexes.PdqCount, indexes.ExactCount));
            return databaseOk && indexes.Loaded ? Results.Ok(body) : Results.Json(body, statusCode: StatusCodes.Status503ServiceUnavailable);
        })
        .AllowAnonymous()
        .WithName("Health")
        .WithTags("Health")
        .Produces<HealthResponse>()
        .Produces<HealthResponse>(StatusCodes.Status503ServiceUnavailable);
    }
}
