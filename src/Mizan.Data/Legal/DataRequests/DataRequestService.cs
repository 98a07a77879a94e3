using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Mizan.Core;
using Mizan.Data.Entities;
using Mizan.Data.Legal.Preservation;
using Mizan.Data.Moderation;
using Mizan.Data.Webhooks;

namespace Mizan.Data.Legal.DataRequests;

/// <summary>
/// Law-enforcement data requests: recorded with their legal process, reviewed by a legal officer who records the legal
/// basis, and disclosed only as approved. A preservation letter (18 U.S.C. 2703(f)) places holds on the named items.
/// </summary>
public sealed class DataRequestService(
    MizanDbContext db, PreservationService preservation, LegalOptions options, ModerationChanges changes, TimeProvider clock)
{
    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web);

    /// <summary>Records a request (and its document), placing holds for a preservation letter.</summary>
    public async Task<DataRequestView> SubmitAsync(DataRequestSubmission s, ModerationActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(s);
        ArgumentNullException.ThrowIfNull(actor);
        string processType = ModerationTerms.Require(s.ProcessType, DataRequestTerms.ProcessTypes, "processType");
        string jurisdiction = ModerationTerms.Required(s.Jurisdiction, 64, "jurisdiction");
        string agency = ModerationTerms.Required(s.Agency, 500, "agency");
        string? reference = ModerationTerms.Optional(s.Reference, 200, "reference");
        var categories = (s.DataCategories ?? []).Select(c => ModerationTerms.Require(c, DataRequestTerms.Categories, "dataCategories")).Distinct(StringComparer.Ordinal).ToList();
        if (categories.Count == 0 && processType != DataRequestTerms.PreservationLetter)
        {
            throw new MizanException(ErrorCodes.InvalidRequest, "\"dataCategories\" must name what is asked for: basic_subscriber_information, non_content, content.");
        }

        var accounts = (s.AccountRefs ?? []).Select(a => ModerationTerms.Required(a, 200, "accountRefs")).Distinct(StringComparer.Ordinal).ToList();
        var urls = LegalUrls.Optional(s.Urls, "urls");
        var itemIds = (s.ItemIds ?? []).Distinct().ToList();
        if (accounts.Count + urls.Count + itemIds.Count == 0)
        {
            throw new MizanException(ErrorCodes.InvalidRequest, "Name at least one account (\"accountRefs\") or item (\"itemIds\" or \"urls\").");
        }

        if (accounts.Count > 100 || itemIds.Count > 100)
        {
            throw new MizanException(ErrorCodes.InvalidRequest, "At most 100 accounts and 100 items per request.");
        }

        bool emergency = s.Emergency == true || processType == DataRequestTerms.Emergency2702;
        string? justification = ModerationTerms.Optional(s.EmergencyJustification, 5000, "emergencyJustification");
        if (emergency && justification is null)
        {
            throw new MizanException(ErrorCodes.InvalidRequest, "\"emergencyJustification\" is required for an emergency request (18 U.S.C. 2702(b)(8), (c)(4)): the danger of death or serious physical injury.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        DateTime? nonDisclosure = s.NonDisclosureUntil?.UtcDateTime;
        if (nonDisclosure is { } until && until <= now)
        {
            throw new MizanException(ErrorCodes.InvalidRequest, "\"nonDisclosureUntil\" must be in the future.");
        }

        var document = Document(s.Document);
        string channel = AuthoritySubmitters.Channel(actor, s.Channel);
        var organisation = await AuthoritySubmitters.ResolveAsync(db, actor, s.OrganisationId, cancellationToken).ConfigureAwait(false);
        var named = await db.ContentItems.Where(i => itemIds.Contains(i.Id) || (i.Url != null && urls.Contains(i.Url))).OrderBy(i => i.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var missing = itemIds.Except(named.Select(i => i.Id)).ToList();
        if (missing.Count > 0)
        {
            throw new MizanException(ErrorCodes.InvalidRequest, $"\"itemIds\": no item {string.Join(", ", missing)}.");
        }

        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        LegalDocument? raw = null;
        if (document is { } d)
        {
            raw = new LegalDocument
            {
                OrganisationId = organisation.Id, Sha256 = Convert.ToHexStringLower(SHA256.HashData(d.Content)), MediaType = d.MediaType,
                FileName = d.FileName, Content = d.Content, TransportHeaders = "channel: " + channel, ReceivedAt = now, ReceivedBy = actor.Name,
            };
            db.LegalDocuments.Add(raw);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }

        var request = new DataRequest
        {
            OrganisationId = organisation.Id,
            Jurisdiction = jurisdiction,
            Agency = agency,
            ProcessType = processType,
            Reference = reference,
            RawDocumentId = raw?.Id,
            ReceivedAt = now,
            DataCategories = categories,
            AccountRefs = accounts,
            ItemIds = named.Select(i => i.Id).ToList(),
            Emergency = emergency,
            EmergencyJustification = justification,
            NonDisclosureUntil = nonDisclosure,
            // Regulation (EU) 2023/1543 Art. 10: ten days, eight hours in an emergency.
            DueAt = processType == DataRequestTerms.EuropeanProductionOrder ? (emergency ? now.AddHours(8) : now.AddDays(10)) : null,
            Status = DataRequestTerms.Received,
        };
        db.DataRequests.Add(request);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await changes.RecordAsync(
            actor, "data_request.received", "data_request", Id(request.Id), null,
            new
            {
                request.OrganisationId, request.Jurisdiction, request.ProcessType, request.DataCategories, accounts = request.AccountRefs.Count,
                request.ItemIds, request.Emergency, request.EmergencyJustification, request.NonDisclosureUntil, request.DueAt, channel,
                documentSha256 = raw?.Sha256,
            },
            reference, cancellationToken).ConfigureAwait(false);

        var holds = new List<long>();
        if (processType == DataRequestTerms.PreservationLetter)
        {
            var origin = new PreservationOrigin(null, request.Id, organisation.Id, agency, reference);
            foreach (var item in named)
            {
                holds.Add((await preservation.StageForItemAsync(item, PreservationBases.Us2703f, origin, actor, cancellationToken).ConfigureAwait(false)).Id);
            }
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return actor.Role == Keys.Roles.Authority ? DataRequestView.ForRequester(request) : DataRequestView.From(request, holds);
    }

    /// <summary>A request; <paramref name="ownOrganisation"/> limits an authority to its own (others are not found).</summary>
    public async Task<DataRequestView> GetAsync(long id, int? ownOrganisation, CancellationToken cancellationToken)
    {
        var request = await FindAsync(id, ownOrganisation, tracked: false, cancellationToken).ConfigureAwait(false);
        return ownOrganisation is null ? await StaffViewAsync(request, cancellationToken).ConfigureAwait(false) : DataRequestView.ForRequester(request);
    }

    /// <summary>Requests newest first, filtered; an authority sees only its own, as status views.</summary>
    public async Task<DataRequestPage> ListAsync(DataRequestQuery query, int? ownOrganisation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var requests = db.DataRequests.AsNoTracking().Visible(query.OrganisationId, ownOrganisation);
        if (query.Status is not null)
        {
            string status = ModerationTerms.Require(query.Status, DataRequestTerms.Statuses, "status");
            requests = requests.Where(r => r.Status == status);
        }

        if (query.ProcessType is not null)
        {
            string type = ModerationTerms.Require(query.ProcessType, DataRequestTerms.ProcessTypes, "processType");
            requests = requests.Where(r => r.ProcessType == type);
        }

        if (query.Emergency is { } emergency)
        {
            requests = requests.Where(r => r.Emergency == emergency);
        }

        var (page, next) = await requests.NewestPageAsync(query.From, query.To, query.Cursor, query.Limit, cancellationToken).ConfigureAwait(false);
        var views = new List<DataRequestView>();
        foreach (var r in page)
        {
            views.Add(ownOrganisation is null ? await StaffViewAsync(r, cancellationToken).ConfigureAwait(false) : DataRequestView.ForRequester(r));
        }

        return new DataRequestPage(views, next);
    }

    /// <summary>
    /// A legal officer's review: rejected, or approved (in whole or in part) with its legal basis, in which case the
    /// disclosure is compiled now from what the platform holds. Audit events and the webhook <c>data_request.reviewed</c>.
    /// </summary>
    public async Task<DataRequestView> ReviewAsync(long id, DataRequestReviewInput input, ModerationActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(actor);
        string outcome = ModerationTerms.Require(input.Outcome, DataRequestTerms.Outcomes, "outcome");
        string? basis = ModerationTerms.Optional(input.LegalBasis, 500, "legalBasis");
        string? notes = ModerationTerms.Optional(input.Notes, 5000, "notes");
        if (outcome != DataRequestTerms.Rejected && basis is null)
        {
            throw new MizanException(ErrorCodes.InvalidRequest, "\"legalBasis\" is required to approve a disclosure: the provision that permits or compels it.");
        }

        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var request = await FindAsync(id, null, tracked: true, cancellationToken).ConfigureAwait(false);
        if (request.Status != DataRequestTerms.Received)
        {
            throw new MizanException(ErrorCodes.Conflict, $"Data request {id} was reviewed already ({request.LegalReviewOutcome}).");
        }

        var approved = ApprovedCategories(outcome, input.ApprovedCategories, request.DataCategories);
        var now = clock.GetUtcNow().UtcDateTime;
        request.LegalReviewOutcome = outcome;
        request.LegalBasis = basis;
        request.ReviewNotes = notes;
        request.ReviewedAt = now;
        request.ReviewedBy = actor.Name;
        request.ReviewedByKeyId = actor.KeyId;
        request.Status = outcome == DataRequestTerms.Rejected ? DataRequestTerms.Rejected : DataRequestTerms.Disclosed;
        await changes.RecordAsync(
            actor, "data_request.reviewed", "data_request", Id(request.Id), new { status = DataRequestTerms.Received },
            new { status = request.Status, outcome, legalBasis = basis, approvedCategories = approved }, notes, cancellationToken).ConfigureAwait(false);
        if (request.Status == DataRequestTerms.Disclosed)
        {
            string disclosure = await CompileAsync(request, approved, now, cancellationToken).ConfigureAwait(false);
            request.Disclosure = disclosure;
            request.DisclosedAt = now;
            using var parsed = JsonDocument.Parse(disclosure);
            await changes.RecordAsync(
                actor, "data_request.disclosed", "data_request", Id(request.Id), null,
                new
                {
                    categories = approved, items = parsed.RootElement.GetProperty("items").GetArrayLength(),
                    accounts = parsed.RootElement.GetProperty("accounts").GetArrayLength(),
                    sha256 = Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(disclosure))),
                },
                basis, cancellationToken).ConfigureAwait(false);
        }

        var notice = DataRequestView.ForRequester(request) with { Disclosure = null };
        await changes.NotifyAsync(request.OrganisationId, WebhookEventTypes.DataRequestReviewed, notice, cancellationToken).ConfigureAwait(false);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return await StaffViewAsync(request, cancellationToken).ConfigureAwait(false);
    }

    private static List<string> ApprovedCategories(string outcome, List<string>? asked, List<string> requested)
    {
        if (outcome == DataRequestTerms.Rejected)
        {
            return [];
        }

        if (outcome == DataRequestTerms.Approved)
        {
            if (asked is { Count: > 0 })
            {
                throw new MizanException(ErrorCodes.InvalidRequest, "\"approvedCategories\" is for partially_approved; approved discloses every requested category.");
            }

            return [.. requested];
        }

        var approved = (asked ?? []).Select(c => ModerationTerms.Require(c, DataRequestTerms.Categories, "approvedCategories")).Distinct(StringComparer.Ordinal).ToList();
        if (approved.Count == 0 || approved.Any(c => !requested.Contains(c, StringComparer.Ordinal)) || approved.Count == requested.Count)
        {
            throw new MizanException(ErrorCodes.InvalidRequest, $"\"approvedCategories\" must name some, not all, of the requested categories: {string.Join(", ", requested)}.");
        }

        return approved;
    }

    /// <summary>
    /// What the platform holds about the named accounts and items: for subscriber or non-content categories the
    /// uploader reference, account type, URLs, times and hashes; text and media only when content was approved.
    /// </summary>
    private async Task<string> CompileAsync(DataRequest request, List<string> categories, DateTime now, CancellationToken cancellationToken)
    {
        bool metadata = categories.Contains(DataRequestTerms.BasicSubscriberInformation) || categories.Contains(DataRequestTerms.NonContent);
        bool content = categories.Contains(DataRequestTerms.Content);
        var ids = request.ItemIds;
        var refs = request.AccountRefs;
        var items = await db.ContentItems.AsNoTracking()
            .Where(i => ids.Contains(i.Id) || (i.UploaderRef != null && refs.Contains(i.UploaderRef)))
            .OrderBy(i => i.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        var accounts = items.Where(i => i.UploaderRef is not null).GroupBy(i => i.UploaderRef!, StringComparer.Ordinal)
            .Select(g => new { uploaderRef = g.Key, accountType = g.Select(i => i.AccountType).FirstOrDefault(t => t is not null), items = g.Count() })
            .Where(_ => categories.Contains(DataRequestTerms.BasicSubscriberInformation)).ToList();
        var disclosed = items.Select(i => new
        {
            itemId = i.Id,
            url = metadata ? i.Url : null,
            postedAt = metadata ? i.PostedAt : null,
            uploaderRef = metadata ? i.UploaderRef : null,
            accountType = metadata ? i.AccountType : null,
            sha256 = metadata ? i.FileSha256 : null,
            md5 = metadata ? i.FileMd5 : null,
            pdq = metadata ? i.FilePdq : null,
            contentType = i.ContentType,
            text = content ? i.Text : null,
            mediaType = content && i.Media is not null ? i.MediaType : null,
            mediaBase64 = content && i.Media is not null ? Convert.ToBase64String(i.Media) : null,
        }).ToList();
        return JsonSerializer.Serialize(
            new
            {
                compiledAt = DateTime.SpecifyKind(now, DateTimeKind.Utc), legalBasis = request.LegalBasis, categories,
                accountsNamed = request.AccountRefs, accounts, items = disclosed,
            },
            s_json);
    }

    private (byte[] Content, string MediaType, string? FileName)? Document(DataRequestDocument? document)
    {
        if (document is null)
        {
            return null;
        }

        string mediaType = ModerationTerms.Required(document.MediaType, 100, "document.mediaType");
        string? fileName = ModerationTerms.Optional(document.FileName, 255, "document.fileName");
        byte[] content;
        try
        {
            content = Convert.FromBase64String(document.ContentBase64 ?? "");
        }
        catch (FormatException ex)
        {
            throw new MizanException(ErrorCodes.InvalidRequest, "\"document.contentBase64\" is not base64.", ex);
        }

        if (content.Length == 0 || content.LongLength > options.MaxDocumentBytes)
        {
            throw new MizanException(ErrorCodes.InvalidRequest, $"\"document.contentBase64\" must hold 1 to {options.MaxDocumentBytes} bytes.");
        }

        return (content, mediaType, fileName);
    }

    private async Task<DataRequestView> StaffViewAsync(DataRequest request, CancellationToken cancellationToken)
    {
        var holds = await db.PreservationHolds.AsNoTracking().Where(h => h.DataRequestId == request.Id).OrderBy(h => h.Id).Select(h => h.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return DataRequestView.From(request, holds);
    }

    private async Task<DataRequest> FindAsync(long id, int? ownOrganisation, bool tracked, CancellationToken cancellationToken)
    {
        var source = tracked ? db.DataRequests : db.DataRequests.AsNoTracking();
        var request = await source.FirstOrDefaultAsync(r => r.Id == id, cancellationToken).ConfigureAwait(false);
        if (request is null || (ownOrganisation is { } own && request.OrganisationId != own))
        {
            throw new MizanException(ErrorCodes.NotFound, $"There is no data request {id}.");
        }

        return request;
    }

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
