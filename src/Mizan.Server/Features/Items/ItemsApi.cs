using System.Globalization;
using System.Security.Claims;
using Mizan.Core;
using Mizan.Core.Signals;
using Mizan.Data.Moderation;
using Mizan.Data.Moderation.Items;
using Mizan.Server.Features.Scan;
using Mizan.Server.Infrastructure;

namespace Mizan.Server.Features.Items;

/// <summary>Content items under <c>/v1/items</c>.</summary>
internal static class ItemsApi
{
    public static void MapItemsApi(this IEndpointRouteBuilder v1)
    {
        var items = v1.MapGroup("/items").WithTags("Items");

        items.MapPost("/", SubmitAsync)
            .RequireAuthorization(Policies.ItemsSubmit)
            .WithName("SubmitItem")
            .WithSummary("Submit content the platform hosts; idempotent on the platform's id")
            .WithDescription("JSON {\"id\", \"type\", \"url\", \"language\", \"text\", \"postedAt\", \"uploader\": {\"ref\", \"accountType\"}, \"visibility\", \"context\": {\"caption\", \"thread\", \"accountKind\"}} or multipart with a `file` and the same fields flattened (uploaderRef, accountType, caption, thread, accountKind). The item is matched against the banks and put through policy. 201 when created, 200 for a retry of the same submission, 409 when the id was used for different content.")
            .AcceptsJsonOrMultipart<ItemSubmission, ItemUpload>()
            .Produces<ItemView>(StatusCodes.Status201Created)
            .Produces<ItemView>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .DisableAntiforgery();

        items.MapGet("/{id:long}", async (long id, ItemService service, ClaimsPrincipal user, CancellationToken ct) =>
                Results.Ok(await service.GetAsync(id, user.OwnOrganisationOnly(), ct).ConfigureAwait(false)))
            .RequireAuthorization(Policies.ItemsRead)
            .WithName("GetItem")
            .WithSummary("An item with its signals, matches, state and latest case and decision")
            .Produces<ItemView>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        items.MapGet("/{id:long}/media", async (long id, ItemService service, CancellationToken ct) =>
            {
                var (bytes, mediaType) = await service.GetMediaAsync(id, ct).ConfigureAwait(false);
                return Results.File(bytes, mediaType);
            })
            .RequireAuthorization(Policies.ItemsMedia)
            .WithName("GetItemMedia")
            .WithSummary("The stored image of an item, for reviewers (show it as their display settings say)")
            .Produces(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> SubmitAsync(
        HttpRequest request, ItemService service, LimitsOptions limits, ModerationOptions options, ClaimsPrincipal user, CancellationToken ct)
    {
        ItemSubmission submission;
        ItemFile? file = null;
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(ct).ConfigureAwait(false);
            string? Field(string name) => form[name].FirstOrDefault() is { Length: > 0 } v ? v : null;
            DateTimeOffset? postedAt = null;
            if (Field("postedAt") is { } posted)
            {
                postedAt = DateTimeOffset.TryParse(posted, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var p)
                    ? p : throw new MizanException(ErrorCodes.InvalidRequest, "\"postedAt\" must be an ISO 8601 time.");
            }

            submission = new ItemSubmission
            {
                Id = Field("id"),
                Type = Field("type"),
                Url = Field("url"),
                Language = Field("language"),
                Text = Field("text"),
                PostedAt = postedAt,
                Uploader = Field("uploaderRef") is null && Field("accountType") is null ? null : new UploaderInfo(Field("uploaderRef"), Field("accountType")),
                Visibility = Field("visibility"),
                Context = Field("caption") is null && Field("thread") is null && Field("accountKind") is null
                    ? null : new ItemContext(Field("caption"), Field("thread"), Field("accountKind")),
            };
            if (form.Files.GetFile("file") is { } upload)
            {
                using var buffer = new MemoryStream();
                await using (var stream = upload.OpenReadStream())
                {
                    await stream.CopyToAsync(buffer, ct).ConfigureAwait(false);
                }

                byte[] bytes = buffer.ToArray();
                FileSignals signals = FileSignalExtractor.Extract(bytes, ScanApi.SignalOptions(limits, upload));
                file = new ItemFile(signals, upload.ContentType, bytes.LongLength <= options.MaxStoredMediaBytes ? bytes : null);
            }
        }
        else
        {
            submission = await JsonBody.ReadAsync<ItemSubmission>(request, ct).ConfigureAwait(false);
        }

        var result = await service.SubmitAsync(submission, file, user.Caller(), ct).ConfigureAwait(false);
        return result.Created
            ? Results.Created($"/v1/items/{result.Item.Id}", result.Item)
            : Results.Ok(result.Item);
    }
}
