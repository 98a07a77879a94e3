using System.Text.RegularExpressions;
using Mizan.Core;
using Mizan.Data.Entities;
using Mizan.Data.Moderation.Statements;

namespace Mizan.Data.Moderation.Decisions;

/// <summary>
/// Applies a decision to an item and its case, staging the decision, the audit events and the webhooks in the
/// caller's context (the caller owns the transaction and saves). Used by reviewers' decisions and by automatic
/// action alike, so both produce the same records.
/// </summary>
public sealed partial class DecisionWriter(
    MizanDbContext db, TimeProvider clock, ModerationOptions options, ModerationChanges changes, StatementBuilder statements)
{
    private const string DefaultCategory = "STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY";

    /// <summary>Validates <paramref name="input"/>; throws <see cref="ErrorCodes.InvalidRequest"/> naming the field.</summary>
    public void Validate(DecisionInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        string action = ModerationTerms.Require(input.Action, ModerationTerms.Actions, "action");
        ModerationTerms.Require(input.ExemptionConsidered, ModerationTerms.Exemptions, "exemptionConsidered");
        ModerationTerms.Optional(input.PurposeAssessment, 2000, "purposeAssessment");
        ModerationTerms.Required(input.Explanation, 2000, "explanation");
        if (DecisionActions.IsRestriction(action))
        {
            ModerationTerms.Require(input.Ground, ModerationTerms.Grounds, "ground");
            ModerationTerms.Required(input.GroundReference, 500, "groundReference");
        }
        else
        {
            if (input.Ground is not null)
            {
                ModerationTerms.Require(input.Ground, ModerationTerms.Grounds, "ground");
            }

            ModerationTerms.Optional(input.GroundReference, 500, "groundReference");
        }

        if (ModerationTerms.Optional(input.GroundReferenceUrl, 500, "groundReferenceUrl") is { } url
            && (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http")))
        {
            throw new MizanException(ErrorCodes.InvalidRequest, "\"groundReferenceUrl\" must be an http(s) URL.");
        }

        if (action == DecisionActions.Restrict)
        {
            if (input.Countries is not { Count: > 0 } || input.Countries.Count > 60
                || input.Countries.Any(c => c is null || !CountryPattern().IsMatch(c)))
            {
                throw new MizanException(ErrorCodes.InvalidRequest, "\"countries\" must name where to restrict: ISO 3166-1 alpha-2 codes (upper case) or EU.");
            }
        }
        else if (input.Countries is { Count: > 0 })
        {
            throw new MizanException(ErrorCodes.InvalidRequest, "\"countries\" applies only to restrict.");
        }

        if (action == DecisionActions.Label)
        {
            ModerationTerms.Required(input.Label, 200, "label");
        }

        if (input.Category is { } category && !TransparencyValues.Categories.Contains(category, StringComparer.Ordinal))
        {
            throw new MizanException(ErrorCodes.InvalidRequest, $"\"category\" must be a STATEMENT_CATEGORY_* value of the Transparency Database; got '{category}'.");
        }

        if (input.CategorySpecification is { } keywords && (keywords.Count > 20 || keywords.Any(k => k is null || !TransparencyValues.IsKeyword(k))))
        {
            throw new MizanException(ErrorCodes.InvalidRequest, "\"categorySpecification\" must be up to 20 KEYWORD_* values.");
        }

        if (input.SecrecyUntil is { } until)
        {
            var now = clock.GetUtcNow();
            if (until <= now || until > now.AddDays(options.MaxSecrecyDays))
            {
                throw new MizanException(ErrorCodes.InvalidRequest, $"\"secrecyUntil\" must be in the future and at most {options.MaxSecrecyDays} days away (TCO Art. 11(3)).");
            }
        }
    }

    /// <summary>Stages the decision and its effects. <paramref name="input"/> must have passed <see cref="Validate"/>.</summary>
    public async Task<Decision> ApplyAsync(
        ContentItem item, ModerationCase? moderationCase, DecisionInput input, ModerationActor actor, DecisionProvenance provenance,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(provenance);
        var now = clock.GetUtcNow().UtcDateTime;
        string action = input.Action!;
        var decision = Build(item, moderationCase, input, actor, provenance, now);
        db.Decisions.Add(decision);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);

        string stateBefore = item.State;
        var restrictedBefore = item.RestrictedIn.ToList();
        switch (action)
        {
            case DecisionActions.Remove:
                item.State = ItemStates.Removed;
                item.RestrictedIn = [];
                break;
            case DecisionActions.Restrict:
                item.State = ItemStates.Restricted;
                item.RestrictedIn = decision.Countries.ToList();
                break;
            case DecisionActions.Label:
                item.State = ItemStates.Labelled;
                break;
        }

        item.UpdatedAt = now;
        if (moderationCase is not null)
        {
            string caseBefore = moderationCase.Status;
            moderationCase.Status = action == DecisionActions.Escalate ? CaseStatuses.Escalated : CaseStatuses.Decided;
            moderationCase.DecisionId = decision.Id;
            moderationCase.ClaimedBy = null;
            moderationCase.ClaimedByKeyId = null;
            moderationCase.ClaimedAt = null;
            moderationCase.UpdatedAt = now;
            if (action == DecisionActions.Escalate)
            {
                moderationCase.Priority = 1;
            }

            await changes.RecordAsync(
                actor, action == DecisionActions.Escalate ? "case.escalated" : "case.decided", "case", Id(moderationCase.Id),
                new { status = caseBefore }, new { status = moderationCase.Status, decisionId = decision.Id }, null,
                cancellationToken).ConfigureAwait(false);
        }

        await changes.RecordAsync(
            actor, "decision.made", "decision", Id(decision.Id), null, DecisionView.From(decision), decision.Explanation,
            cancellationToken).ConfigureAwait(false);
        if (!string.Equals(stateBefore, item.State, StringComparison.Ordinal) || !restrictedBefore.SequenceEqual(item.RestrictedIn))
        {
            await changes.RecordAsync(
                actor, "item.state_changed", "item", Id(item.Id), new { state = stateBefore, restrictedIn = restrictedBefore },
                new { state = item.State, restrictedIn = item.RestrictedIn }, "decision " + Id(decision.Id), cancellationToken).ConfigureAwait(false);
        }

        if (action != DecisionActions.Escalate)
        {
            var payload = await WebhookPayloadAsync(item, decision, cancellationToken).ConfigureAwait(false);
            await changes.NotifyAsync(item.OrganisationId, "decision.made", payload, cancellationToken).ConfigureAwait(false);
            string? contentEvent = action switch
            {
                DecisionActions.Remove => "content.removed",
                DecisionActions.Restrict => "content.restricted",
                _ => null,
            };
            if (contentEvent is not null)
            {
                await changes.NotifyAsync(item.OrganisationId, contentEvent, payload, cancellationToken).ConfigureAwait(false);
            }
        }

        return decision;
    }

    /// <summary>
    /// The statement of reasons the user would receive if <paramref name="input"/> were decided now on the item: the
    /// decision is built exactly as <see cref="ApplyAsync"/> builds it but never stored (its id is 0). Null for an
    /// action that restricts nothing. <paramref name="input"/> must have passed <see cref="Validate"/>.
    /// </summary>
    public async Task<StatementOfReasons?> PreviewStatementAsync(
        ContentItem item, ModerationCase? moderationCase, DecisionInput input, ModerationActor actor, DecisionProvenance provenance,
        string? language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(input);
        if (!DecisionActions.IsRestriction(input.Action!))
        {
            return null;
        }

        var decision = Build(item, moderationCase, input, actor, provenance, clock.GetUtcNow().UtcDateTime);
        return await statements.BuildAsync(decision, item, language, cancellationToken).ConfigureAwait(false);
    }

    private static Decision Build(
        ContentItem item, ModerationCase? moderationCase, DecisionInput input, ModerationActor actor, DecisionProvenance provenance, DateTime now)
    {
        string action = input.Action!;
        bool restriction = DecisionActions.IsRestriction(action);
        return new Decision
        {
            ContentItemId = item.Id,
            CaseId = moderationCase?.Id,
            Action = action,
            Countries = action == DecisionActions.Restrict ? input.Countries!.Distinct(StringComparer.Ordinal).ToList() : [],
            Label = action == DecisionActions.Label ? input.Label!.Trim() : null,
            Ground = input.Ground ?? "incompatible",
            GroundReference = ModerationTerms.Optional(input.GroundReference, 500, "groundReference") ?? "",
            GroundReferenceUrl = ModerationTerms.Optional(input.GroundReferenceUrl, 500, "groundReferenceUrl"),
            Explanation = input.Explanation!.Trim(),
            ExemptionConsidered = input.ExemptionConsidered!,
            PurposeAssessment = ModerationTerms.Optional(input.PurposeAssessment, 2000, "purposeAssessment"),
            Category = input.Category ?? DefaultCategory,
            CategorySpecification = input.CategorySpecification is { Count: > 0 } k ? k.Distinct(StringComparer.Ordinal).ToList() : ["KEYWORD_TERRORIST_CONTENT"],
            SourceType = provenance.SourceType,
            NoticeId = provenance.NoticeId,
            AutomatedDetection = provenance.AutomatedDetection,
            AutomatedDecision = provenance.AutomatedDecision,
            DeciderKeyId = actor.KeyId,
            DeciderName = actor.Name,
            DeciderRole = actor.Role,
            DecidedAt = now,
            SecrecyUntil = restriction ? input.SecrecyUntil?.UtcDateTime : null,
            UserInformedAt = restriction ? input.SecrecyUntil?.UtcDateTime ?? now : null,
        };
    }

    /// <summary>What the platform receives about a decision; the statement only once the user may be told.</summary>
    public async Task<DecisionWebhook> WebhookPayloadAsync(ContentItem item, Decision decision, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(decision);
        StatementOfReasons? statement = null;
        bool withheld = decision.SecrecyUntil is { } until && until > clock.GetUtcNow().UtcDateTime;
        if (DecisionActions.IsRestriction(decision.Action) && !withheld)
        {
            statement = await statements.BuildAsync(decision, item, null, cancellationToken).ConfigureAwait(false);
        }

        return new DecisionWebhook(
            item.Id, item.ExternalId, item.Url, item.State, item.RestrictedIn, DecisionView.From(decision), statement,
            withheld ? decision.SecrecyUntil : null);
    }

    private static string Id(long id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex("^(EU|[A-Z]{2})$")]
    private static partial Regex CountryPattern();
}
