namespace Mizan.Server.Features.Items;

/// <summary>A multipart item submission: the fields of the JSON form, flattened, and the file.</summary>
internal sealed record ItemUpload(
    IFormFile? File, string Id, string Type, string? Url, string? Language, string? Text, DateTimeOffset? PostedAt,
    string? UploaderRef, string? AccountType, string? Visibility, string? Caption, string? Thread, string? AccountKind);
