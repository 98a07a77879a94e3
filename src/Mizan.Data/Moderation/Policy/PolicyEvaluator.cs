using Mizan.Data.Banks;

namespace Mizan.Data.Moderation.Policy;

/// <summary>
/// Applies a <see cref="ModerationPolicy"/> to one signal. A rule asking for automatic action gets it only when
/// every condition holds (DESIGN.md, "Policy"); otherwise the signal opens a case and the note says which
/// condition failed, so a reviewer and the audit trail see why a person had to decide.
/// </summary>
public static class PolicyEvaluator
{
    /// <summary>Detector kind of bank matches; indicators and classifiers can only open cases.</summary>
    public const string BankMatch = "bank_match";

    /// <summary>The outcome for <paramref name="input"/> under <paramref name="policy"/>.</summary>
    public static PolicyOutcome Evaluate(ModerationPolicy policy, PolicyInput input)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(input);
        var (rule, bank) = policy.RuleFor(input.Bank, input.Signal);
        if (rule.Action != PolicyActions.Auto)
        {
            return new PolicyOutcome(rule.Action, rule.Priority, null);
        }

        string? blocked = Blocker(policy, bank, input);
        return blocked is null
            ? new PolicyOutcome(PolicyActions.Auto, rule.Priority, null)
            : new PolicyOutcome(PolicyActions.Case, rule.Priority, "No automatic action: " + blocked + ".");
    }

    private static string? Blocker(ModerationPolicy policy, BankPolicy? bank, PolicyInput input)
    {
        if (!string.Equals(input.DetectorKind, BankMatch, StringComparison.Ordinal))
        {
            return $"a {input.DetectorKind} signal only opens a case";
        }

        if (!input.BankAutoAction)
        {
            return $"bank '{input.Bank}' is not marked for automatic action";
        }

        if (bank is not { Verified: true })
        {
            return $"bank '{input.Bank}' is not verified by this platform";
        }

        switch (input.Signal)
        {
            case SignalTypes.Sha256 or SignalTypes.Md5:
                if (input.Distance is not 0)
                {
                    return "the exact hash did not match exactly";
                }

                break;
            case SignalTypes.Pdq:
                if (input.Distance is not { } d || d > policy.NearExact.PdqMaxDistance)
                {
                    return $"PDQ distance {input.Distance} is above the near-exact bound {policy.NearExact.PdqMaxDistance}";
                }

                break;
            case SignalTypes.Text:
                if (input.Similarity is not { } s || s < policy.NearExact.TextMinSimilarity)
                {
                    return $"text similarity {input.Similarity} is below the near-exact bound {policy.NearExact.TextMinSimilarity}";
                }

                break;
            default:
                return $"a {input.Signal} match only opens a case";
        }

        if (input.AccountKind is { } kind && ModerationTerms.ProtectedAccountKinds.Contains(kind, StringComparer.Ordinal))
        {
            return $"the account is declared as {kind}: a person assesses its purpose (TCO Art. 1(3))";
        }

        return null;
    }
}
