namespace Mizan.Core.Imaging;

/// <summary>Limits applied when decoding untrusted images.</summary>
public sealed class ImageDecodeOptions
{
    /// <summary>Shared instance with the defaults.</summary>
    internal static readonly ImageDecodeOptions Default = new();

    private readonly long _maxPixels = 100_000_000;

    /// <summary>
    /// The largest width × height accepted, checked against the header before any pixel memory is allocated, so a
    /// small file that declares a huge image (a decompression bomb) is refused cheaply. Default 100 million.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive.</exception>
    public long MaxPixels
    {
        get => _maxPixels;
        init
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(value);
            _maxPixels = value;
        }
    }
}
