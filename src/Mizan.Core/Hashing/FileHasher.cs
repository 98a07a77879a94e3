using System.Buffers;
using System.Security.Cryptography;

namespace Mizan.Core.Hashing;

/// <summary>
/// SHA-256 and MD5 of a stream in one pass, reading through a pooled buffer so files of any size are never
/// loaded whole. MD5 is kept because the hash-sharing programmes still exchange it.
/// </summary>
public static class FileHasher
{
    private const int BufferSize = 1 << 16;

    /// <summary>Hashes the bytes of <paramref name="stream"/> from its current position to its end.</summary>
    public static async Task<FileHashes> ComputeAsync(Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
#pragma warning disable CA5351 // MD5 is an exchange format of the hash-sharing programmes, not a security control.
        using var md5 = IncrementalHash.CreateHash(HashAlgorithmName.MD5);
#pragma warning restore CA5351
        byte[] buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        long length = 0;
        try
        {
            int read;
            while ((read = await stream.ReadAsync(buffer.AsMemory(0, BufferSize), cancellationToken).ConfigureAwait(false)) > 0)
            {
                sha.AppendData(buffer, 0, read);
                md5.AppendData(buffer, 0, read);
                length += read;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        return new FileHashes(sha.GetHashAndReset(), md5.GetHashAndReset(), length);
    }

    /// <summary>Hashes bytes already in memory.</summary>
    public static FileHashes Compute(ReadOnlySpan<byte> data)
    {
#pragma warning disable CA5351 // see ComputeAsync
        return new FileHashes(SHA256.HashData(data), MD5.HashData(data), data.Length);
#pragma warning restore CA5351
    }
}
