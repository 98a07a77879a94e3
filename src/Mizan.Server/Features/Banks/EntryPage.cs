namespace Mizan.Server.Features.Banks;

/// <summary>A page of entries; <see cref="NextCursor"/> is null on the last page.</summary>
internal sealed record EntryPage(IReadOnlyList<EntryResponse> Items, string? NextCursor);
