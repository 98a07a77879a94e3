namespace Mizan.Data.Background;

/// <summary>A background text as the API and CLI show it.</summary>
public sealed record BackgroundTextView(int Id, string Name, int Length, string AddedBy, DateTime AddedAt);
