namespace Mizan.Data.Moderation.Statements;

/// <summary>Art. 17(3)(d)/(e): the legal or contractual ground relied on and the explanation.</summary>
public sealed record StatementGround(string Type, string Reference, string? ReferenceUrl, string Explanation, string Description);
