using System.Text.Json;
using System.Text.Json.Serialization;
using Mizan.Core;

namespace Mizan.Data.Moderation.Policy;

/// <summary>
/// Per bank and per signal: no action, a case for review with a priority, or automatic action. Automatic action
/// further needs the bank marked for it, verified by this platform, and a near-exact match (see
/// <see cref="PolicyEvaluator"/>).
/// </summary>
public sealed class ModerationPolicy
{
    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        WriteIndented = true,
    };

    /// <summary>The rule for banks and signals without their own.</summary>
    public PolicyRule Default { get; set; } = new();

    public NearExactBounds NearExact { get; set; } = new();

    public AutomaticGround Automatic { get; set; } = new();

    /// <summary>Policies by bank name.</summary>
    public Dictionary<string, BankPolicy> Banks { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The rule for a match of <paramref name="signal"/> in <paramref name="bank"/>, and the bank's policy.</summary>
    public (PolicyRule Rule, BankPolicy? Bank) RuleFor(string bank, string signal)
    {
        if (Banks.TryGetValue(bank, out var policy))
        {
            if (policy.Signals.TryGetValue(signal, out var rule))
            {
                return (rule, policy);
            }

            return (policy.Default ?? Default, policy);
        }

        return (Default, null);
    }

    /// <summary>Parses and validates a policy document; the message names what is wrong.</summary>
    public static ModerationPolicy Parse(string json)
    {
        ModerationPolicy? policy;
        try
        {
            policy = JsonSerializer.Deserialize<ModerationPolicy>(json, s_json);
        }
        catch (JsonException ex)
        {
            throw new MizanException(ErrorCodes.InvalidRequest, $"The policy is not valid: {ex.Message}", ex);
        }

        if (policy is null)
        {
            throw new MizanException(ErrorCodes.InvalidRequest, "The policy is empty.");
        }

        policy.Validate();
        return policy;
    }

    /// <summary>The policy as JSON.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, s_json);

    /// <summary>Throws <see cref="ErrorCodes.InvalidRequest"/> naming the first invalid setting.</summary>
    public void Validate()
    {
        ValidateRule(Default ?? throw Invalid("default is required"), "default");
        if (NearExact is null || NearExact.PdqMaxDistance is < 0 or > 31)
        {
            throw Invalid("nearExact.pdqMaxDistance must be 0-31 (automatic action needs a near-exact match)");
        }

        if (NearExact.TextMinSimilarity is < 0.8 or > 1)
        {
            throw Invalid("nearExact.textMinSimilarity must be 0.8-1 (automatic action needs a near-exact match)");
        }

        if (Automatic is null)
        {
            throw Invalid("automatic is required");
        }

        ModerationTerms.Require(Automatic.Ground, ModerationTerms.Grounds, "automatic.ground");
        ModerationTerms.Required(Automatic.Reference, 500, "automatic.reference");
        ModerationTerms.Required(Automatic.Explanation, 2000, "automatic.explanation");
        foreach (var (name, bank) in Banks ?? throw Invalid("banks must be an object"))
        {
            if (bank is null)
            {
                throw Invalid($"banks.{name} must be an object");
            }

            Mizan.Data.Banks.BankNames.Validate(name);
            if (bank.Default is not null)
            {
                ValidateRule(bank.Default, $"banks.{name}.default");
            }

            foreach (var (signal, rule) in bank.Signals ?? throw Invalid($"banks.{name}.signals must be an object"))
            {
                if (!Mizan.Data.Banks.SignalTypes.All.Contains(signal, StringComparer.Ordinal))
                {
                    throw Invalid($"banks.{name}.signals: unknown signal '{signal}' (use {string.Join(", ", Mizan.Data.Banks.SignalTypes.All)})");
                }

                ValidateRule(rule, $"banks.{name}.signals.{signal}");
            }
        }
    }

    private static void ValidateRule(PolicyRule? rule, string path)
    {
        if (rule is null)
        {
            throw Invalid($"{path} must be an object");
        }

        if (!PolicyActions.All.Contains(rule.Action, StringComparer.Ordinal))
        {
            throw Invalid($"{path}.action must be one of {string.Join(", ", PolicyActions.All)}; got '{rule.Action}'");
        }

        if (rule.Priority is < 1 or > 5)
        {
            throw Invalid($"{path}.priority must be 1 (most urgent) to 5; got {rule.Priority}");
        }
    }

    private static MizanException Invalid(string message) => new(ErrorCodes.InvalidRequest, "Policy: " + message + ".");
}
