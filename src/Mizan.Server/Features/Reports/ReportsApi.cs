using System.Globalization;
using System.Security.Claims;
using System.Text;
using Mizan.Data.Legal.Reports;
using Mizan.Server.Infrastructure;

namespace Mizan.Server.Features.Reports;

/// <summary>Transparency reports: generated for a period, kept as produced, served as JSON and as an HTML document.</summary>
internal static class ReportsApi
{
    public static void MapReportsApi(this IEndpointRouteBuilder v1)
    {
        var reports = v1.MapGroup("/reports").WithTags("Reports");

        reports.MapPost("/", async (HttpContext http, ReportService service, ReportOptions options, TimeProvider clock, ClaimsPrincipal user, CancellationToken ct) =>
            {
                var request = await JsonBody.ReadAsync<GenerateReportRequest>(http.Request, ct).ConfigureAwait(false);
                var period = ReportPeriod.Parse(request.Year, request.Start, request.End, clock.GetUtcNow().UtcDateTime, options.MaxPeriodYears);
                var report = await service.GenerateAsync(request.Regime, period, user.Caller(), ct).ConfigureAwait(false);
                http.Response.Headers.Location = "/v1/reports/" + report.Document.Id.ToString(CultureInfo.InvariantCulture);
                return Json(http, report, StatusCodes.Status201Created);
            })
            .RequireAuthorization(Policies.Reports)
            .WithName("GenerateReport")
            .WithSummary("Generate a transparency report (regime tco, dsa, scp or all) for a calendar year or [start, end); stored with its SHA-256 and audited")
            .Accepts<GenerateReportRequest>("application/json")
            .Produces<TransparencyReportDocument>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest);

        reports.MapGet("/", async (string? limit, ReportService service, CancellationToken ct) =>
                Results.Ok(new ReportList(await service.ListAsync(PageSize.Parse(limit, 100, 500), ct).ConfigureAwait(false))))
            .RequireAuthorization(Policies.Reports)
            .WithName("ListReports")
            .WithSummary("Stored transparency reports, newest first")
            .Produces<ReportList>()
            .ProducesProblem(StatusCodes.Status400BadRequest);

        reports.MapGet("/{id:long}", async (long id, HttpContext http, ReportService service, CancellationToken ct) =>
                Json(http, await service.GetAsync(id, ct).ConfigureAwait(false), StatusCodes.Status200OK))
            .RequireAuthorization(Policies.Reports)
            .WithName("GetReport")
            .WithSummary("A stored report as JSON, byte for byte as generated (Repr-Digest carries its SHA-256)")
            .Produces<TransparencyReportDocument>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        reports.MapGet("/{id:long}/html", async (long id, ReportService service, CancellationToken ct) =>
            {
                var report = await service.GetAsync(id, ct).ConfigureAwait(false);
                return Results.Text(ReportHtml.Render(report.Document, report.Sha256), "text/html", Encoding.UTF8);
            })
            .RequireAuthorization(Policies.Reports)
            .WithName("GetReportHtml")
            .WithSummary("A stored report as a self-contained, printable HTML document with charts")
            .Produces<string>(StatusCodes.Status200OK, "text/html")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    /// <summary>The stored JSON as is, so its SHA-256 is the one recorded (RFC 9530 Repr-Digest).</summary>
    private static IResult Json(HttpContext http, StoredReport report, int status)
    {
        http.Response.Headers["Repr-Digest"] = "sha-256=:" + Convert.ToBase64String(Convert.FromHexString(report.Sha256)) + ":";
        return Results.Text(report.Json, "application/json", Encoding.UTF8, status);
    }
}

/// <summary>Stored reports.</summary>
internal sealed record ReportList(IReadOnlyList<ReportSummary> Items);
