using System.Security.Claims;
using System.Text.Json;
using Mizan.Core;
using Mizan.Data.Legal;
using Mizan.Data.Legal.Orders;
using Mizan.Data.Moderation;
using Mizan.Server.Infrastructure;

namespace Mizan.Server.Features.RemovalOrders;

/// <summary>Removal orders (TCO Art. 3) under <c>/v1/removal-orders</c>: intake, the state machine, alarms.</summary>
internal static class RemovalOrdersApi
{
    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web);

    public static void MapRemovalOrdersApi(this IEndpointRouteBuilder v1)
    {
        var orders = v1.MapGroup("/removal-orders").WithTags("Removal orders");

        orders.MapPost("/", async (HttpRequest request, RemovalOrderService service, ClaimsPrincipal user, CancellationToken ct) =>
            {
                var body = await JsonBody.ReadAsync<RemovalOrderSubmission>(request, ct).ConfigureAwait(false);
                var order = await service.SubmitAsync(body, user.Caller(), ct).ConfigureAwait(false);
                return Results.Created($"/v1/removal-orders/{order.Id}", Shown(order, user));
            })
            .RequireAuthorization(Policies.RemovalOrdersSubmit)
            .WithName("SubmitRemovalOrder")
            .WithSummary("An authority submits a removal order; the receipt time and the one-hour deadline are set on arrival")
            .WithDescription("Annex I fields: {\"authorityReference\", \"issuingMemberState\", \"issuingAuthority\": {\"name\", \"type\": judicial|law_enforcement|other, \"representative\", \"fileNumber\", \"address\", \"phone\", \"email\"}, \"followUpContact\", \"issuedAt\", \"urls\": [...], \"additionalLocators\", \"materialTypes\": [incitement|soliciting_offence|soliciting_participation|instruction|threat], \"reasons\", \"redress\": {\"body\", \"deadline\", \"lawUrl\"}, \"nonDisclosureUntil\", \"isCrossBorder\", \"homeMemberState\", \"copySentToHomeAuthority\", \"advanceNoticeReceivedAt\", \"emergency\"}. The key's organisation must be of kind authority. With Legal:AutomaticExecution on and every URL a known item, the order is executed at once and awaits a legal officer's confirmation.")
            .Accepts<RemovalOrderSubmission>("application/json")
            .Produces<RemovalOrderView>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);

        orders.MapPost("/entry", EnterAsync)
            .RequireAuthorization(Policies.RemovalOrdersWork)
            .WithName("EnterRemovalOrder")
            .WithSummary("A legal officer enters an order from a received document (stored once, SHA-256 recorded)")
            .WithDescription("multipart/form-data: `document` (the file as received, at most Legal:MaxDocumentBytes) and `order` (JSON: the Annex I fields as for POST /v1/removal-orders, plus \"organisationId\" of the authority, \"channel\": perci|email|other, \"authentication\": how the sender was verified, \"transportHeaders\"). The receipt time is the server's time of this request.")
            .DocumentsBody<OrderEntryUpload>("multipart/form-data", required: true)
            .Produces<RemovalOrderView>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .DisableAntiforgery();

        orders.MapGet("/", async (
                string? state, bool? overdue, DateTime? receivedFrom, DateTime? receivedTo, int? organisationId, long? beforeId, int? limit,
                RemovalOrderService service, ClaimsPrincipal user, CancellationToken ct) =>
                Results.Ok(await service.ListAsync(
                    new RemovalOrderQuery(state, overdue, receivedFrom?.ToUniversalTime(), receivedTo?.ToUniversalTime(), organisationId, beforeId, limit ?? 50),
                    user.OwnOrganisationOnly(), ct).ConfigureAwait(false)))
            .RequireAuthorization(Policies.RemovalOrdersRead)
            .WithName("ListRemovalOrders")
            .WithSummary("Orders, newest first; an authority sees only its own")
            .WithDescription("Filters: state, overdue (true/false), receivedFrom, receivedTo, organisationId (staff), beforeId (paging), limit (1-200, default 50).")
            .Produces<RemovalOrderPage>()
            .ProducesProblem(StatusCodes.Status400BadRequest);

        orders.MapGet("/alarms", async (DateTime? since, long? orderId, int? limit, RemovalOrderService service, CancellationToken ct) =>
                Results.Ok(await service.AlarmsAsync(since?.ToUniversalTime(), orderId, limit ?? 100, ct).ConfigureAwait(false)))
            .RequireAuthorization(Policies.RemovalOrdersAlarms)
            .WithName("ListDeadlineAlarms")
            .WithSummary("Alarms the deadline watch raised, newest first (minutesBefore 0: the deadline passed)")
            .Produces<IReadOnlyList<DeadlineAlarmView>>();

        orders.MapGet("/{id:long}", async (long id, RemovalOrderService service, ClaimsPrincipal user, CancellationToken ct) =>
                Results.Ok(await service.GetAsync(id, user.OwnOrganisationOnly(), ct).ConfigureAwait(false)))
            .RequireAuthorization(Policies.RemovalOrdersRead)
            .WithName("GetRemovalOrder")
            .WithSummary("An order with its clock; an authority gets 404 for another organisation's order")
            .Produces<RemovalOrderView>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        orders.MapGet("/{id:long}/document", async (long id, RemovalOrderService service, CancellationToken ct) =>
            {
                var document = await service.DocumentAsync(id, ct).ConfigureAwait(false);
                return Results.File(document.Content, document.MediaType, document.FileName);
            })
            .RequireAuthorization(Policies.RemovalOrdersDocument)
            .WithName("GetRemovalOrderDocument")
            .WithSummary("The document an entered order was read from, as received (its SHA-256 is the order's rawDocumentSha256)")
            .Produces(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status404NotFound);

        Transition(orders, "validate", "ValidateRemovalOrder", "received → validating; {\"authentication\"} records how the sender was verified",
            (s, id, b, a, ct) => s.ValidateAsync(id, b, a, ct));
        Transition(orders, "clarification-request", "RequestRemovalOrderClarification", "Annex III for a manifest error or too little information: {\"reason\": manifest_error|insufficient_information, \"details\"}; the clock pauses",
            (s, id, b, a, ct) => s.RequestClarificationAsync(id, b, a, ct));
        Transition(orders, "clarification", "RecordRemovalOrderClarification", "The authority's clarification {\"clarification\"}: executing, the hour starts again",
            (s, id, b, a, ct) => s.ClarifyAsync(id, b, a, ct));
        Transition(orders, "impossibility", "RecordRemovalOrderImpossibility", "Annex III for force majeure or de facto impossibility: {\"reason\": force_majeure|de_facto_impossibility, \"details\"}; the clock pauses",
            (s, id, b, a, ct) => s.ImpossibleAsync(id, b, a, ct));
        Transition(orders, "grounds-ceased", "RecordRemovalOrderGroundsCeased", "The grounds of impossibility ceased {\"details\"}: executing, the hour starts again",
            (s, id, b, a, ct) => s.GroundsCeasedAsync(id, b, a, ct));
        Transition(orders, "execute", "ExecuteRemovalOrder", "Disable every item the URLs name in all EU Member States ({\"action\": disable_in_eu (default)|remove}); one decision and one preservation hold per item",
            (s, id, b, a, ct) => s.ExecuteAsync(id, b, a, ct));
        Transition(orders, "confirm", "ConfirmRemovalOrder", "Confirm an automatic execution (needed before the Annex II feedback)",
            (s, id, _, a, ct) => s.ConfirmAsync(id, a, ct));
        Transition(orders, "feedback", "SendRemovalOrderFeedback", "Annex II sent with the time of removal: executed → feedback_sent",
            (s, id, _, a, ct) => s.FeedbackAsync(id, a, ct));
        Transition(orders, "scrutiny-request", "RequestRemovalOrderScrutiny", "{\"requestedBy\": hosting_provider|content_provider, \"reasons\"} within Legal:ScrutinyRequestHours of receipt (TCO Art. 4(4))",
            (s, id, b, a, ct) => s.RequestScrutinyAsync(id, b, a, ct));
        Transition(orders, "scrutiny-decision", "DecideRemovalOrderScrutiny", "{\"infringementFound\": true|false, \"reasons\"}; an infringement reinstates every item at once (content.reinstated)",
            (s, id, b, a, ct) => s.DecideScrutinyAsync(id, b, a, ct));
        Transition(orders, "final", "FinaliseRemovalOrder", "feedback_sent → final: the period for challenges ended ({\"reasons\"})",
            (s, id, b, a, ct) => s.FinalAsync(id, b, a, ct));
        Transition(orders, "annulment", "AnnulRemovalOrder", "A court annulled the order ({\"reasons\"}): every item is reinstated at once",
            (s, id, b, a, ct) => s.AnnulAsync(id, b, a, ct));
        Transition(orders, "non-disclosure", "OrderRemovalOrderNonDisclosure", "The authority's non-disclosure decision {\"until\"} (at most Legal:NonDisclosureWeeks), or its one extension; statements of reasons are held back until then",
            (s, id, b, a, ct) => s.NonDisclosureAsync(id, b, a, ct));
    }

    private static void Transition(
        RouteGroupBuilder orders, string path, string name, string summary,
        Func<RemovalOrderService, long, OrderTransitionInput, ModerationActor, CancellationToken, Task<RemovalOrderView>> run)
    {
        orders.MapPost("/{id:long}/" + path, async (long id, HttpRequest request, RemovalOrderService service, ClaimsPrincipal user, CancellationToken ct) =>
            {
                var body = request.ContentLength is 0 || (request.ContentLength is null && !request.HasJsonContentType())
                    ? new OrderTransitionInput()
                    : await JsonBody.ReadAsync<OrderTransitionInput>(request, ct).ConfigureAwait(false);
                return Results.Ok(await run(service, id, body, user.Caller(), ct).ConfigureAwait(false));
            })
            .RequireAuthorization(Policies.RemovalOrdersWork)
            .WithName(name)
            .WithSummary(summary)
            .WithDescription("Allowed only from the states of LEGAL.md's removal order table; otherwise 409 with errorCode order_state_<current state>. Recorded in the audit chain.")
            .DocumentsBody<OrderTransitionInput>("application/json", required: false)
            .Produces<RemovalOrderView>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<IResult> EnterAsync(
        HttpRequest request, RemovalOrderService service, LegalOptions options, ClaimsPrincipal user, CancellationToken ct)
    {
        if (!request.HasFormContentType)
        {
            throw new MizanException(ErrorCodes.InvalidRequest, "Send multipart/form-data with the `document` and the `order` fields.");
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(ct).ConfigureAwait(false);
        }
        catch (InvalidDataException ex)
        {
            throw new MizanException(ErrorCodes.InvalidRequest, "The multipart body is malformed: " + ex.Message, ex);
        }

        var upload = form.Files.GetFile("document")
            ?? throw new MizanException(ErrorCodes.InvalidRequest, "The `document` file is required: the order as it was received.");
        if (upload.Length > options.MaxDocumentBytes)
        {
            throw new MizanException(ErrorCodes.PayloadTooLarge, $"The document is {upload.Length} bytes; the limit is {options.MaxDocumentBytes} (Legal:MaxDocumentBytes).");
        }

        string orderJson = form["order"].FirstOrDefault() ?? throw new MizanException(ErrorCodes.InvalidRequest, "The `order` field is required: the Annex I fields as JSON.");
        RemovalOrderSubmission submission;
        try
        {
            submission = JsonSerializer.Deserialize<RemovalOrderSubmission>(orderJson, s_json)
                ?? throw new MizanException(ErrorCodes.InvalidRequest, "The `order` field must be a JSON object.");
        }
        catch (JsonException ex)
        {
            throw new MizanException(ErrorCodes.InvalidRequest, $"The `order` field is not valid JSON: {ex.Message}", ex);
        }

        using var buffer = new MemoryStream();
        await using (var stream = upload.OpenReadStream())
        {
            await stream.CopyToAsync(buffer, ct).ConfigureAwait(false);
        }

        var document = new ReceivedDocument(buffer.ToArray(), string.IsNullOrEmpty(upload.ContentType) ? "application/octet-stream" : upload.ContentType, upload.FileName);
        var order = await service.EnterAsync(submission, document, user.Caller(), ct).ConfigureAwait(false);
        return Results.Created($"/v1/removal-orders/{order.Id}", order);
    }

    private static RemovalOrderView Shown(RemovalOrderView order, ClaimsPrincipal user) =>
        user.OwnOrganisationOnly() is null ? order : order.Redacted();
}
