using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Mizan.Core;
using Mizan.Data.Entities;
using Mizan.Data.Moderation.Decisions;

namespace Mizan.Data.Moderation.Statements;

/// <summary>Maps restrictive decisions to Transparency Database statements and validates each one.</summary>
public sealed class TransparencyExporter(MizanDbContext db, TimeProvider clock)
{
    private const int MaxPeriodDays = 366;

    /// <summary>The statements of decisions taken in [<paramref name="from"/>, <paramref name="to"/>).</summary>
    public async Task<TdbExport> ExportAsync(DateTime from, DateTime to, CancellationToken cancellationToken)
    {
        if (to <= from || (to - from).TotalDays > MaxPeriodDays)
        {
            throw new MizanException(ErrorCodes.InvalidRequest, $"\"to\" must be after \"from\", at most {MaxPeriodDays} days later.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        DateTime start = from;
        DateTime end = to;
        var rows = await db.Decisions.AsNoTracking()
            .Where(d => d.DecidedAt >= start && d.DecidedAt < end
                && (d.Action == DecisionActions.Remove || d.Action == DecisionActions.Restrict || d.Action == DecisionActions.Label))
            .Join(db.ContentItems.AsNoTracking(), d => d.ContentItemId, i => i.Id, (d, i) => new { Decision = d, Item = i })
            .OrderBy(r => r.Decision.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var noticeIds = rows.Where(r => r.Decision.NoticeId is not null).Select(r => r.Decision.NoticeId!.Value).Distinct().ToList();
        var notices = await db.Notices.AsNoTracking().Where(n => noticeIds.Contains(n.Id))
            .ToDictionaryAsync(n => n.Id, cancellationToken).ConfigureAwait(false);

        var statements = new List<TdbStatement>();
        var rejected = new List<TdbRejection>();
        int withheld = 0;
        foreach (var row in rows)
        {
            if (row.Decision.SecrecyUntil is { } until && until > now)
            {
                withheld++;
                continue;
            }

            var statement = Map(row.Decision, row.Item);
            var personal = new List<string>();
            AddIf(personal, row.Item.UploaderRef);
            AddIf(personal, row.Item.ExternalId);
            if (row.Decision.NoticeId is { } nid && notices.TryGetValue(nid, out var notice))
            {
                AddIf(personal, notice.NotifierName);
                AddIf(personal, notice.NotifierEmail);
                AddIf(personal, notice.NotifierRef);
            }

            var errors = TdbValidator.Validate(statement, personal);
            if (errors.Count == 0)
            {
                statements.Add(statement);
            }
            else
            {
                rejected.Add(new TdbRejection(row.Decision.Id, errors));
            }
        }

        return new TdbExport(from, to, statements, rejected, withheld);
    }

    /// <summary>The TDB form of one restrictive decision.</summary>
    public static TdbStatement Map(Decision d, ContentItem item)
    {
        ArgumentNullException.ThrowIfNull(d);
        ArgumentNullException.ThrowIfNull(item);
        bool illegal = d.Ground == "illegal";
        var scope = d.Action == DecisionActions.Restrict && !d.Countries.Contains("EU")
            ? TransparencyValues.TerritorialScope.Where(d.Countries.Contains).ToList()
            : TransparencyValues.TerritorialScope.ToList();
        string contentType = item.ContentType switch
        {
            "image" => "CONTENT_TYPE_IMAGE",
            "video" => "CONTENT_TYPE_VIDEO",
            "audio" => "CONTENT_TYPE_AUDIO",
            "text" => "CONTENT_TYPE_TEXT",
            "synthetic_media" => "CONTENT_TYPE_SYNTHETIC_MEDIA",
            _ => "CONTENT_TYPE_OTHER",
        };
        return new TdbStatement
        {
            DecisionVisibility =
            [
                d.Action switch
                {
                    DecisionActions.Remove => "DECISION_VISIBILITY_CONTENT_REMOVED",
                    DecisionActions.Restrict => "DECISION_VISIBILITY_CONTENT_DISABLED",
                    _ => "DECISION_VISIBILITY_CONTENT_LABELLED",
                },
            ],
            AccountType = item.AccountType switch
            {
                "business" => "ACCOUNT_TYPE_BUSINESS",
                "private" => "ACCOUNT_TYPE_PRIVATE",
                _ => null,
            },
            DecisionGround = illegal ? "DECISION_GROUND_ILLEGAL_CONTENT" : "DECISION_GROUND_INCOMPATIBLE_CONTENT",
            DecisionGroundReferenceUrl = d.GroundReferenceUrl,
            IllegalContentLegalGround = illegal ? d.GroundReference : null,
            IllegalContentExplanation = illegal ? d.Explanation : null,
            IncompatibleContentGround = illegal ? null : d.GroundReference,
            IncompatibleContentExplanation = illegal ? null : d.Explanation,
            ContentType = [contentType],
            ContentTypeOther = contentType == "CONTENT_TYPE_OTHER" ? "file" : null,
            Category = d.Category,
            CategorySpecification = d.CategorySpecification.Count > 0 ? d.CategorySpecification : null,
            TerritorialScope = scope,
            ContentLanguage = item.Language,
            ContentDate = Day(item.PostedAt ?? item.CreatedAt),
            ApplicationDate = Day(d.DecidedAt),
            DecisionFacts = Facts(d),
            SourceType = d.SourceType switch
            {
                "article_16" => "SOURCE_ARTICLE_16",
                "trusted_flagger" => "SOURCE_TRUSTED_FLAGGER",
                "other_notification" => "SOURCE_TYPE_OTHER_NOTIFICATION",
                _ => "SOURCE_VOLUNTARY",
            },
            AutomatedDetection = d.AutomatedDetection ? "Yes" : "No",
            AutomatedDecision = d.AutomatedDecision switch
            {
                "fully" => "AUTOMATED_DECISION_FULLY",
                "partially" => "AUTOMATED_DECISION_PARTIALLY",
                _ => "AUTOMATED_DECISION_NOT_AUTOMATED",
            },
            Puid = item.Puid,
        };
    }

    /// <summary>Standard language only (TDB guidance): no free text of the reviewer, so no personal data.</summary>
    private static string Facts(Decision d)
    {
        string automation = d.AutomatedDecision == "fully" ? "automation.fully" : d.AutomatedDetection ? "automation.detected" : "automation.none";
        string exemption = d.ExemptionConsidered == "none"
            ? StatementTexts.Get("en", "exemption.none")
            : StatementTexts.Get("en", "exemption.considered", StatementTexts.Get("en", "exemption." + d.ExemptionConsidered));
        return string.Join(' ', StatementTexts.Get("en", "facts." + d.SourceType), StatementTexts.Get("en", automation), exemption);
    }

    private static string Day(DateTime value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void AddIf(List<string> values, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            values.Add(value);
        }
    }
}
