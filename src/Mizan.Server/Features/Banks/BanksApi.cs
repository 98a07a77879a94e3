using System.Security.Claims;
using System.Text.Json;
using Mizan.Core;
using Mizan.Core.Signals;
using Mizan.Data.Audit;
using Mizan.Data.Banks;
using Mizan.Server.Features.Scan;
using Mizan.Server.Infrastructure;

namespace Mizan.Server.Features.Banks;

/// <summary>Banks and their entries under <c>/v1/banks</c>.</summary>
internal static class BanksApi
{
    private const int DefaultPageSize = 100;
    private const int MaxPageSize = 1000;
    private const int MaxBatch = 1000;

    public static void MapBanksApi(this IEndpointRouteBuilder v1)
    {
        var banks = v1.MapGroup("/banks").WithTags("Banks");

        banks.MapGet("/", async (BankService service, CancellationToken ct) =>
                Results.Ok(new BankList(await service.ListBanksAsync(ct).ConfigureAwait(false))))
            .RequireAuthorization(Policies.BanksRead)
            .WithName("ListBanks")
            .Produces<BankList>();

        banks.MapPost("/", async (CreateBankRequest body, BankService service, ClaimsPrincipal user, CancellationToken ct) =>
            {
                var bank = await service.CreateBankAsync(body.Name, body.Description, body.AutoAction, Actor(user), ct, body.TextMinSimilarity, body.TextMinContainment).ConfigureAwait(false);
                return Results.Created($"/v1/banks/{Uri.EscapeDataString(bank.Name)}", bank);
            })
            .RequireAuthorization(Policies.BanksAdmin)
            .WithName("CreateBank")
            .Produces<BankSummary>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict);

        banks.MapPatch("/{name}", async (string name, UpdateBankRequest body, BankService service, ClaimsPrincipal user, CancellationToken ct) =>
                Results.Ok(await service.UpdateBankAsync(
                    name,
                    new BankUpdate(body.Description, body.AutoAction, body.Enabled, body.TextMinSimilarity, body.TextMinContainment, body.Reason),
                    Actor(user),
                    ct).ConfigureAwait(false)))
            .RequireAuthorization(Policies.BanksAdmin)
            .WithName("UpdateBank")
            .WithSummary("Change a bank's settings (description, autoAction, enabled, text thresholds); absent fields stay")
            .Produces<BankSummary>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

        banks.MapGet("/{name}", async (string name, BankService service, CancellationToken ct) =>
                Results.Ok(await service.GetBankAsync(name, ct).ConfigureAwait(false)))
            .RequireAuthorization(Policies.BanksRead)
            .WithName("GetBank")
            .Produces<BankSummary>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        banks.MapPost("/{name}/entries", AddEntriesAsync)
            .RequireAuthorization(Policies.BanksWrite)
            .WithName("AddEntries")
            .WithSummary("Add an entry, a JSON array of entries, or an uploaded file")
            .WithDescription("JSON: {\"id\": \"e1\", \"pdq\": \"<64 hex>\", \"labels\": [\"...\"], \"source\": \"...\"} (or md5, sha256, or signal_type + value), or an array of up to 1000 such objects. Multipart: a `file` part with `id`, optional `labels` (comma-separated) and `source` fields; the file is hashed (SHA-256, MD5 and, for images, PDQ).")
            .AcceptsJsonOrMultipart<EntryRequest, EntryUpload>()
            .Produces<EntryAddResult>(StatusCodes.Status201Created)
            .Produces<EntryBatchResult>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .DisableAntiforgery();

        banks.MapGet("/{name}/entries", ListEntriesAsync)
            .RequireAuthorization(Policies.BanksRead)
            .WithName("ListEntries")
            .WithSummary("Page through a bank's entries (cursor pagination)")
            .Produces<EntryPage>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

        banks.MapPost("/{name}/entries/{id}/retract", async (string name, string id, RetractRequest body, BankService service, ClaimsPrincipal user, CancellationToken ct) =>
            {
                int count = await service.RetractAsync(name, id, body.Reason ?? "", Actor(user), ct).ConfigureAwait(false);
                return Results.Ok(new RetractResult(id, count));
            })
            .RequireAuthorization(Policies.BanksWrite)
            .WithName("RetractEntry")
            .WithSummary("Retract an entry: it never matches again; the reason is kept")
            .Produces<RetractResult>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> AddEntriesAsync(
        string name, HttpRequest request, BankService service, LimitsOptions limits, ClaimsPrincipal user, CancellationToken ct)
    {
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(ct).ConfigureAwait(false);
            var file = form.Files.GetFile("file") ?? throw new MizanException(ErrorCodes.InvalidRequest, "A multipart entry needs a file part named \"file\".");
            string id = form["id"].FirstOrDefault() ?? throw new MizanException(ErrorCodes.InvalidRequest, "A multipart entry needs an \"id\" field.");
            var signals = await FileSignalsAsync(file, limits, ct).ConfigureAwait(false);
            var input = EntryInputs.FromFile(id, signals, FormLabels(form["labels"]), form["source"].FirstOrDefault());
            return await AddOneAsync(name, input, service, user, ct).ConfigureAwait(false);
        }

        if (!request.HasJsonContentType())
        {
            throw new MizanException(ErrorCodes.InvalidRequest, "Send application/json with an entry, or multipart/form-data with a file.");
        }

        var doc = await JsonBody.ReadAsync(request, ct).ConfigureAwait(false);

        using (doc)
        {
            if (doc.RootElement.ValueKind != JsonValueKind.Array)
            {
                var input = await EntryLineParser.ParseAsync(doc.RootElement, hashFile: null, ct).ConfigureAwait(false);
                return await AddOneAsync(name, input, service, user, ct).ConfigureAwait(false);
            }

            int count = doc.RootElement.GetArrayLength();
            if (count > MaxBatch)
            {
                throw new MizanException(ErrorCodes.PayloadTooLarge, $"At most {MaxBatch} entries per request; got {count}. Use `mizan bank import` for large files.");
            }

            // Validate everything first: a batch with a malformed entry stores nothing.
            var inputs = new List<EntryInput>(count);
            int index = 0;
            foreach (var element in doc.RootElement.EnumerateArray())
            {
                try
                {
                    inputs.Add(await EntryLineParser.ParseAsync(element, hashFile: null, ct).ConfigureAwait(false));
                }
                catch (MizanException ex)
                {
                    throw new MizanException(ex.ErrorCode, $"Entry {index}: {ex.Message}", ex);
                }

                index++;
            }

            var results = await service.AddEntriesAsync(name, inputs, Actor(user), ct).ConfigureAwait(false);
            return Results.Ok(new EntryBatchResult(results));
        }
    }

    /// <summary>The signals of an uploaded file, hashed as <c>POST /v1/scan</c> hashes it: SHA-256, MD5 and, for images, PDQ.</summary>
    internal static async Task<FileSignals> FileSignalsAsync(IFormFile file, LimitsOptions limits, CancellationToken ct)
    {
        await using var stream = file.OpenReadStream();
        return await FileSignalExtractor.ExtractAsync(stream, ScanApi.SignalOptions(limits, file), ct).ConfigureAwait(false);
    }

    /// <summary>Labels as form fields give them: each field a comma-separated list.</summary>
    internal static List<string> FormLabels(IEnumerable<string?> fields) =>
        fields.SelectMany(l => (l ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();

    private static async Task<IResult> AddOneAsync(string name, EntryInput input, BankService service, ClaimsPrincipal user, CancellationToken ct)
    {
        var result = (await service.AddEntriesAsync(name, [input], Actor(user), ct).ConfigureAwait(false))[0];
        if (result.Failed)
        {
            throw new MizanException(result.ErrorCode!, result.Error!);
        }

        return result.Added > 0
            ? Results.Created($"/v1/banks/{Uri.EscapeDataString(name)}/entries/{Uri.EscapeDataString(input.ExternalId)}", result)
            : Results.Ok(result);
    }

    private static async Task<IResult> ListEntriesAsync(string name, string? cursor, int? limit, BankService service, CancellationToken ct)
    {
        int size = limit ?? DefaultPageSize;
        if (size is < 1 or > MaxPageSize)
        {
            throw new MizanException(ErrorCodes.InvalidRequest, $"limit must be 1-{MaxPageSize}.");
        }

        long after = Cursor.Decode(cursor);
        var page = await service.ListEntriesAsync(name, after, size, ct).ConfigureAwait(false);
        string? next = page.Count == size ? Cursor.Encode(page[^1].RowId) : null;
        return Results.Ok(new EntryPage(page.Select(EntryResponse.From).ToList(), next));
    }

    private static AuditActor Actor(ClaimsPrincipal user) => user.Actor();
}
