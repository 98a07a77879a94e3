namespace Mizan.Data.Moderation.Policy;

/// <summary>What happens on a match: none, case (with a priority, 1 most urgent to 5) or auto.</summary>
public sealed class PolicyRule
{
    public string Action { get; set; } = PolicyActions.Case;

    public int Priority { get; set; } = 3;
}
