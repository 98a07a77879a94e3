namespace Mizan.Core.Hashing;

/// <summary>The exact hashes of a file's bytes.</summary>
/// <param name="Sha256">32 bytes.</param>
/// <param name="Md5">16 bytes.</param>
/// <param name="Length">The file's length in bytes.</param>
public sealed record FileHashes(byte[] Sha256, byte[] Md5, long Length)
{
    /// <summary>SHA-256 as lower-case hex.</summary>
    public string Sha256Hex => HexFormat.ToHex(Sha256);

    /// <summary>MD5 as lower-case hex.</summary>
    public string Md5Hex => HexFormat.ToHex(Md5);
}
