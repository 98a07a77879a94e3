namespace Mizan.Data.Moderation.Items;

/// <summary>What is kept of a submitted file: hashes, and whether its bytes are stored for reviewers.</summary>
public sealed record ItemFileView(string Sha256, string Md5, string? Pdq, int? PdqQuality, long Length, string? MediaType, bool MediaStored);
