using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Mizan.Data.Entities;
using Mizan.Data.Moderation.Decisions;

namespace Mizan.Data.Moderation.Statements;

/// <summary>Writes the statement of reasons of a restrictive decision from its stored record and the resource texts.</summary>
public sealed class StatementBuilder(MizanDbContext db, ModerationOptions options)
{
    /// <summary>The statement, in <paramref name="language"/> if it has texts, else the item's language, else English.</summary>
    public async Task<StatementOfReasons> BuildAsync(Decision decision, ContentItem item, string? language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(item);
        if (!DecisionActions.IsRestriction(decision.Action))
        {
            throw new InvalidOperationException("Only restrictions have a statement of reasons.");
        }

        var matches = await db.ItemMatches.AsNoTracking().Where(m => m.ContentItemId == item.Id).OrderBy(m => m.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        string lang = StatementTexts.Choose(language, item.Language);

        IReadOnlyList<string> scope = decision.Action == DecisionActions.Restrict ? decision.Countries : ["ALL"];
        string where = string.Join(", ", scope.Select(c => c switch
        {
            "ALL" => StatementTexts.Get(lang, "scope.all"),
            "EU" => StatementTexts.Get(lang, "scope.eu"),
            _ => c,
        }));
        string restrictionText = decision.Action switch
        {
            DecisionActions.Remove => StatementTexts.Get(lang, "restriction.remove"),
            DecisionActions.Restrict => StatementTexts.Get(lang, "restriction.restrict", where),
            _ => StatementTexts.Get(lang, "restriction.label", decision.Label),
        };
        string applies = StatementTexts.Get(lang, "applies", decision.DecidedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        var restriction = new StatementRestriction(decision.Action, restrictionText + " " + applies, scope, decision.DecidedAt, null);

        string facts = StatementTexts.Get(lang, "facts." + decision.SourceType);
        string automationKey = decision.AutomatedDecision == "fully" ? "automation.fully"
            : decision.AutomatedDetection ? "automation.detected" : "automation.none";
        var detectors = decision.AutomatedDetection
            ? matches.Select(m => new StatementDetector(m.Detector, m.DetectorVersion, m.Signal, m.Score, m.Threshold)).ToList()
            : [];
        var automation = new StatementAutomation(decision.AutomatedDetection, decision.AutomatedDecision, StatementTexts.Get(lang, automationKey), detectors);

        string groundText = StatementTexts.Get(lang, "ground." + decision.Ground, decision.GroundReference, decision.Explanation);
        var ground = new StatementGround(decision.Ground, decision.GroundReference, decision.GroundReferenceUrl, decision.Explanation, groundText);

        string exemption = decision.ExemptionConsidered == "none"
            ? StatementTexts.Get(lang, "exemption.none")
            : StatementTexts.Get(lang, "exemption.considered", StatementTexts.Get(lang, "exemption." + decision.ExemptionConsidered));

        DateTime? openUntil = decision.UserInformedAt?.AddMonths(options.ComplaintWindowMonths);
        string redressText = StatementTexts.Get(
            lang, "redress", options.ComplaintChannel,
            (openUntil ?? decision.DecidedAt.AddMonths(options.ComplaintWindowMonths)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        var redress = new StatementRedress(openUntil, redressText);

        var text = new StringBuilder()
            .AppendLine(StatementTexts.Get(lang, "title"))
            .AppendLine(restriction.Description)
            .AppendLine(facts)
            .AppendLine(automation.Description)
            .AppendLine(groundText)
            .AppendLine(exemption)
            .Append(redressText)
            .ToString();
        return new StatementOfReasons(decision.Id, item.Puid, lang, restriction, facts, automation, ground, exemption, redress, text);
    }
}
