namespace Mizan.Data.Moderation.Decisions;

/// <summary>Where a decision came from: the TDB source type, the notice, and the part automated means played.</summary>
/// <param name="SourceType">voluntary, article_16, trusted_flagger or other_notification.</param>
/// <param name="NoticeId">The notice that led to it, if any.</param>
/// <param name="AutomatedDetection">Automated means identified the content.</param>
/// <param name="AutomatedDecision">fully, partially or not_automated.</param>
public sealed record DecisionProvenance(string SourceType, long? NoticeId, bool AutomatedDetection, string AutomatedDecision);
