using System.Buffers;

namespace Mizan.Core.Text.Normalization;

/// <summary>
/// Normalised characters with, for each, the span of original text it came from; arrays rented from
/// <see cref="ArrayPool{T}"/> and returned by <see cref="Dispose"/>. The fold tables write the arrays directly.
/// </summary>
internal ref struct FoldBuffer
{
    private char[] _chars;
    private int[] _starts;
    private int[] _ends;
    private int _length;

    public FoldBuffer(int capacity)
    {
        capacity = Math.Max(capacity, 16);
        _chars = ArrayPool<char>.Shared.Rent(capacity);
        _starts = ArrayPool<int>.Shared.Rent(capacity);
        _ends = ArrayPool<int>.Shared.Rent(capacity);
        _length = 0;
    }

    public readonly int Length => _length;

    public readonly ReadOnlySpan<char> Chars => _chars.AsSpan(0, _length);

    /// <summary>The arrays behind the buffer, for a tight loop that writes them directly and then calls
    /// <see cref="SetLength"/>; valid until the next <see cref="EnsureCapacity"/>.</summary>
    public readonly char[] CharArray => _chars;

    /// <inheritdoc cref="CharArray"/>
    public readonly int[] StartArray => _starts;

    /// <inheritdoc cref="CharArray"/>
    public readonly int[] EndArray => _ends;

    /// <summary>Sets how many characters are in use, after writing the arrays directly.</summary>
    public void SetLength(int length)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan((uint)length, (uint)_chars.Length, nameof(length));
        _length = length;
    }

    /// <summary>Grows the arrays, keeping their content, so that they hold at least <paramref name="capacity"/>.</summary>
    public void EnsureCapacity(int capacity)
    {
        while (_chars.Length < capacity)
        {
            Grow();
        }
    }

    /// <summary>The content without its spaces, with the map of the remaining characters.</summary>
    public readonly NormalizedText ToNormalizedTextWithoutSpaces(int sourceLength)
    {
        ReadOnlySpan<char> chars = _chars.AsSpan(0, _length);
        int kept = chars.Length - chars.Count(' ');
        char[] text = ArrayPool<char>.Shared.Rent(Math.Max(kept, 1));
        int[] starts = new int[kept];
        int[] ends = new int[kept];
        int at = 0;
        for (int i = 0; i < chars.Length; i++)
        {
            if (chars[i] != ' ')
            {
                text[at] = chars[i];
                starts[at] = _starts[i];
                ends[at] = _ends[i];
                at++;
            }
        }

        var result = new NormalizedText(new string(text, 0, kept), starts, ends, sourceLength);
        ArrayPool<char>.Shared.Return(text);
        return result;
    }

    public readonly NormalizedText ToNormalizedText(int sourceLength) =>
        new(
            new string(_chars, 0, _length),
            _starts.AsSpan(0, _length).ToArray(),
            _ends.AsSpan(0, _length).ToArray(),
            sourceLength);

    public void Dispose()
    {
        if (_chars is not null)
        {
            ArrayPool<char>.Shared.Return(_chars);
            ArrayPool<int>.Shared.Return(_starts);
            ArrayPool<int>.Shared.Return(_ends);
            _chars = null!;
            _starts = null!;
            _ends = null!;
            _length = 0;
        }
    }

    private void Grow()
    {
        int capacity = _chars.Length * 2;
        char[] chars = ArrayPool<char>.Shared.Rent(capacity);
        int[] starts = ArrayPool<int>.Shared.Rent(capacity);
        int[] ends = ArrayPool<int>.Shared.Rent(capacity);
        _chars.AsSpan(0, _length).CopyTo(chars);
        _starts.AsSpan(0, _length).CopyTo(starts);
        _ends.AsSpan(0, _length).CopyTo(ends);
        ArrayPool<char>.Shared.Return(_chars);
        ArrayPool<int>.Shared.Return(_starts);
        ArrayPool<int>.Shared.Return(_ends);
        _chars = chars;
        _starts = starts;
        _ends = ends;
    }
}
