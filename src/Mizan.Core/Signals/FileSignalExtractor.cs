using Mizan.Core.Hashing;
using Mizan.Core.Imaging;

namespace Mizan.Core.Signals;

/// <summary>
/// Computes a file's signals. Every file gets SHA-256 and MD5, streamed; a file whose first bytes say it is an
/// image is also decoded and PDQ-hashed (all eight rotations and mirrors come from one DCT). A file that claims
/// to be an image but does not decode is an error, not a silent exact-only result: a truncated upload should be
/// noticed.
/// </summary>
public static class FileSignalExtractor
{
    private const int SniffBytes = 64;

    /// <summary>Computes the signals of the bytes remaining in <paramref name="stream"/>.</summary>
    /// <exception cref="MizanException">The image is corrupt, unsupported, or over a limit.</exception>
    public static async Task<FileSignals> ExtractAsync(
        Stream stream, FileSignalOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        options ??= new FileSignalOptions();
        byte[] head = new byte[SniffBytes];
        int headLength = await stream.ReadAtLeastAsync(head, SniffBytes, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
        if (!ImageDecoder.LooksLikeImage(head.AsSpan(0, headLength)))
        {
            ThrowIfImageExpected(options);
            var prefixed = new PrefixedStream(head, headLength, stream);
            return new FileSignals(await FileHasher.ComputeAsync(prefixed, cancellationToken).ConfigureAwait(false), null);
        }

        using var buffer = new MemoryStream();
        buffer.Write(head, 0, headLength);
        byte[] chunk = new byte[1 << 16];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > options.MaxImageBytes)
            {
                throw new MizanException(
                    ErrorCodes.PayloadTooLarge,
                    $"The image file is larger than the limit of {options.MaxImageBytes} bytes.");
            }

            buffer.Write(chunk, 0, read);
        }

        return Extract(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), options);
    }

    /// <summary>Computes the signals of bytes already in memory.</summary>
    /// <exception cref="MizanException">The image is corrupt, unsupported, or over a limit.</exception>
    public static FileSignals Extract(ReadOnlySpan<byte> data, FileSignalOptions? options = null)
    {
        options ??= new FileSignalOptions();
        var hashes = FileHasher.Compute(data);
        if (!ImageDecoder.LooksLikeImage(data[..Math.Min(SniffBytes, data.Length)]))
        {
            ThrowIfImageExpected(options);
            return new FileSignals(hashes, null);
        }

        if (data.Length > options.MaxImageBytes)
        {
            throw new MizanException(
                ErrorCodes.PayloadTooLarge, $"The image file is larger than the limit of {options.MaxImageBytes} bytes.");
        }

        return new FileSignals(hashes, PdqImageHasher.HashDihedral(data, options.Decode));
    }

    /// <summary>Whether a file name says the file is an image (the CLI's way of declaring it).</summary>
    public static bool HasImageExtension(string path) =>
        Path.GetExtension(path).ToUpperInvariant() is ".JPG" or ".JPEG" or ".PNG" or ".GIF" or ".WEBP" or ".BMP";

    private static void ThrowIfImageExpected(FileSignalOptions options)
    {
        if (options.ExpectImage)
        {
            throw new MizanException(
                ErrorCodes.UnsupportedImage,
                "The file was sent as an image but its bytes are not a JPEG, PNG, GIF, WebP or BMP image.");
        }
    }

    /// <summary>Replays the sniffed bytes, then the rest of the stream.</summary>
    private sealed class PrefixedStream(byte[] head, int headLength, Stream rest) : Stream
    {
        private int _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            if (_position < headLength)
            {
                int n = Math.Min(buffer.Length, headLength - _position);
                head.AsSpan(_position, n).CopyTo(buffer);
                _position += n;
                return n;
            }

            return rest.Read(buffer);
        }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (_position < headLength)
            {
                return Read(buffer.Span);
            }

            return await rest.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
