using Mizan.Data.Entities;

namespace Mizan.Data.Moderation.Decisions;

/// <summary>A decision as the API shows it.</summary>
public sealed record DecisionView(
    long Id,
    long ItemId,
    long? CaseId,
    string Action,
    IReadOnlyList<string> Countries,
    string? Label,
    string Ground,
    string GroundReference,
    string? GroundReferenceUrl,
    string Explanation,
    string ExemptionConsidered,
    string? PurposeAssessment,
    string Category,
    IReadOnlyList<string> CategorySpecification,
    string SourceType,
    bool AutomatedDetection,
    string AutomatedDecision,
    string DecidedBy,
    string DeciderRole,
    DateTime DecidedAt,
    DateTime? SecrecyUntil,
    DateTime? UserInformedAt,
    DateTime? ReversedAt,
    long? ReversedByComplaintId)
{
    /// <summary>The view of a stored decision.</summary>
    public static DecisionView From(Decision d)
    {
        ArgumentNullException.ThrowIfNull(d);
        return new DecisionView(
            d.Id, d.ContentItemId, d.CaseId, d.Action, d.Countries, d.Label, d.Ground, d.GroundReference, d.GroundReferenceUrl,
            d.Explanation, d.ExemptionConsidered, d.PurposeAssessment, d.Category, d.CategorySpecification, d.SourceType,
            d.AutomatedDetection, d.AutomatedDecision, d.DeciderName, d.DeciderRole, d.DecidedAt, d.SecrecyUntil,
            d.UserInformedAt, d.ReversedAt, d.ReversedByComplaintId);
    }
}
