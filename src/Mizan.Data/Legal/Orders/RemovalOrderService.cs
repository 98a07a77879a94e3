using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Mizan.Core;
using Mizan.Data.Entities;
using Mizan.Data.Legal.Preservation;
using Mizan.Data.Moderation;
using Mizan.Data.Moderation.Decisions;
using Mizan.Data.Organisations;
using Mizan.Data.Webhooks;

namespace Mizan.Data.Legal.Orders;

/// <summary>
/// Removal orders (TCO Art. 3) from receipt to their final state, following LEGAL.md's state machine. Every
/// transition runs in one transaction with the order's row locked, and records an audit event; the clock events
/// (deadline computed, paused, restarted, breached) are audit events too. Execution disables the content through
/// <see cref="DecisionWriter"/>, so the platform gets the same decision records and webhooks as from a reviewer.
/// </summary>
public sealed partial class RemovalOrderService(
    MizanDbContext db, LegalOptions options, TimeProvider clock, ModerationChanges changes, DecisionWriter decisions,
    PreservationService preservation)
{
    private const string Subject = "removal_order";
    private static readonly JsonSerializerOptions s_canonical = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// An order an authority submits through the API: the key's organisation must be an authority. The receipt time
    /// is the server's, and the hash is over the submission's canonical JSON.
    /// </summary>
    public async Task<RemovalOrderView> SubmitAsync(RemovalOrderSubmission submission, ModerationActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(submission);
        ArgumentNullException.ThrowIfNull(actor);
        var receivedAt = clock.GetUtcNow().UtcDateTime;
        OrderTerms.Check(submission);
        string kind = await db.Organisations.AsNoTracking().Where(o => o.Id == actor.OrganisationId).Select(o => o.Kind)
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false) ?? "";
        if (!string.Equals(kind, OrganisationKinds.Authority, StringComparison.Ordinal))
        {
            throw new MizanException(ErrorCodes.Forbidden, "Only a key of an authority organisation can submit removal orders.");
        }

        string sha = Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(submission, s_canonical)));
        var order = await ReceiveAsync(
            submission, actor.OrganisationId, "api", $"API key {actor.KeyId} ({actor.Name}) of organisation {actor.OrganisationId}", sha, null,
            receivedAt, actor, cancellationToken).ConfigureAwait(false);
        return await AfterReceiptAsync(order, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// An order a legal officer enters from a received document: the document is stored once with its SHA-256, and
    /// the Annex I fields are those the officer read from it.
    /// </summary>
    public async Task<RemovalOrderView> EnterAsync(
        RemovalOrderSubmission submission, ReceivedDocument document, ModerationActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(submission);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(actor);
        var receivedAt = clock.GetUtcNow().UtcDateTime;
        if (document.Content.Length == 0)
        {
            throw new MizanException(ErrorCodes.InvalidRequest, "The document is empty.");
        }

        if (document.Content.LongLength > options.MaxDocumentBytes)
        {
            throw new MizanException(ErrorCodes.PayloadTooLarge, $"The document is {document.Content.LongLength} bytes; the limit is {options.MaxDocumentBytes} (Legal:MaxDocumentBytes).");
        }

        OrderTerms.Check(submission);
        string channel = ModerationTerms.Require(submission.Channel, OrderTerms.EntryChannels, "channel");
        string authentication = ModerationTerms.Required(submission.Authentication, 1000, "authentication");
        string? headers = ModerationTerms.Optional(submission.TransportHeaders, 20000, "transportHeaders");
        if (submission.OrganisationId is not { } organisationId)
        {
            throw new MizanException(ErrorCodes.InvalidRequest, "\"organisationId\" is required: the authority organisation the order came from.");
        }

        string? kind = await db.Organisations.AsNoTracking().Where(o => o.Id == organisationId).Select(o => o.Kind)
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (!string.Equals(kind, OrganisationKinds.Authority, StringComparison.Ordinal))
        {
            throw new MizanException(ErrorCodes.InvalidRequest, $"\"organisationId\" must be an organisation of kind authority; {organisationId} is {kind ?? "unknown"}.");
        }

        string sha = Convert.ToHexStringLower(SHA256.HashData(document.Content));
        var stored = new LegalDocument
        {
            OrganisationId = organisationId,
            Sha256 = sha,
            MediaType = ModerationTerms.Required(document.MediaType, 100, "document media type"),
            FileName = ModerationTerms.Optional(document.FileName, 255, "document file name"),
            Content = document.Content,
            TransportHeaders = headers,
            ReceivedAt = receivedAt,
            ReceivedBy = actor.Name,
        };
        var order = await ReceiveAsync(submission, organisationId, channel, authentication, sha, stored, receivedAt, actor, cancellationToken)
            .ConfigureAwait(false);
        return await AfterReceiptAsync(order, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Orders, newest first; an authority passes its organisation and sees only its own.</summary>
    public async Task<RemovalOrderPage> ListAsync(RemovalOrderQuery query, int? ownOrganisation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.State is { } state)
        {
            ModerationTerms.Require(state, RemovalOrderStates.All, "state");
        }

        int limit = Math.Clamp(query.Limit, 1, 200);
        var rows = db.RemovalOrders.AsNoTracking();
        if ((ownOrganisation ?? query.OrganisationId) is { } org)
        {
            rows = rows.Where(o => o.OrganisationId == org);
        }

        if (query.State is { } s)
        {
            rows = rows.Where(o => o.State == s);
        }

        if (query.Overdue is { } overdue)
        {
            rows = overdue ? rows.Where(o => o.OverdueAt != null) : rows.Where(o => o.OverdueAt == null);
        }

        if (query.ReceivedFrom is { } from)
        {
            rows = rows.Where(o => o.ReceivedAt >= from);
        }

        if (query.ReceivedTo is { } to)
        {
            rows = rows.Where(o => o.ReceivedAt < to);
        }

        if (query.BeforeId is { } before)
        {
            rows = rows.Where(o => o.Id < before);
        }

        var page = await rows.OrderByDescending(o => o.Id).Take(limit + 1).ToListAsync(cancellationToken).ConfigureAwait(false);
        bool more = page.Count > limit;
        var shown = page.Take(limit).Select(o => ownOrganisation is null ? RemovalOrderView.From(o) : RemovalOrderView.ForAuthority(o)).ToList();
        return new RemovalOrderPage(shown, more ? shown[^1].Id : null);
    }

    /// <summary>
    /// The orders not yet executed (<see cref="RemovalOrderStates.Open"/>, or only <paramref name="state"/> of them), most
    /// urgent first: running clocks by deadline, then paused ones by receipt; an authority sees only its own.
    /// </summary>
    public async Task<IReadOnlyList<RemovalOrderView>> OpenAsync(string? state, int? ownOrganisation, int limit, CancellationToken cancellationToken)
    {
        var states = state is null ? RemovalOrderStates.Open.ToList() : [ModerationTerms.Require(state, RemovalOrderStates.Open, "state")];
        var rows = db.RemovalOrders.AsNoTracking().Where(o => states.Contains(o.State));
        if (ownOrganisation is { } org)
        {
            rows = rows.Where(o => o.OrganisationId == org);
        }

        var found = await rows.OrderBy(o => o.DeadlineAt == null).ThenBy(o => o.DeadlineAt).ThenBy(o => o.ReceivedAt).ThenBy(o => o.Id)
            .Take(Math.Clamp(limit, 1, 500)).ToListAsync(cancellationToken).ConfigureAwait(false);
        return found.Select(o => ownOrganisation is null ? RemovalOrderView.From(o) : RemovalOrderView.ForAuthority(o)).ToList();
    }

    /// <summary>One order; an authority gets <see cref="ErrorCodes.NotFound"/> for another organisation's.</summary>
    public async Task<RemovalOrderView> GetAsync(long id, int? ownOrganisation, CancellationToken cancellationToken)
    {
        var order = await db.RemovalOrders.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, cancellationToken).ConfigureAwait(false);
        if (order is null || (ownOrganisation is { } org && order.OrganisationId != org))
        {
            throw NotFound(id);
        }

        return ownOrganisation is null ? RemovalOrderView.From(order) : RemovalOrderView.ForAuthority(order);
    }

    /// <summary>Each URL of the order and the content item it names now (null: none), as execution will resolve them.</summary>
    public async Task<IReadOnlyList<ResolvedUrl>> ResolveUrlsAsync(long id, CancellationToken cancellationToken)
    {
        var urls = await db.RemovalOrders.AsNoTracking().Where(o => o.Id == id).Select(o => o.Urls)
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false) ?? throw NotFound(id);
        var (items, _) = await ResolveAsync(urls, tracked: false, cancellationToken).ConfigureAwait(false);
        return urls.Select(u => items.FirstOrDefault(i => i.Url == u) is { } item
            ? new ResolvedUrl(u, item.Id, item.State) : new ResolvedUrl(u, null, null)).ToList();
    }

    /// <summary>The document an entered order was read from.</summary>
    public async Task<LegalDocument> DocumentAsync(long id, CancellationToken cancellationToken)
    {
        long? documentId = await db.RemovalOrders.AsNoTracking().Where(o => o.Id == id).Select(o => (long?)(o.RawDocumentId ?? 0))
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false) ?? throw NotFound(id);
        return await db.LegalDocuments.AsNoTracking().FirstOrDefaultAsync(d => d.Id == documentId, cancellationToken).ConfigureAwait(false)
            ?? throw new MizanException(ErrorCodes.NotFound, $"Removal order {id} was submitted through the API; it has no received document.");
    }

    /// <summary>Alarms raised by the deadline watch, newest first.</summary>
    public async Task<IReadOnlyList<DeadlineAlarmView>> AlarmsAsync(DateTime? since, long? orderId, int limit, CancellationToken cancellationToken)
    {
        var rows = from a in db.DeadlineAlarms.AsNoTracking()
                   join o in db.RemovalOrders.AsNoTracking() on a.RemovalOrderId equals o.Id
                   select new { a, o };
        if (since is { } s)
        {
            rows = rows.Where(r => r.a.RaisedAt >= s);
        }

        if (orderId is { } id)
        {
            rows = rows.Where(r => r.a.RemovalOrderId == id);
        }

        var found = await rows.OrderByDescending(r => r.a.Id).Take(Math.Clamp(limit, 1, 500)).ToListAsync(cancellationToken).ConfigureAwait(false);
        return found.Select(r => DeadlineAlarmView.From(r.a, r.o)).ToList();
    }

    private async Task<RemovalOrder> ReceiveAsync(
        RemovalOrderSubmission s, int organisationId, string channel, string authentication, string sha, LegalDocument? document,
        DateTime receivedAt, ModerationActor actor, CancellationToken cancellationToken)
    {
        string reference = s.AuthorityReference!.Trim();
        DateTime? nonDisclosure = s.NonDisclosureUntil?.UtcDateTime;
        if (nonDisclosure is { } until && (until <= receivedAt || until > receivedAt.AddDays(7 * options.NonDisclosureWeeks)))
        {
            throw new MizanException(ErrorCodes.InvalidRequest, $"\"nonDisclosureUntil\" must be in the future and at most {options.NonDisclosureWeeks} weeks away (TCO Art. 11(3)).");
        }

        var issuer = s.IssuingAuthority!;
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        if (await db.RemovalOrders.AnyAsync(o => o.OrganisationId == organisationId && o.AuthorityReference == reference, cancellationToken).ConfigureAwait(false))
        {
            throw new MizanException(ErrorCodes.Conflict, $"This authority already sent an order with reference '{reference}'.");
        }

        if (document is not null)
        {
            db.LegalDocuments.Add(document);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }

        var order = new RemovalOrder
        {
            OrganisationId = organisationId,
            State = RemovalOrderStates.Received,
            AuthorityReference = reference,
            IssuingMemberState = s.IssuingMemberState!,
            IssuingAuthorityName = issuer.Name!.Trim(),
            IssuingAuthorityType = issuer.Type!,
            RepresentativeName = ModerationTerms.Optional(issuer.Representative, 200, "issuingAuthority.representative"),
            FileNumber = ModerationTerms.Optional(issuer.FileNumber, 200, "issuingAuthority.fileNumber"),
            ContactAddress = ModerationTerms.Optional(issuer.Address, 1000, "issuingAuthority.address"),
            ContactPhone = ModerationTerms.Optional(issuer.Phone, 64, "issuingAuthority.phone"),
            ContactEmail = ModerationTerms.Optional(issuer.Email, 320, "issuingAuthority.email"),
            FollowUpContact = ModerationTerms.Optional(s.FollowUpContact, 1000, "followUpContact"),
            Channel = channel,
            AuthenticationEvidence = authentication,
            RawDocumentId = document?.Id,
            RawDocumentSha256 = sha,
            IssuedAt = s.IssuedAt?.UtcDateTime,
            ReceivedAt = receivedAt,
            DeadlineAt = receivedAt.AddMinutes(options.RemovalDeadlineMinutes),
            Urls = s.Urls!.Select(u => u.Trim()).Distinct(StringComparer.Ordinal).ToList(),
            AdditionalLocators = ModerationTerms.Optional(s.AdditionalLocators, 5000, "additionalLocators"),
            MaterialTypes = s.MaterialTypes!.Distinct(StringComparer.Ordinal).ToList(),
            Reasons = s.Reasons!.Trim(),
            RedressBody = ModerationTerms.Optional(s.Redress!.Body, 500, "redress.body"),
            RedressDeadline = ModerationTerms.Optional(s.Redress.Deadline, 200, "redress.deadline"),
            RedressLawUrl = ModerationTerms.Optional(s.Redress.LawUrl, 500, "redress.lawUrl"),
            NonDisclosureUntil = nonDisclosure,
            IsCrossBorder = s.IsCrossBorder,
            HomeMemberState = s.HomeMemberState,
            CopySentToHomeAuthority = s.CopySentToHomeAuthority,
            AdvanceNoticeReceivedAt = s.AdvanceNoticeReceivedAt?.UtcDateTime,
            Emergency = s.Emergency,
            CreatedAt = receivedAt,
            UpdatedAt = receivedAt,
        };
        db.RemovalOrders.Add(order);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await changes.RecordAsync(
            actor, "removal_order.received", Subject, Id(order.Id), null,
            new
            {
                state = order.State, order.OrganisationId, order.AuthorityReference, order.Channel, order.AuthenticationEvidence,
                order.RawDocumentId, order.RawDocumentSha256, receivedAt = order.ReceivedAt, sourceClock = "server UTC",
                transportHeaders = document?.TransportHeaders, order.Urls, order.NonDisclosureUntil,
            },
            null, cancellationToken).ConfigureAwait(false);
        await changes.RecordAsync(
            actor, "removal_order.deadline_computed", Subject, Id(order.Id), null,
            new { from = order.ReceivedAt, minutes = options.RemovalDeadlineMinutes, deadlineAt = order.DeadlineAt },
            "receipt (TCO Art. 3(3))", cancellationToken).ConfigureAwait(false);
        await NotifyAsync(order, WebhookEventTypes.RemovalOrderReceived, cancellationToken).ConfigureAwait(false);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return order;
    }

    /// <summary>With automatic execution on, a valid order whose every URL is a known item is executed at once.</summary>
    private async Task<RemovalOrderView> AfterReceiptAsync(RemovalOrder order, CancellationToken cancellationToken)
    {
        if (!options.AutomaticExecution)
        {
            return RemovalOrderView.From(order);
        }

        var resolved = await ResolveAsync(order.Urls, tracked: false, cancellationToken).ConfigureAwait(false);
        if (resolved.Unresolved.Count > 0 || resolved.Items.Count == 0)
        {
            return RemovalOrderView.From(order);
        }

        long id = order.Id;
        var system = ModerationActor.System("removal-orders", OrganisationService.DefaultId);
        try
        {
            return await TransitionAsync(
                id, system, "execute", [RemovalOrderStates.Received],
                (o, now) => ExecuteCoreAsync(o, system, DecisionActions.Restrict, automatic: true, now, cancellationToken),
                cancellationToken).ConfigureAwait(false);
        }
        catch (MizanException)
        {
            // Left for a legal officer: the order stays received with its clock running.
            db.ChangeTracker.Clear();
            return await GetAsync(id, null, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Stages the webhook of an order event to the operator and to the issuing authority.</summary>
    private async Task NotifyAsync(RemovalOrder order, string eventType, CancellationToken cancellationToken)
    {
        var payload = RemovalOrderView.ForAuthority(order);
        await changes.NotifyAsync(OrganisationService.DefaultId, eventType, payload, cancellationToken).ConfigureAwait(false);
        if (order.OrganisationId != OrganisationService.DefaultId)
        {
            await changes.NotifyAsync(order.OrganisationId, eventType, payload, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The content items the URLs name, and the URLs that name none.</summary>
    private async Task<(List<ContentItem> Items, List<string> Unresolved)> ResolveAsync(
        IReadOnlyList<string> urls, bool tracked, CancellationToken cancellationToken)
    {
        var list = urls.ToList();
        var query = db.ContentItems.Where(i => i.Url != null && list.Contains(i.Url));
        var items = await (tracked ? query : query.AsNoTracking()).OrderBy(i => i.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        var found = items.Select(i => i.Url!).ToHashSet(StringComparer.Ordinal);
        return (items, list.Where(u => !found.Contains(u)).ToList());
    }

    private static MizanException NotFound(long id) => new(ErrorCodes.NotFound, $"There is no removal order {id}.");

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
