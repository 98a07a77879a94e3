namespace Mizan.Data.Moderation.Notices;

/// <summary>Notice counts for a period (DSA Art. 15(1)(b)): by notifier type, and how many led to action.</summary>
public sealed record NoticeStats(DateTime From, DateTime To, int Total, IReadOnlyDictionary<string, int> ByNotifierType, int TrustedFlagger, int WithItems, int Actioned);
