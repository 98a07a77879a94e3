namespace Mizan.Server.Features.Banks;

/// <summary>An entry given as a file to hash.</summary>
internal sealed record EntryUpload(IFormFile File, string Id, string? Labels, string? Source);
