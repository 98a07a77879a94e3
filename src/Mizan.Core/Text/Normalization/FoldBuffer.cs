using System.Buffers;

namespace Mizan.Core.Text.Normalization;

/// <summary>
/// Normalised characters with, for each, the span of original text it came from; arrays rented from
/// <see cref="ArrayPool{T}"/> and returned by <see cref="Dispose"/>. Spaces are collapsed as they are appended:
/// a space is written only after a non-space, and <see cref="TrimEnd"/> drops a trailing one.
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

    public readonly int StartOf(int index) => _starts[index];

    public readonly int EndOf(int index) => _ends[index];

    public void Append(char c, int start, int end)
    {
        int at = _length;
        if ((uint)at >= (uint)_chars.Length)
        {
            Grow();
        }

        _chars[at] = c;
        _starts[at] = start;
        _ends[at] = end;
        _length = at + 1;
    }

    /// <summary>Appends a word separator unless the text is empty or already ends with one.</summary>
    public void AppendSpace(int start, int end)
    {
        if (_length > 0 && _chars[_length - 1] != ' ')
        {
            Append(' ', start, end);
        }
    }

    /// <summary>Appends several characters that all came from the same original span.</summary>
    public void AppendExpansion(ReadOnlySpan<char> chars, int start, int end)
    {
        foreach (char c in chars)
        {
            if (c == ' ')
            {
                AppendSpace(start, end);
            }
            else
            {
                Append(c, start, end);
            }
        }
    }

    public void TrimEnd()
    {
        if (_length > 0 && _chars[_length - 1] == ' ')
        {
            _length--;
        }
    }

    /// <summary>Removes every space, keeping the map of the remaining characters.</summary>
    public void RemoveSpaces()
    {
        int kept = 0;
        for (int i = 0; i < _length; i++)
        {
            if (_chars[i] != ' ')
            {
                _chars[kept] = _chars[i];
                _starts[kept] = _starts[i];
                _ends[kept] = _ends[i];
                kept++;
            }
        }

        _length = kept;
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
