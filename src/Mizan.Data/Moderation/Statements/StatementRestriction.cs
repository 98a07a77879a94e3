namespace Mizan.Data.Moderation.Statements;

/// <summary>Art. 17(3)(a): what was restricted, where and for how long.</summary>
/// <param name="Type">remove, restrict or label.</param>
/// <param name="Description">The restriction in words.</param>
/// <param name="TerritorialScope">ISO-2 codes, EU, or ALL.</param>
/// <param name="ApplicationDate">When it started (UTC).</param>
/// <param name="EndDate">When it ends; null: indefinite.</param>
public sealed record StatementRestriction(string Type, string Description, IReadOnlyList<string> TerritorialScope, DateTime ApplicationDate, DateTime? EndDate);
