using Mizan.Core;
using Mizan.Core.Imaging;
using Mizan.Core.Signals;
using Mizan.Data.Matching;
using Mizan.Server.Infrastructure;

namespace Mizan.Server.Features.Scan;

/// <summary><c>POST /v1/scan</c>: match hashes or an uploaded file against every enabled bank.</summary>
internal static class ScanApi
{
    public static void MapScanApi(this IEndpointRouteBuilder v1)
    {
        v1.MapPost("/scan", ScanAsync)
            .RequireAuthorization(Policies.Scan)
            .WithName("Scan")
            .WithTags("Scan")
            .WithSummary("Match a hash or a file against the banks")
            .WithDescription("Send JSON {\"pdq\"|\"md5\"|\"sha256\": \"hex\", \"dihedral\": false}, or multipart/form-data with a `file` part (and an optional `dihedral` field). Images are PDQ-hashed at full resolution; images of PDQ quality below 50 are hashed but not matched by PDQ.")
            .AcceptsJsonOrMultipart<ScanRequest, ScanUpload>()
            .Produces<ScanResult>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .DisableAntiforgery();
    }

    private static async Task<IResult> ScanAsync(HttpRequest request, Matcher matcher, LimitsOptions limits, CancellationToken ct)
    {
        ScanInput input;
        string? id = null;
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(ct).ConfigureAwait(false);
            var file = form.Files.GetFile("file") ?? (form.Files.Count > 0 ? form.Files[0] : null)
                ?? throw new MizanException(ErrorCodes.InvalidRequest, "A multipart scan needs a file part named \"file\".");
            id = form["id"].FirstOrDefault();
            bool dihedral = ParseBool(form["dihedral"].FirstOrDefault(), "dihedral");
            FileSignals signals;
            await using (var stream = file.OpenReadStream())
            {
                signals = await FileSignalExtractor.ExtractAsync(stream, SignalOptions(limits, file), ct).ConfigureAwait(false);
            }

            input = new ScanInput { File = signals, Dihedral = dihedral };
        }
        else if (request.HasJsonContentType())
        {
            var doc = await JsonBody.ReadAsync(request, ct).ConfigureAwait(false);

            using (doc)
            {
                var item = ScanItemParser.Parse(doc.RootElement, allowFile: false);
                id = item.Id;
                input = item.ToInput(defaultDihedral: false);
            }
        }
        else
        {
            throw new MizanException(ErrorCodes.InvalidRequest, "Send application/json with a hash, or multipart/form-data with a file.");
        }

        var outcome = await matcher.ScanAsync(input, ct).ConfigureAwait(false);
        return Results.Ok(ScanResult.From(id, outcome));
    }

    internal static FileSignalOptions SignalOptions(LimitsOptions limits, IFormFile file) => new()
    {
        MaxImageBytes = limits.MaxRequestBytes,
        ExpectImage = file.ContentType.StartsWith("image/", StringComparison.OrdinalIgnoreCase),
        Decode = new ImageDecodeOptions { MaxPixels = limits.MaxImagePixels },
    };

    private static bool ParseBool(string? value, string name) => value switch
    {
        null or "" or "false" or "0" => false,
        "true" or "1" => true,
        _ => throw new MizanException(ErrorCodes.InvalidRequest, $"\"{name}\" must be true or false."),
    };
}
