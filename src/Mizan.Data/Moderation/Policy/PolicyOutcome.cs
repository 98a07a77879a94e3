namespace Mizan.Data.Moderation.Policy;

/// <summary>What policy decided for one signal; <see cref="Note"/> says why an automatic action was held back.</summary>
public sealed record PolicyOutcome(string Action, int Priority, string? Note);
