using System.Globalization;
using Mizan.Core;
using Mizan.Data;
using Mizan.Data.Audit;
using Mizan.Server.Features.Banks;
using Mizan.Server.Infrastructure;

namespace Mizan.Server.Features.Audit;

/// <summary><c>/v1/audit</c>: read the hash-chained audit log and verify it (auditors and administrators).</summary>
internal static class AuditApi
{
    private const int DefaultPageSize = 100;
    private const int MaxPageSize = 1000;

    public static void MapAuditApi(this IEndpointRouteBuilder v1)
    {
        var group = v1.MapGroup("/audit").WithTags("Audit").RequireAuthorization(Policies.AuditRead);

        group.MapGet("/", ListAsync)
            .WithName("ListAuditEvents")
            .WithSummary("Page through the audit chain in order, filtered by subject, action and time")
            .WithDescription("Query: subjectType, subjectId, action (exact, or a prefix ending in '.', e.g. 'bank.'), from and to (ISO 8601; from inclusive, to exclusive), cursor, limit (1-1000, default 100).")
            .Produces<AuditPage>()
            .ProducesProblem(StatusCodes.Status400BadRequest);

        group.MapGet("/verify", async (MizanDbContext db, CancellationToken ct) =>
                Results.Ok(await AuditVerifier.VerifyAsync(db, null, ct).ConfigureAwait(false)))
            .WithName("VerifyAuditChain")
            .WithSummary("Walk the whole chain: valid, or the first broken link and what differs")
            .Produces<AuditVerification>();
    }

    private static async Task<IResult> ListAsync(
        string? subjectType, string? subjectId, string? action, string? from, string? to, string? cursor, string? limit,
        AuditReader reader, CancellationToken ct)
    {
        int size = PageSize.Parse(limit, DefaultPageSize, MaxPageSize);

        var query = new AuditQuery(
            Blank(subjectType), Blank(subjectId), Blank(action), Time(from, "from"), Time(to, "to"), Cursor.Decode(cursor), size);
        var page = await reader.ListAsync(query, ct).ConfigureAwait(false);
        string? next = page.Count == size ? Cursor.Encode(page[^1].Seq) : null;
        return Results.Ok(new AuditPage(page, next));
    }

    private static string? Blank(string? value) => string.IsNullOrEmpty(value) ? null : value;

    private static DateTime? Time(string? value, string name)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
        {
            return parsed.UtcDateTime;
        }

        throw new MizanException(ErrorCodes.InvalidRequest, $"{name} must be an ISO 8601 time such as 2026-11-28T02:00:00Z.");
    }
}
