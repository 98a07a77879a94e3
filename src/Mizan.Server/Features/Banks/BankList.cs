using Mizan.Data.Banks;

namespace Mizan.Server.Features.Banks;

/// <summary>Every bank.</summary>
internal sealed record BankList(IReadOnlyList<BankSummary> Items);
