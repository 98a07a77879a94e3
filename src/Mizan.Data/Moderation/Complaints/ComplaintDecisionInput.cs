namespace Mizan.Data.Moderation.Complaints;

/// <summary>An appeals reviewer's decision on a complaint.</summary>
public sealed class ComplaintDecisionInput
{
    /// <summary>upheld (the decision stands) or reversed.</summary>
    public string? Outcome { get; set; }

    /// <summary>The reasons given to the complainant.</summary>
    public string? Reasons { get; set; }
}
