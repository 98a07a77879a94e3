namespace Mizan.Server.Features.Scan;

/// <summary>A JSON scan: one or more hashes the client computed.</summary>
/// <param name="Id">An optional id echoed in the result.</param>
/// <param name="Pdq">64 hex characters.</param>
/// <param name="Md5">32 hex characters.</param>
/// <param name="Sha256">64 hex characters.</param>
/// <param name="Text">A text (up to 100,000 characters), matched across normalisation channels.</param>
/// <param name="Url">A URL, canonicalised, matched exactly or by a domain or path-prefix entry.</param>
/// <param name="Dihedral">Rotations and mirrors need the image; with a hash alone this adds a note.</param>
internal sealed record ScanRequest(string? Id, string? Pdq, string? Md5, string? Sha256, string? Text, string? Url, bool Dihedral);
