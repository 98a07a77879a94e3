using System.Security.Claims;
using Mizan.Core;
using Mizan.Data.Webhooks;
using Mizan.Server.Features.Banks;
using Mizan.Server.Infrastructure;

namespace Mizan.Server.Features.Webhooks;

/// <summary><c>/v1/webhooks</c>: subscriptions to signed event deliveries, and how the deliveries went (administrators).</summary>
internal static class WebhooksApi
{
    private const int DefaultPageSize = 50;
    private const int MaxPageSize = 500;

    public static void MapWebhooksApi(this IEndpointRouteBuilder v1)
    {
        var group = v1.MapGroup("/webhooks").WithTags("Webhooks").RequireAuthorization(Policies.Admin);

        group.MapPost("/", async (CreateWebhookRequest body, WebhookSubscriptionService service, ClaimsPrincipal user, CancellationToken ct) =>
            {
                var key = user.Key();
                var created = await service.CreateAsync(
                    body.OrganisationId ?? key.OrganisationId, body.Url, body.EventTypes, body.Secret, user.Actor(), ct).ConfigureAwait(false);
                return Results.Created($"/v1/webhooks/{created.Id}", created);
            })
            .WithName("CreateWebhook")
            .WithSummary("Subscribe a URL to event types; the signing secret is returned only here")
            .WithDescription("Body: {\"url\": \"https://...\", \"eventTypes\": [\"decision.made\", ...] or [\"*\"], \"secret\": optional (16-200 characters; generated when absent), \"organisationId\": optional (default: the caller's organisation)}.")
            .Produces<CreatedWebhookSubscription>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/", async (WebhookSubscriptionService service, CancellationToken ct) =>
                Results.Ok(new WebhookList(await service.ListAsync(ct).ConfigureAwait(false))))
            .WithName("ListWebhooks")
            .Produces<WebhookList>();

        group.MapPost("/{id:int}/disable", async (int id, DisableWebhookRequest? body, WebhookSubscriptionService service, ClaimsPrincipal user, CancellationToken ct) =>
                Results.Ok(await service.DisableAsync(id, body?.Reason, user.Actor(), ct).ConfigureAwait(false)))
            .WithName("DisableWebhook")
            .WithSummary("Stop queueing deliveries for a subscription")
            .Produces<WebhookSubscriptionView>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/{id:int}/ping", async (int id, WebhookSubscriptionService service, CancellationToken ct) =>
                Results.Accepted(value: new WebhookPing(await service.PingAsync(id, ct).ConfigureAwait(false))))
            .WithName("PingWebhook")
            .WithSummary("Queue a signed webhook.ping delivery to check the receiver")
            .Produces<WebhookPing>(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapGet("/{id:int}/deliveries", ListDeliveriesAsync)
            .WithName("ListWebhookDeliveries")
            .WithSummary("A subscription's recent deliveries, newest first, with status, attempts and the last error")
            .WithDescription("Query: status (pending, delivered, failed), cursor, limit (1-500, default 50).")
            .Produces<WebhookDeliveryPage>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/deliveries/{deliveryId}/retry", async (string deliveryId, WebhookSubscriptionService service, ClaimsPrincipal user, CancellationToken ct) =>
                Results.Ok(await service.RetryAsync(deliveryId, user.Actor(), ct).ConfigureAwait(false)))
            .WithName("RetryWebhookDelivery")
            .WithSummary("Queue a failed delivery again, under the same delivery id")
            .Produces<WebhookDeliveryView>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<IResult> ListDeliveriesAsync(
        int id, string? status, string? cursor, string? limit, WebhookSubscriptionService service, CancellationToken ct)
    {
        int size = PageSize.Parse(limit, DefaultPageSize, MaxPageSize);

        if (status is not null && status is not (DeliveryStatus.Pending or DeliveryStatus.Delivered or DeliveryStatus.Failed))
        {
            throw new MizanException(ErrorCodes.InvalidRequest, "status must be pending, delivered or failed.");
        }

        var rows = await service.ListDeliveriesAsync(id, status, Cursor.Decode(cursor), size, ct).ConfigureAwait(false);
        string? next = rows.Count == size ? Cursor.Encode(rows[^1].RowId) : null;
        return Results.Ok(new WebhookDeliveryPage(rows.Select(r => r.View).ToList(), next));
    }
}
