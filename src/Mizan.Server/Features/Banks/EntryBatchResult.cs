using Mizan.Data.Banks;

namespace Mizan.Server.Features.Banks;

/// <summary>The result of each entry of a batch, in order.</summary>
internal sealed record EntryBatchResult(IReadOnlyList<EntryAddResult> Results);
