namespace Mizan.Data.Moderation.Policy;

/// <summary>One signal of an item as policy sees it.</summary>
/// <param name="DetectorKind">bank_match, indicator or classifier; only bank matches can act automatically.</param>
/// <param name="Bank">The bank matched (bank matches only).</param>
/// <param name="Signal">pdq, md5, sha256, text or url.</param>
/// <param name="BankAutoAction">Whether the bank is marked for automatic action.</param>
/// <param name="Distance">PDQ distance (0 for exact hashes).</param>
/// <param name="Similarity">Text similarity.</param>
/// <param name="AccountKind">The item's declared account kind.</param>
public sealed record PolicyInput(
    string DetectorKind, string Bank, string Signal, bool BankAutoAction, int? Distance, double? Similarity, string? AccountKind);
