using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Mizan.Core;
using Mizan.Data.Entities;
using Mizan.Data.Moderation;

namespace Mizan.Data.Legal.Preservation;

public sealed partial class PreservationService
{
    /// <summary>Places a hold on an item on a basis other than a removal order (a legal officer's act).</summary>
    public async Task<PreservationHoldView> CreateAsync(PreservationInput input, ModerationActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(actor);
        long itemId = input.ItemId ?? throw new MizanException(ErrorCodes.InvalidRequest, "\"itemId\" is required: the item to preserve.");
        string basis = ModerationTerms.Require(input.Basis, ManualBases, "basis");
        string? authority = ModerationTerms.Optional(input.RequestingAuthority, 500, "requestingAuthority");
        string? reference = ModerationTerms.Optional(input.Reference, 200, "reference");
        var purposes = Purposes(input.Purposes, basis);
        var now = clock.GetUtcNow().UtcDateTime;
        DateTime? until = input.Until?.UtcDateTime;
        if (until is { } u && (basis == PreservationBases.Us2703f || u <= now || u > now.AddYears(10)))
        {
            throw new MizanException(ErrorCodes.InvalidRequest, basis == PreservationBases.Us2703f
                ? "\"until\" does not apply to us_2703f: the hold lasts Legal:UsPreservationDays, extended per renewed request."
                : "\"until\" must be in the future and within ten years.");
        }

        int? organisationId = null;
        if (input.DataRequestId is { } requestId)
        {
            var request = await db.DataRequests.AsNoTracking().FirstOrDefaultAsync(r => r.Id == requestId, cancellationToken).ConfigureAwait(false)
                ?? throw new MizanException(ErrorCodes.InvalidRequest, $"\"dataRequestId\" {requestId} is not a data request.");
            organisationId = request.OrganisationId;
            authority ??= request.Agency;
            reference ??= request.Reference;
        }
        else if (basis == PreservationBases.Us2703f)
        {
            throw new MizanException(ErrorCodes.InvalidRequest, "\"dataRequestId\" is required for us_2703f: the preservation request the hold answers.");
        }

        var item = await db.ContentItems.FirstOrDefaultAsync(i => i.Id == itemId, cancellationToken).ConfigureAwait(false)
            ?? throw new MizanException(ErrorCodes.InvalidRequest, $"\"itemId\" {itemId} is not a known item.");
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var hold = await StageForItemAsync(
            item, basis, new PreservationOrigin(null, input.DataRequestId, organisationId, authority, reference), actor, cancellationToken,
            purposes, until).ConfigureAwait(false);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return PreservationHoldView.From(hold, [], 0);
    }

    /// <summary>Holds newest first, metadata only.</summary>
    public async Task<PreservationPage> ListAsync(PreservationQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var holds = db.PreservationHolds.AsNoTracking();
        if (query.Status is not null)
        {
            string status = ModerationTerms.Require(query.Status, PreservationStatuses.All, "status");
            holds = holds.Where(h => h.Status == status);
        }

        if (query.Basis is not null)
        {
            string basis = ModerationTerms.Require(query.Basis, PreservationBases.All, "basis");
            holds = holds.Where(h => h.Basis == basis);
        }

        if (query.ItemId is { } itemId)
        {
            holds = holds.Where(h => h.ContentItemId == itemId);
        }

        if (query.RemovalOrderId is { } orderId)
        {
            holds = holds.Where(h => h.RemovalOrderId == orderId);
        }

        if (query.DataRequestId is { } requestId)
        {
            holds = holds.Where(h => h.DataRequestId == requestId);
        }

        if (query.Cursor is { } cursor)
        {
            holds = holds.Where(h => h.Id < cursor);
        }

        var page = await holds.OrderByDescending(h => h.Id).Take(query.Limit).ToListAsync(cancellationToken).ConfigureAwait(false);
        var ids = page.Select(h => h.Id).ToList();
        var extensions = await db.PreservationExtensions.AsNoTracking().Where(e => ids.Contains(e.PreservationHoldId)).ToListAsync(cancellationToken).ConfigureAwait(false);
        var counts = await db.PreservationAccesses.AsNoTracking().Where(a => ids.Contains(a.PreservationHoldId))
            .GroupBy(a => a.PreservationHoldId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var views = page.Select(h => PreservationHoldView.From(
            h, extensions.Where(e => e.PreservationHoldId == h.Id).ToList(), counts.FirstOrDefault(c => c.Key == h.Id)?.Count ?? 0)).ToList();
        return new PreservationPage(views, page.Count == query.Limit ? Id(page[^1].Id) : null);
    }

    /// <summary>A hold's metadata.</summary>
    public async Task<PreservationHoldView> GetAsync(long id, CancellationToken cancellationToken)
    {
        var hold = await FindAsync(id, tracked: false, cancellationToken).ConfigureAwait(false);
        return await ViewAsync(hold, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The access log of a hold (TCO Art. 6(3)): every reading of its copy, oldest first; never the copy itself.</summary>
    public async Task<IReadOnlyList<PreservationAccessView>> AccessLogAsync(long id, CancellationToken cancellationToken)
    {
        var hold = await FindAsync(id, tracked: false, cancellationToken).ConfigureAwait(false);
        var rows = await db.PreservationAccesses.AsNoTracking().Where(a => a.PreservationHoldId == hold.Id).OrderBy(a => a.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.Select(a => new PreservationAccessView(a.Id, DateTime.SpecifyKind(a.At, DateTimeKind.Utc), a.ActorName, a.ActorRole, a.Purpose)).ToList();
    }

    /// <summary>
    /// Reads the preserved copy for one of the hold's purposes, with a justification; the reading is a
    /// <see cref="PreservationAccess"/> row and an audit event in one transaction, or nothing is read.
    /// </summary>
    public async Task<PreservedCopy> AccessAsync(long id, PreservationAccessInput input, ModerationActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(actor);
        string? purpose = ModerationTerms.Optional(input.Purpose, 64, "purpose")
            ?? throw new MizanException(ErrorCodes.InvalidRequest, "\"purpose\" is required: one of the hold's purposes (TCO Art. 6(1)); nothing was read.");
        string justification = ModerationTerms.Optional(input.Justification, 1900, "justification")
            ?? throw new MizanException(ErrorCodes.InvalidRequest, "\"justification\" is required: why this reading is needed; nothing was read.");
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var hold = await FindAsync(id, tracked: true, cancellationToken).ConfigureAwait(false);
        if (!hold.Purposes.Contains(purpose, StringComparer.Ordinal))
        {
            throw new MizanException(ErrorCodes.InvalidRequest, $"\"purpose\" must be one of this hold's purposes: {string.Join(", ", hold.Purposes)}; nothing was read.");
        }

        if (hold.Status is PreservationStatuses.Destroyed or PreservationStatuses.Released)
        {
            throw new MizanException(ErrorCodes.Conflict, $"Hold {id} is {hold.Status}: there is no copy to read.");
        }

        var access = new PreservationAccess
        {
            PreservationHoldId = hold.Id,
            At = clock.GetUtcNow().UtcDateTime,
            ActorKeyId = actor.KeyId,
            ActorName = actor.Name,
            ActorRole = actor.Role,
            Purpose = purpose + ": " + justification,
        };
        db.PreservationAccesses.Add(access);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await changes.RecordAsync(
            actor, "preservation_hold.accessed", "preservation_hold", Id(hold.Id), null,
            new { accessId = access.Id, purpose, hold.Basis, hold.PreservedSha256 }, justification, cancellationToken).ConfigureAwait(false);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        bool intact = string.Equals(CopyHash(hold.PreservedText, hold.PreservedMedia, hold.PreservedMetadata), hold.PreservedSha256, StringComparison.Ordinal);
        JsonElement? related = hold.PreservedMetadata is null ? null : JsonDocument.Parse(hold.PreservedMetadata).RootElement.Clone();
        return new PreservedCopy(
            hold.Id, access.Id, purpose, hold.PreservedText, hold.PreservedMedia is null ? null : Convert.ToBase64String(hold.PreservedMedia),
            hold.PreservedMediaType, related, hold.PreservedSha256, intact);
    }

    /// <summary>
    /// Extends a hold on request. A 2703(f) hold extends by at most Legal:UsPreservationDays per renewed request
    /// (18 U.S.C. 2703(f)(2)); other holds to any later date within ten years.
    /// </summary>
    public async Task<PreservationHoldView> ExtendAsync(long id, PreservationExtensionInput input, ModerationActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(actor);
        string requestedBy = ModerationTerms.Required(input.RequestedBy, 500, "requestedBy");
        string reason = ModerationTerms.Required(input.Reason, 2000, "reason");
        var until = input.Until?.UtcDateTime ?? throw new MizanException(ErrorCodes.InvalidRequest, "\"until\" is required: the new expiry.");
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var hold = await FindAsync(id, tracked: true, cancellationToken).ConfigureAwait(false);
        if (hold.Status is not (PreservationStatuses.Active or PreservationStatuses.Extended))
        {
            throw new MizanException(ErrorCodes.Conflict, $"Hold {id} is {hold.Status}; only an active hold can be extended.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (until <= hold.ExpiresAt)
        {
            throw new MizanException(ErrorCodes.InvalidRequest, $"\"until\" must be after the current expiry {hold.ExpiresAt:O}.");
        }

        var limit = hold.Basis == PreservationBases.Us2703f ? hold.ExpiresAt.AddDays(options.UsPreservationDays) : now.AddYears(10);
        // A millisecond of slack: PostgreSQL keeps microseconds, so the stored expiry may be a little earlier than the one shown.
        if (until > limit.AddMilliseconds(1))
        {
            throw new MizanException(ErrorCodes.InvalidRequest, hold.Basis == PreservationBases.Us2703f
                ? $"A renewed 2703(f) request extends the hold by at most {options.UsPreservationDays} days: \"until\" may be {limit:O} at the latest."
                : "\"until\" must be within ten years.");
        }

        var extension = new PreservationExtension
        {
            PreservationHoldId = hold.Id,
            RequestedBy = requestedBy,
            PreviousExpiresAt = hold.ExpiresAt,
            Until = until,
            Reason = reason,
            At = now,
            RecordedBy = actor.Name,
        };
        db.PreservationExtensions.Add(extension);
        string before = hold.Status;
        var previous = hold.ExpiresAt;
        hold.Status = PreservationStatuses.Extended;
        hold.ExpiresAt = until;
        await changes.RecordAsync(
            actor, "preservation_hold.extended", "preservation_hold", Id(hold.Id), new { status = before, expiresAt = previous },
            new { status = hold.Status, expiresAt = until, requestedBy }, reason, cancellationToken).ConfigureAwait(false);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return await ViewAsync(hold, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Ends a hold early: released now, the copy destroyed by the next expiry pass.</summary>
    public async Task<PreservationHoldView> ReleaseAsync(long id, PreservationReleaseInput input, ModerationActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(actor);
        string reason = ModerationTerms.Required(input.Reason, 2000, "reason");
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var hold = await FindAsync(id, tracked: true, cancellationToken).ConfigureAwait(false);
        if (hold.Status is not (PreservationStatuses.Active or PreservationStatuses.Extended))
        {
            throw new MizanException(ErrorCodes.Conflict, $"Hold {id} is {hold.Status} already.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        string before = hold.Status;
        var previous = hold.ExpiresAt;
        hold.Status = PreservationStatuses.Released;
        hold.ReleasedAt = now;
        hold.ReleaseReason = reason;
        hold.ExpiresAt = now;
        await changes.RecordAsync(
            actor, "preservation_hold.released", "preservation_hold", Id(hold.Id), new { status = before, expiresAt = previous },
            new { status = hold.Status, releasedAt = now }, reason, cancellationToken).ConfigureAwait(false);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return await ViewAsync(hold, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// One pass of the expiry: destroys every copy whose hold has expired or was released (preserved fields nulled,
    /// status destroyed, audit <c>preservation_hold.destroyed</c> with the hash of the destroyed copy), then closes
    /// every removal order in state final or reinstated whose holds are all destroyed (audit <c>removal_order.closed</c>).
    /// Safe on several nodes: each destruction and each closing is a single conditional UPDATE, and a node that
    /// loses the race records nothing. Returns the number of copies destroyed and orders closed by this call.
    /// </summary>
    public async Task<(int Destroyed, int Closed)> DestroyExpiredAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.PreservationHolds.AsNoTracking()
            .Where(h => h.Status != PreservationStatuses.Destroyed && h.ExpiresAt <= now)
            .OrderBy(h => h.Id).Select(h => new { h.Id, h.Status, h.PreservedSha256, h.ContentItemId, h.RemovalOrderId, h.Basis, h.ExpiresAt })
            .Take(500).ToListAsync(cancellationToken).ConfigureAwait(false);
        int destroyed = 0;
        foreach (var hold in due)
        {
            await using var tx = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            int updated = await db.PreservationHolds
                .Where(h => h.Id == hold.Id && h.Status != PreservationStatuses.Destroyed && h.ExpiresAt <= now)
                .ExecuteUpdateAsync(u => u
                    .SetProperty(h => h.Status, PreservationStatuses.Destroyed)
                    .SetProperty(h => h.PreservedText, (string?)null)
                    .SetProperty(h => h.PreservedMedia, (byte[]?)null)
                    .SetProperty(h => h.PreservedMetadata, (string?)null)
                    .SetProperty(h => h.DestroyedAt, now)
                    .SetProperty(h => h.DestroyedBy, ExpiryActorName), cancellationToken).ConfigureAwait(false);
            if (updated == 0)
            {
                continue;
            }

            var actor = await SystemActorAsync(hold.ContentItemId, cancellationToken).ConfigureAwait(false);
            await changes.RecordAsync(
                actor, "preservation_hold.destroyed", "preservation_hold", Id(hold.Id), new { status = hold.Status, hold.ExpiresAt },
                new { status = PreservationStatuses.Destroyed, destroyedAt = now, destroyedSha256 = hold.PreservedSha256, hold.Basis, itemId = hold.ContentItemId, hold.RemovalOrderId },
                hold.Status == PreservationStatuses.Released ? "released" : "expired", cancellationToken).ConfigureAwait(false);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
            destroyed++;
        }

        return (destroyed, await CloseOrdersAsync(now, cancellationToken).ConfigureAwait(false));
    }

    private async Task<int> CloseOrdersAsync(DateTime now, CancellationToken cancellationToken)
    {
        var closable = await db.RemovalOrders.AsNoTracking()
            .Where(o => (o.State == RemovalOrderStates.Final || o.State == RemovalOrderStates.Reinstated)
                && db.PreservationHolds.Any(h => h.RemovalOrderId == o.Id)
                && !db.PreservationHolds.Any(h => h.RemovalOrderId == o.Id && h.Status != PreservationStatuses.Destroyed))
            .Select(o => new { o.Id, o.State, o.OrganisationId }).ToListAsync(cancellationToken).ConfigureAwait(false);
        int closed = 0;
        foreach (var order in closable)
        {
            await using var tx = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            int updated = await db.RemovalOrders
                .Where(o => o.Id == order.Id && o.State == order.State)
                .ExecuteUpdateAsync(u => u.SetProperty(o => o.State, RemovalOrderStates.Closed).SetProperty(o => o.ClosedAt, now), cancellationToken)
                .ConfigureAwait(false);
            if (updated == 0)
            {
                continue;
            }

            await changes.RecordAsync(
                ModerationActor.System(ExpiryComponent, order.OrganisationId), "removal_order.closed", "removal_order", Id(order.Id),
                new { state = order.State }, new { state = RemovalOrderStates.Closed, closedAt = now },
                "every preservation hold of the order is destroyed", cancellationToken).ConfigureAwait(false);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
            closed++;
        }

        return closed;
    }

    private const string ExpiryComponent = "preservation-expiry";

    private const string ExpiryActorName = "system:" + ExpiryComponent;

    /// <summary>The bases a legal officer may place by hand; TCO order holds come from executing the order.</summary>
    private static readonly IReadOnlyList<string> ManualBases =
        [PreservationBases.Us2703f, PreservationBases.Us2704Backup, PreservationBases.CourtOrder, PreservationBases.EEvidence,
         PreservationBases.InternalLegalHold, PreservationBases.TcoSpecificMeasure];

    private static List<string> Purposes(IReadOnlyList<string?>? asked, string basis)
    {
        var allowed = basis is PreservationBases.TcoOrder or PreservationBases.TcoSpecificMeasure ? PreservationBases.TcoPurposes : PreservationBases.AllPurposes;
        if (asked is not { Count: > 0 })
        {
            return [.. PreservationBases.DefaultPurposes(basis)];
        }

        return asked.Select(p => ModerationTerms.Require(p, allowed, "purposes")).Distinct(StringComparer.Ordinal).ToList();
    }

    private async Task<ModerationActor> SystemActorAsync(long? itemId, CancellationToken cancellationToken)
    {
        int organisationId = itemId is { } id
            ? await db.ContentItems.Where(i => i.Id == id).Select(i => i.OrganisationId).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false)
            : 0;
        return ModerationActor.System(ExpiryComponent, organisationId == 0 ? 1 : organisationId);
    }

    private async Task<PreservationHold> FindAsync(long id, bool tracked, CancellationToken cancellationToken)
    {
        var source = tracked ? db.PreservationHolds : db.PreservationHolds.AsNoTracking();
        return await source.FirstOrDefaultAsync(h => h.Id == id, cancellationToken).ConfigureAwait(false)
            ?? throw new MizanException(ErrorCodes.NotFound, $"There is no preservation hold {id}.");
    }

    private async Task<PreservationHoldView> ViewAsync(PreservationHold hold, CancellationToken cancellationToken)
    {
        var extensions = await db.PreservationExtensions.AsNoTracking().Where(e => e.PreservationHoldId == hold.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        int accesses = await db.PreservationAccesses.AsNoTracking().CountAsync(a => a.PreservationHoldId == hold.Id, cancellationToken).ConfigureAwait(false);
        return PreservationHoldView.From(hold, extensions, accesses);
    }

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
