using Mizan.Core.Imaging;

namespace Mizan.Core.Signals;

/// <summary>Limits for computing signals from untrusted files.</summary>
public sealed class FileSignalOptions
{
    /// <summary>The largest image file read into memory for decoding (default 64 MiB).</summary>
    public long MaxImageBytes { get; init; } = 64L << 20;

    /// <summary>
    /// The sender declared the file an image (an <c>image/*</c> content type, an image file name): bytes that are
    /// not an image are then an <see cref="ErrorCodes.UnsupportedImage"/> error instead of a plain file.
    /// </summary>
    public bool ExpectImage { get; init; }

    /// <summary>Decoder limits, such as the largest pixel count (default 100 MP).</summary>
    public ImageDecodeOptions Decode { get; init; } = new();
}
