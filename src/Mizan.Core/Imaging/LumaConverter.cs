using System.Buffers;
using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Mizan.Core.Imaging;

/// <summary>How the decoder lays out the pixels it hands to <see cref="LumaConverter"/>.</summary>
internal enum PixelLayout
{
    /// <summary>One byte per pixel, a grey level.</summary>
    Gray8,

    /// <summary>B, G, R, A bytes, unpremultiplied; the source is known to be grey, so R = G = B.</summary>
    BgraGrey,

    /// <summary>B, G, R, A bytes, unpremultiplied; colour, or grey stored as colour.</summary>
    Bgra,
}

/// <summary>
/// Turns decoded pixel rows into float luma the way Meta's PDQ reference receives them (<c>pdqio.cpp</c> reading
/// ImageMagick's PNM output): a grey image gives its grey levels; a colour image gives
/// <c>0.299f·R + 0.587f·G + 0.114f·B</c> in float32, summed left to right; alpha is ignored, not composited.
/// </summary>
/// <remarks>
/// ImageMagick writes a grey PGM rather than a colour PPM whenever every pixel has R = G = B (its PNM writer
/// calls <c>SetImageGray</c>), so a three-channel JPEG of a grey picture reaches the reference as grey. The
/// formula does not return v for R = G = B = v for 35 of the 256 levels, so bit-exactness needs the same rule:
/// rows are held back as grey bytes until the first non-grey pixel, then replayed through the formula; if none
/// comes, they are emitted as grey.
/// </remarks>
internal sealed class LumaConverter : IDisposable
{
    private static readonly float[] s_red = Products(0.299f);
    private static readonly float[] s_green = Products(0.587f);
    private static readonly float[] s_blue = Products(0.114f);

    private readonly int _width;
    private readonly int _height;
    private readonly PixelLayout _layout;
    private readonly ILumaSink _sink;
    private readonly int _stripRows;
    private float[]? _strip;
    private int _stripCount;
    private byte[]? _pendingGrey;
    private int _pendingRows;
    private bool _allGrey = true;
    private int _rowsSeen;

    /// <summary>Creates a converter that hands rows to <paramref name="sink"/> in strips of up to <paramref name="stripRows"/>.</summary>
    public LumaConverter(int width, int height, PixelLayout layout, ILumaSink sink, int stripRows)
    {
        _width = width;
        _height = height;
        _layout = layout;
        _sink = sink;
        _stripRows = Math.Max(1, stripRows);
        _strip = ArrayPool<float>.Shared.Rent(_stripRows * width);
    }

    /// <summary>Converts <paramref name="count"/> rows that start every <paramref name="rowBytes"/> bytes.</summary>
    public void ConvertRows(ReadOnlySpan<byte> pixels, int rowBytes, int count)
    {
        ObjectDisposedException.ThrowIf(_strip is null, this);
        for (int r = 0; r < count; r++)
        {
            ReadOnlySpan<byte> row = pixels.Slice(r * rowBytes, _layout == PixelLayout.Gray8 ? _width : _width * 4);
            ConvertRow(row);
        }

        FlushStrip();
    }

    /// <summary>Emits whatever is still held back. Returns whether the luma is grey levels.</summary>
    public bool Complete()
    {
        ObjectDisposedException.ThrowIf(_strip is null, this);
        if (_rowsSeen != _height)
        {
            throw new InvalidOperationException($"Expected {_height} rows, converted {_rowsSeen}.");
        }

        if (_layout != PixelLayout.Bgra)
        {
            return true;
        }

        if (_allGrey)
        {
            ReplayPending(asGrey: true);
        }

        return _allGrey;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_strip is not null)
        {
            ArrayPool<float>.Shared.Return(_strip);
            _strip = null;
        }

        if (_pendingGrey is not null)
        {
            ArrayPool<byte>.Shared.Return(_pendingGrey);
            _pendingGrey = null;
        }
    }

    /// <summary>Whether every pixel of a BGRA row has B = G = R.</summary>
    internal static bool IsGreyRow(ReadOnlySpan<byte> bgra)
    {
        ReadOnlySpan<uint> pixels = MemoryMarshal.Cast<byte, uint>(bgra);
        uint difference = 0;
        for (int x = 0; x < pixels.Length; x++)
        {
            uint p = pixels[x];
            if (!BitConverter.IsLittleEndian)
            {
                p = BinaryPrimitives.ReverseEndianness(p);
            }

            // Low 16 bits of p ^ (p >> 8) are (B ^ G) | (G ^ R) << 8.
            difference |= (p ^ (p >> 8)) & 0xFFFF;
        }

        return difference == 0;
    }

    /// <summary>The reference's luma for one colour pixel: each product a float, summed left to right.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static float Luma(byte r, byte g, byte b) => s_red[r] + s_green[g] + s_blue[b];

    private static float[] Products(float coefficient)
    {
        var table = new float[256];
        for (int v = 0; v < table.Length; v++)
        {
            table[v] = coefficient * v;
        }

        return table;
    }

    private void ConvertRow(ReadOnlySpan<byte> row)
    {
        _rowsSeen++;
        switch (_layout)
        {
            case PixelLayout.Gray8:
                Grey(row, NextStripRow());
                return;
            case PixelLayout.BgraGrey:
                GreyFromBgra(row, NextStripRow());
                return;
        }

        if (_allGrey)
        {
            if (IsGreyRow(row))
            {
                _pendingGrey ??= ArrayPool<byte>.Shared.Rent(checked(_width * _height));
                Span<byte> target = _pendingGrey.AsSpan(_pendingRows * _width, _width);
                for (int x = 0; x < target.Length; x++)
                {
                    target[x] = row[(4 * x) + 2];
                }

                _pendingRows++;
                return;
            }

            _allGrey = false;
            ReplayPending(asGrey: false);
        }

        Colour(row, NextStripRow());
    }

    /// <summary>Emits the rows held back while the image still looked grey.</summary>
    private void ReplayPending(bool asGrey)
    {
        for (int r = 0; r < _pendingRows; r++)
        {
            ReadOnlySpan<byte> grey = _pendingGrey.AsSpan(r * _width, _width);
            Span<float> target = NextStripRow();
            if (asGrey)
            {
                Grey(grey, target);
            }
            else
            {
                for (int x = 0; x < grey.Length; x++)
                {
                    byte v = grey[x];
                    target[x] = Luma(v, v, v);
                }
            }
        }

        _pendingRows = 0;
        FlushStrip();
    }

    private Span<float> NextStripRow()
    {
        if (_stripCount == _stripRows)
        {
            FlushStrip();
        }

        return _strip.AsSpan(_stripCount++ * _width, _width);
    }

    private void FlushStrip()
    {
        if (_stripCount > 0)
        {
            _sink.WriteRows(_strip.AsSpan(0, _stripCount * _width), _stripCount);
            _stripCount = 0;
        }
    }

    private static void Grey(ReadOnlySpan<byte> grey, Span<float> target)
    {
        for (int x = 0; x < target.Length; x++)
        {
            target[x] = grey[x];
        }
    }

    private static void GreyFromBgra(ReadOnlySpan<byte> bgra, Span<float> target)
    {
        for (int x = 0; x < target.Length; x++)
        {
            target[x] = bgra[(4 * x) + 2];
        }
    }

    /// <summary>
    /// The colour formula over a BGRA row. The vector path computes each lane with the same float32 products and
    /// the same left-to-right sum as the scalar one (separate multiplies and adds; .NET never fuses them unless
    /// asked), so the results are identical; a test checks all 2²⁴ colours.
    /// </summary>
    internal static void Colour(ReadOnlySpan<byte> bgra, Span<float> target)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bgra.Length, 4 * target.Length, nameof(bgra));
        int x = 0;
        if (Vector.IsHardwareAccelerated && BitConverter.IsLittleEndian)
        {
            ReadOnlySpan<Vector<uint>> pixels = MemoryMarshal.Cast<byte, Vector<uint>>(bgra[..(4 * target.Length)]);
            Span<Vector<float>> output = MemoryMarshal.Cast<float, Vector<float>>(target);
            var mask = new Vector<uint>(0xFF);
            var red = new Vector<float>(0.299f);
            var green = new Vector<float>(0.587f);
            var blue = new Vector<float>(0.114f);
            for (int v = 0; v < pixels.Length; v++)
            {
                Vector<uint> p = pixels[v];
                Vector<float> b = Vector.ConvertToSingle(Vector.AsVectorInt32(p & mask));
                Vector<float> g = Vector.ConvertToSingle(Vector.AsVectorInt32(Vector.ShiftRightLogical(p, 8) & mask));
                Vector<float> r = Vector.ConvertToSingle(Vector.AsVectorInt32(Vector.ShiftRightLogical(p, 16) & mask));
                Vector<float> y = (red * r) + (green * g);
                output[v] = y + (blue * b);
            }

            x = pixels.Length * Vector<uint>.Count;
        }

        ref byte start = ref MemoryMarshal.GetReference(bgra);
        for (; x < target.Length; x++)
        {
            ref byte pixel = ref Unsafe.Add(ref start, 4 * x);
            target[x] = Luma(Unsafe.Add(ref pixel, 2), Unsafe.Add(ref pixel, 1), pixel);
        }
    }
}
