using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Mizan.Core;
using Mizan.Data.Banks;
using Mizan.Data.Entities;
using Mizan.Data.Matching;
using Mizan.Data.Moderation.Decisions;
using Mizan.Data.Moderation.Policy;

namespace Mizan.Data.Moderation.Items;

/// <summary>
/// Content items: a platform's submission is validated, stored once per (organisation, platform id), matched
/// against the banks, and put through policy (no action, a case, or automatic action), all in one transaction.
/// </summary>
public sealed partial class ItemService(
    MizanDbContext db, Matcher matcher, MatchOptions matchOptions, ModerationOptions options, PolicyService policies,
    DecisionWriter decisions, ModerationChanges changes, TimeProvider clock)
{
    private static readonly JsonSerializerOptions s_canonical = new(JsonSerializerDefaults.Web);

    /// <summary>Stores and checks an item; a retry of the same submission returns the stored item.</summary>
    public async Task<SubmitResult> SubmitAsync(ItemSubmission submission, ItemFile? file, ModerationActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(submission);
        ArgumentNullException.ThrowIfNull(actor);
        var item = Validate(submission, file, actor.OrganisationId);
        var existing = await FindAsync(actor.OrganisationId, item.ExternalId, cancellationToken).ConfigureAwait(false);
        if (existing is not null)
        {
            return new SubmitResult(await ViewAsync(Same(existing, item), cancellationToken).ConfigureAwait(false), false);
        }

        var outcome = await matcher.ScanAsync(
            new ScanInput { File = file?.Signals, Text = item.Text, Url = item.Url, Dihedral = file?.Signals.IsImage == true },
            cancellationToken).ConfigureAwait(false);
        var (policy, _) = await policies.GetAsync(cancellationToken).ConfigureAwait(false);
        var matches = await ToMatchesAsync(outcome, item, policy, cancellationToken).ConfigureAwait(false);

        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        db.ContentItems.Add(item);
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException ex)
        {
            // A concurrent retry stored it first.
            await tx.RollbackAsync(cancellationToken).ConfigureAwait(false);
            db.ChangeTracker.Clear();
            existing = await FindAsync(actor.OrganisationId, item.ExternalId, cancellationToken).ConfigureAwait(false)
                ?? throw new MizanException(ErrorCodes.Conflict, "The item could not be stored.", ex);
            return new SubmitResult(await ViewAsync(Same(existing, item), cancellationToken).ConfigureAwait(false), false);
        }

        foreach (var m in matches)
        {
            m.ContentItemId = item.Id;
        }

        db.ItemMatches.AddRange(matches);
        await changes.RecordAsync(actor, "item.submitted", "item", Id(item.Id), null, Snapshot(item, matches), null, cancellationToken).ConfigureAwait(false);

        var auto = matches.FirstOrDefault(m => m.PolicyAction == PolicyActions.Auto);
        var caseMatches = matches.Where(m => m.PolicyAction == PolicyActions.Case).ToList();
        if (auto is not null)
        {
            var input = new DecisionInput
            {
                Action = DecisionActions.Remove,
                Ground = policy.Automatic.Ground,
                GroundReference = policy.Automatic.Reference,
                Explanation = policy.Automatic.Explanation,
                ExemptionConsidered = "none",
            };
            await decisions.ApplyAsync(
                item, null, input, ModerationActor.System("policy", actor.OrganisationId),
                new DecisionProvenance("voluntary", null, AutomatedDetection: true, AutomatedDecision: "fully"), cancellationToken).ConfigureAwait(false);
        }
        else if (caseMatches.Count > 0)
        {
            await OpenCaseAsync(item, "match", null, caseMatches.Min(m => PriorityOf(policy, m)), caseMatches, actor, cancellationToken).ConfigureAwait(false);
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new SubmitResult(await ViewAsync(item, cancellationToken).ConfigureAwait(false), true);
    }

    /// <summary>An item by id; platforms see only their own (others are not found).</summary>
    public async Task<ItemView> GetAsync(long id, int? organisationId, CancellationToken cancellationToken)
    {
        var item = await db.ContentItems.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, cancellationToken).ConfigureAwait(false);
        if (item is null || (organisationId is { } org && item.OrganisationId != org))
        {
            throw new MizanException(ErrorCodes.NotFound, $"There is no item {id}.");
        }

        return await ViewAsync(item, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The stored media bytes of an item for reviewers, or not_found.</summary>
    public async Task<(byte[] Bytes, string MediaType)> GetMediaAsync(long id, CancellationToken cancellationToken)
    {
        var media = await db.ContentItems.AsNoTracking().Where(i => i.Id == id).Select(i => new { i.Media, i.MediaType })
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (media?.Media is null)
        {
            throw new MizanException(ErrorCodes.NotFound, $"Item {id} has no stored media.");
        }

        return (media.Media, media.MediaType ?? "application/octet-stream");
    }

    /// <summary>
    /// Puts an item before a reviewer for a notice or a referral: joins the item's undecided case (raising its priority
    /// when <paramref name="priority"/> is more urgent) or opens one. Staged; the caller saves.
    /// </summary>
    internal async Task<ModerationCase> OpenOrJoinCaseAsync(
        ContentItem item, string source, long? noticeId, int priority, string reason, ModerationActor actor, CancellationToken cancellationToken)
    {
        var open = await db.Cases.FirstOrDefaultAsync(c => c.ContentItemId == item.Id && c.Status != CaseStatuses.Decided, cancellationToken).ConfigureAwait(false);
        if (open is null)
        {
            return await OpenCaseAsync(item, source, noticeId, priority, [], actor, cancellationToken).ConfigureAwait(false);
        }

        if (priority < open.Priority)
        {
            await changes.RecordAsync(actor, "case.reprioritised", "case", Id(open.Id), new { open.Priority }, new { Priority = priority }, reason, cancellationToken).ConfigureAwait(false);
            open.Priority = priority;
            open.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        }

        open.NoticeId ??= noticeId;
        return open;
    }

    /// <summary>Opens a case for an item (staged; the caller saves).</summary>
    internal async Task<ModerationCase> OpenCaseAsync(
        ContentItem item, string source, long? noticeId, int priority, IReadOnlyList<ItemMatch> matches, ModerationActor actor,
        CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var moderationCase = new ModerationCase
        {
            ContentItemId = item.Id,
            Status = CaseStatuses.Open,
            Priority = priority,
            Source = source,
            NoticeId = noticeId,
            Language = item.Language,
            Labels = matches.SelectMany(m => m.Labels).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
            Banks = matches.Select(m => m.Bank).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
            OpenedAt = now,
            UpdatedAt = now,
        };
        db.Cases.Add(moderationCase);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await changes.RecordAsync(
            actor, "case.opened", "case", Id(moderationCase.Id), null,
            new { moderationCase.ContentItemId, moderationCase.Priority, moderationCase.Source, moderationCase.NoticeId }, null,
            cancellationToken).ConfigureAwait(false);
        await changes.NotifyAsync(
            item.OrganisationId, "case.opened",
            new { caseId = moderationCase.Id, itemId = item.Id, externalId = item.ExternalId, moderationCase.Priority, moderationCase.Source },
            cancellationToken).ConfigureAwait(false);
        return moderationCase;
    }

    internal async Task<ItemView> ViewAsync(ContentItem item, CancellationToken cancellationToken)
    {
        var matches = await db.ItemMatches.AsNoTracking().Where(m => m.ContentItemId == item.Id).OrderBy(m => m.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        long? caseId = await db.Cases.AsNoTracking().Where(c => c.ContentItemId == item.Id).OrderByDescending(c => c.Id)
            .Select(c => (long?)c.Id).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        long? decisionId = await db.Decisions.AsNoTracking().Where(d => d.ContentItemId == item.Id).OrderByDescending(d => d.Id)
            .Select(d => (long?)d.Id).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return ItemView.From(item, matches, caseId, decisionId);
    }

    private static int PriorityOf(ModerationPolicy policy, ItemMatch m) => policy.RuleFor(m.Bank, m.Signal).Rule.Priority;

    private async Task<List<ItemMatch>> ToMatchesAsync(ScanOutcome outcome, ContentItem item, ModerationPolicy policy, CancellationToken cancellationToken)
    {
        var result = new List<ItemMatch>();
        if (outcome.Matches.Count == 0)
        {
            return result;
        }

        var bankNames = outcome.Matches.Select(m => m.Bank).Distinct(StringComparer.Ordinal).ToList();
        var banks = await db.Banks.AsNoTracking().Where(b => bankNames.Contains(b.Name)).ToDictionaryAsync(b => b.Name, StringComparer.Ordinal, cancellationToken).ConfigureAwait(false);
        foreach (var m in outcome.Matches)
        {
            var bank = banks[m.Bank];
            long entryRow = await db.BankEntries.AsNoTracking()
                .Where(e => e.BankId == bank.Id && e.ExternalId == m.Entry && e.SignalType == m.Signal)
                .Select(e => e.Id).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
            var (detector, version) = DetectorVersions.For(m.Signal);
            double score;
            double threshold;
            switch (m.Signal)
            {
                case SignalTypes.Pdq:
                    score = 1 - ((m.Distance ?? 0) / 256.0);
                    threshold = matchOptions.PdqMaxDistance;
                    break;
                case SignalTypes.Text:
                    double minSimilarity = bank.TextMinSimilarity ?? matchOptions.TextMinSimilarity;
                    double minContainment = bank.TextMinContainment ?? matchOptions.TextMinContainment;
                    bool bySimilarity = (m.Similarity ?? 0) >= minSimilarity;
                    score = bySimilarity ? m.Similarity ?? 0 : m.Containment ?? 0;
                    threshold = bySimilarity ? minSimilarity : minContainment;
                    break;
                default:
                    score = 1;
                    threshold = 0;
                    break;
            }

            var decided = PolicyEvaluator.Evaluate(
                policy, new PolicyInput(PolicyEvaluator.BankMatch, m.Bank, m.Signal, m.AutoAction, m.Distance, m.Similarity, item.ContextAccountKind));
            result.Add(new ItemMatch
            {
                Detector = detector,
                DetectorVersion = version,
                Signal = m.Signal,
                Bank = m.Bank,
                BankEntryId = entryRow,
                Entry = m.Entry,
                Labels = m.Labels.ToList(),
                Distance = m.Distance,
                Similarity = m.Similarity,
                Containment = m.Containment,
                Score = Math.Round(score, 4),
                Threshold = threshold,
                Channel = m.Channel,
                Transform = m.Transform,
                UrlScope = m.Scope,
                SpanStart = m.Span is { Count: 2 } s ? s[0] : null,
                SpanEnd = m.Span is { Count: 2 } e ? e[1] : null,
                PolicyAction = decided.Action,
                PolicyNote = decided.Note,
            });
        }

        return result;
    }

    private ContentItem Validate(ItemSubmission s, ItemFile? file, int organisationId)
    {
        string externalId = ModerationTerms.Required(s.Id, 200, "id");
        if (!ExternalIdPattern().IsMatch(externalId))
        {
            throw new MizanException(ErrorCodes.InvalidRequest, "\"id\" must be printable characters without spaces.");
        }

        string type = ModerationTerms.Require(s.Type, ModerationTerms.ContentTypes, "type");
        string? language = ModerationTerms.Optional(s.Language, 2, "language");
        if (language is not null && !LanguagePattern().IsMatch(language))
        {
            throw new MizanException(ErrorCodes.InvalidRequest, "\"language\" must be an ISO 639-1 code such as ar or en.");
        }

        string? text = string.IsNullOrEmpty(s.Text) ? null : s.Text;
        if (text is not null)
        {
            SignalTypes.TextValue(text);
        }

        string? url = ModerationTerms.Optional(s.Url, 2048, "url");
        if (url is not null && (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")))
        {
            throw new MizanException(ErrorCodes.InvalidRequest, "\"url\" must be an absolute http(s) URL.");
        }

        if (text is null && url is null && file is null)
        {
            throw new MizanException(ErrorCodes.InvalidRequest, "An item needs a text, a file or a url.");
        }

        var now = clock.GetUtcNow();
        if (s.PostedAt is { } posted && (posted > now.AddDays(1) || posted.Year < 2000))
        {
            throw new MizanException(ErrorCodes.InvalidRequest, "\"postedAt\" must be a time from 2000 on, not in the future.");
        }

        string? accountType = s.Uploader?.AccountType is null ? null : ModerationTerms.Require(s.Uploader.AccountType, ModerationTerms.AccountTypes, "uploader.accountType");
        string visibility = s.Visibility is null ? "public" : ModerationTerms.Require(s.Visibility, ModerationTerms.Visibilities, "visibility");
        string? accountKind = ModerationTerms.Optional(s.Context?.AccountKind, 32, "context.accountKind");
        if (accountKind is not null && !AccountKindPattern().IsMatch(accountKind))
        {
            throw new MizanException(ErrorCodes.InvalidRequest, "\"context.accountKind\" must be a lower-case word such as news_outlet or researcher.");
        }

        var signals = file?.Signals;
        byte[]? media = file?.Bytes is { } bytes && signals?.IsImage == true && bytes.LongLength <= options.MaxStoredMediaBytes ? bytes : null;
        var item = new ContentItem
        {
            OrganisationId = organisationId,
            ExternalId = externalId,
            Puid = "mzn-" + Guid.CreateVersion7().ToString("N"),
            SubmissionHash = "",
            Url = url,
            ContentType = type,
            Language = language?.ToUpperInvariant(),
            Text = text,
            TextSha256 = TextSha256(text),
            PostedAt = s.PostedAt?.UtcDateTime,
            UploaderRef = ModerationTerms.Optional(s.Uploader?.Ref, 200, "uploader.ref"),
            AccountType = accountType,
            Visibility = visibility,
            ContextCaption = ModerationTerms.Optional(s.Context?.Caption, 5000, "context.caption"),
            ContextThread = ModerationTerms.Optional(s.Context?.Thread, 2048, "context.thread"),
            ContextAccountKind = accountKind,
            FileSha256 = signals?.Hashes.Sha256Hex,
            FileMd5 = signals?.Hashes.Md5Hex,
            FilePdq = signals?.Pdq?.Original.ToString(),
            PdqQuality = signals?.Pdq?.Quality,
            FileLength = signals?.Hashes.Length,
            MediaType = ModerationTerms.Optional(file?.MediaType, 100, "file content type"),
            Media = media,
            State = ItemStates.Live,
            CreatedAt = now.UtcDateTime,
            UpdatedAt = now.UtcDateTime,
        };
        item.SubmissionHash = SubmissionHash(item);
        return item;
    }

    /// <summary>The value of <see cref="ContentItem.TextSha256"/> for <paramref name="text"/>.</summary>
    internal static string? TextSha256(string? text) =>
        text is null ? null : Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>What makes two submissions the same: every submitted field and the file's hash.</summary>
    private static string SubmissionHash(ContentItem i)
    {
        var canonical = new
        {
            i.ExternalId, i.Url, i.ContentType, i.Language, i.Text, i.PostedAt, i.UploaderRef, i.AccountType, i.Visibility,
            i.ContextCaption, i.ContextThread, i.ContextAccountKind, i.FileSha256,
        };
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(canonical, s_canonical))));
    }

    private static ContentItem Same(ContentItem existing, ContentItem submitted)
    {
        if (!string.Equals(existing.SubmissionHash, submitted.SubmissionHash, StringComparison.Ordinal))
        {
            throw new MizanException(
                ErrorCodes.Conflict,
                $"Item '{submitted.ExternalId}' was already submitted with different content (item {existing.Id}). Resubmit the same fields to retry, or use a new id.");
        }

        return existing;
    }

    private Task<ContentItem?> FindAsync(int organisationId, string externalId, CancellationToken cancellationToken) =>
        db.ContentItems.AsNoTracking().FirstOrDefaultAsync(i => i.OrganisationId == organisationId && i.ExternalId == externalId, cancellationToken);

    private static object Snapshot(ContentItem i, IReadOnlyList<ItemMatch> matches) => new
    {
        i.ExternalId, i.Puid, i.Url, i.ContentType, i.Language, i.Visibility, i.FileSha256, i.FilePdq, i.State,
        Matches = matches.Select(m => new { m.Bank, m.Entry, m.Signal, m.Distance, m.Similarity, m.PolicyAction }).ToList(),
    };

    private static string Id(long id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^[\x21-\x7E]+$")]
    private static partial Regex ExternalIdPattern();

    [GeneratedRegex("^[A-Za-z]{2}$")]
    private static partial Regex LanguagePattern();

    [GeneratedRegex("^[a-z][a-z_]{1,31}$")]
    private static partial Regex AccountKindPattern();
}
