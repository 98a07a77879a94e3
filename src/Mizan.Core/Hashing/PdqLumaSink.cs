using System.Buffers;
using Mizan.Core.Imaging;

namespace Mizan.Core.Hashing;

/// <summary>
/// Takes luma rows straight from the decoder into the PDQ filter, so a full-resolution image is hashed without a
/// full-size luma buffer. Mirrors <see cref="PdqHasher.TryDownsample"/> at full resolution.
/// </summary>
internal sealed class PdqLumaSink : ILumaSink, IDisposable
{
    private const int Side = PdqJaroszFilter.OutputSize;

    private readonly bool _dihedral;
    private PdqJaroszFilter? _filter;
    private float[]? _direct;
    private int _width;
    private int _rows;
    private bool _tooSmall;

    public PdqLumaSink(bool dihedral)
    {
        _dihedral = dihedral;
    }

    public void Start(int width, int height)
    {
        _width = width;
        if (width < PdqHasher.MinimumDimension || height < PdqHasher.MinimumDimension)
        {
            _tooSmall = true;
        }
        else if (!_dihedral && width == Side && height == Side)
        {
            // The reference's shortcut for input that is already 64×64: no filter, no decimation.
            _direct = ArrayPool<float>.Shared.Rent(Side * Side);
        }
        else
        {
            _filter = new PdqJaroszFilter(height, width);
        }
    }

    public void WriteRows(ReadOnlySpan<float> rows, int count)
    {
        if (_filter is not null)
        {
            _filter.WriteRows(rows, count);
        }
        else if (_direct is not null)
        {
            rows[..(count * _width)].CopyTo(_direct.AsSpan(_rows * _width));
        }

        _rows += count;
    }

    /// <summary>Writes the 64×64 downsample; <see langword="false"/> when the image is too small to hash.</summary>
    public bool TryComplete(Span<float> cells)
    {
        if (_tooSmall)
        {
            return false;
        }

        if (_direct is not null)
        {
            _direct.AsSpan(0, Side * Side).CopyTo(cells);
            return true;
        }

        if (_filter is null)
        {
            throw new InvalidOperationException("No image was decoded.");
        }

        _filter.Complete(cells);
        return true;
    }

    public void Dispose()
    {
        _filter?.Dispose();
        _filter = null;
        if (_direct is not null)
        {
            ArrayPool<float>.Shared.Return(_direct);
            _direct = null;
        }
    }
}
