namespace Mizan.Server.Features.Scan;

/// <summary>A multipart scan: the file itself.</summary>
/// <param name="File">The file to hash and match.</param>
/// <param name="Id">An optional id echoed in the result.</param>
/// <param name="Dihedral">Also match the seven rotations and mirrors of an image.</param>
internal sealed record ScanUpload(IFormFile File, string? Id, bool Dihedral);
