namespace Mizan.Data.Moderation.Statements;

/// <summary>Art. 17(3)(f): how to seek redress, and until when the internal complaint is open.</summary>
public sealed record StatementRedress(DateTime? ComplaintOpenUntil, string Description);
