using Mizan.Core;
using Mizan.Data.Moderation.Policy;

namespace Mizan.Data.Tests.Moderation;

public sealed class PolicyEvaluatorTests
{
    private static ModerationPolicy Policy(bool verified = true, string action = "auto") => ModerationPolicy.Parse($$$"""
        {
          "default": {"action": "case", "priority": 3},
          "nearExact": {"pdqMaxDistance": 8, "textMinSimilarity": 0.95},
          "banks": {"known": {"verified": {{{(verified ? "true" : "false")}}}, "default": {"action": "{{{action}}}", "priority": 1} } }
        }
        """);

    private static PolicyInput Input(
        string signal = "pdq", int? distance = 2, double? similarity = null, bool bankAuto = true, string kind = PolicyEvaluator.BankMatch,
        string? accountKind = null, string bank = "known") =>
        new(kind, bank, signal, bankAuto, distance, similarity, accountKind);

    [Theory]
    [InlineData("pdq", 0, null)]
    [InlineData("pdq", 8, null)]
    [InlineData("sha256", 0, null)]
    [InlineData("md5", 0, null)]
    [InlineData("text", null, 0.95)]
    public void Evaluate_AllConditionsHold_ActsAutomatically(string signal, int? distance, double? similarity)
    {
        var outcome = PolicyEvaluator.Evaluate(Policy(), Input(signal, distance, similarity));

        Assert.Equal(PolicyActions.Auto, outcome.Action);
        Assert.Null(outcome.Note);
    }

    [Fact]
    public void Evaluate_BankNotMarkedForAutoAction_OpensCase() =>
        AssertBlocked(PolicyEvaluator.Evaluate(Policy(), Input(bankAuto: false)), "not marked");

    [Fact]
    public void Evaluate_BankNotVerified_OpensCase() =>
        AssertBlocked(PolicyEvaluator.Evaluate(Policy(verified: false), Input()), "not verified");

    [Fact]
    public void Evaluate_BankWithoutPolicy_FollowsDefaultCase()
    {
        var outcome = PolicyEvaluator.Evaluate(Policy(), Input(bank: "other"));

        Assert.Equal((PolicyActions.Case, 3), (outcome.Action, outcome.Priority));
    }

    [Theory]
    [InlineData(9)]
    [InlineData(31)]
    public void Evaluate_PdqBeyondNearExact_OpensCase(int distance) =>
        AssertBlocked(PolicyEvaluator.Evaluate(Policy(), Input(distance: distance)), "near-exact");

    [Fact]
    public void Evaluate_TextBelowNearExactSimilarity_OpensCase() =>
        AssertBlocked(PolicyEvaluator.Evaluate(Policy(), Input("text", null, 0.94)), "near-exact");

    [Fact]
    public void Evaluate_TextContainmentOnly_OpensCase() =>
        AssertBlocked(PolicyEvaluator.Evaluate(Policy(), Input("text", null, null)), "near-exact");

    [Fact]
    public void Evaluate_UrlMatch_OpensCase() =>
        AssertBlocked(PolicyEvaluator.Evaluate(Policy(), Input("url", 0)), "url");

    [Theory]
    [InlineData("indicator")]
    [InlineData("classifier")]
    public void Evaluate_IndicatorOrClassifier_OnlyOpensCase(string kind) =>
        AssertBlocked(PolicyEvaluator.Evaluate(Policy(), Input(kind: kind, distance: 0)), kind);

    [Theory]
    [InlineData("news_outlet")]
    [InlineData("researcher")]
    public void Evaluate_ProtectedAccountKind_OpensCase(string accountKind) =>
        AssertBlocked(PolicyEvaluator.Evaluate(Policy(), Input(accountKind: accountKind, distance: 0)), "Art. 1(3)");

    [Fact]
    public void Evaluate_RuleNone_DoesNothing()
    {
        Assert.Equal(PolicyActions.None, PolicyEvaluator.Evaluate(Policy(action: "none"), Input()).Action);
    }

    [Theory]
    [InlineData("""{"default": {"action": "delete"}}""", "default.action")]
    [InlineData("""{"default": {"action": "case", "priority": 9}}""", "priority")]
    [InlineData("""{"nearExact": {"pdqMaxDistance": 40}}""", "pdqMaxDistance")]
    [InlineData("""{"nearExact": {"textMinSimilarity": 0.5}}""", "textMinSimilarity")]
    [InlineData("""{"banks": {"b": {"signals": {"tmk": {"action": "case"}}}}}""", "unknown signal 'tmk'")]
    [InlineData("""{"banks": {"b": {"signals": {"pdq": {"action": "remove"}}}}}""", "banks.b.signals.pdq.action")]
    [InlineData("""{"automatic": {"ground": "because"}}""", "automatic.ground")]
    [InlineData("""{"unexpected": 1}""", "unexpected")]
    [InlineData("""not json""", "not valid")]
    public void Parse_InvalidPolicy_NamesTheSetting(string json, string mentions)
    {
        var ex = Assert.Throws<MizanException>(() => ModerationPolicy.Parse(json));

        Assert.Equal(ErrorCodes.InvalidRequest, ex.ErrorCode);
        Assert.Contains(mentions, ex.Message, StringComparison.Ordinal);
    }

    private static void AssertBlocked(PolicyOutcome outcome, string reason)
    {
        Assert.Equal(PolicyActions.Case, outcome.Action);
        Assert.Equal(1, outcome.Priority);
        Assert.Contains(reason, outcome.Note, StringComparison.Ordinal);
    }
}
