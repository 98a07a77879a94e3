namespace Mizan.Core.Text;

/// <summary>
/// Text in one <see cref="TextChannel"/>, with a map from every normalised character back to the characters of
/// the original text it came from, so a match found in normalised text can be reported as a span of the
/// original (what a reviewer sees).
/// </summary>
public sealed class NormalizedText
{
    private readonly int[] _sourceStart;
    private readonly int[] _sourceEnd;

    /// <summary>Creates normalised text with its source map.</summary>
    /// <param name="text">The normalised text.</param>
    /// <param name="sourceStart">For each character of <paramref name="text"/>, the first original offset it came from.</param>
    /// <param name="sourceEnd">For each character, one past the last original offset it came from.</param>
    /// <param name="sourceLength">The length of the original text.</param>
    public NormalizedText(string text, int[] sourceStart, int[] sourceEnd, int sourceLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sourceStart);
        ArgumentNullException.ThrowIfNull(sourceEnd);
        if (sourceStart.Length != text.Length || sourceEnd.Length != text.Length)
        {
            throw new ArgumentException("The source map needs one entry per normalised character.", nameof(sourceStart));
        }

        Text = text;
        _sourceStart = sourceStart;
        _sourceEnd = sourceEnd;
        SourceLength = sourceLength;
    }

    /// <summary>The normalised text.</summary>
    public string Text { get; }

    /// <summary>The length of the original text.</summary>
    public int SourceLength { get; }

    /// <summary>Maps a span of <see cref="Text"/> to the span of the original text it came from.</summary>
    public TextSpan ToSource(TextSpan span)
    {
        if (span.Start < 0 || span.End > Text.Length || span.Start > span.End)
        {
            throw new ArgumentOutOfRangeException(nameof(span));
        }

        if (span.Length == 0)
        {
            int at = span.Start < Text.Length ? _sourceStart[span.Start] : SourceLength;
            return new TextSpan(at, at);
        }

        return new TextSpan(_sourceStart[span.Start], _sourceEnd[span.End - 1]);
    }
    /// <summary>
    /// This text without the characters that came from <paramref name="sourceSpans"/> (spans of the original text,
    /// in order and disjoint), keeping the map of the rest. With <paramref name="separate"/> a removed run becomes
    /// one space and spaces stay collapsed and trimmed, as the normaliser leaves Match and Skeleton text; without
    /// it (Spaceless text) the run simply goes.
    /// </summary>
    internal NormalizedText Without(IReadOnlyList<TextSpan> sourceSpans, bool separate)
    {
        if (sourceSpans.Count == 0 || Text.Length == 0)
        {
            return this;
        }

        string text = Text;
        char[] chars = new char[text.Length];
        int[] starts = new int[text.Length];
        int[] ends = new int[text.Length];
        int count = 0;
        int span = 0;
        bool pendingSpace = false;
        for (int i = 0; i < text.Length; i++)
        {
            int source = _sourceStart[i];
            while (span < sourceSpans.Count && sourceSpans[span].End <= source)
            {
                span++;
            }

            bool removed = span < sourceSpans.Count && sourceSpans[span].Start <= source;
            if (removed || (separate && text[i] == ' '))
            {
                pendingSpace |= separate;
                continue;
            }

            if (pendingSpace && count > 0)
            {
                // The space maps to the start of the character after it, so a span never begins inside a mask.
                chars[count] = ' ';
                starts[count] = source;
                ends[count] = source;
                count++;
            }

            pendingSpace = false;
            chars[count] = text[i];
            starts[count] = source;
            ends[count] = _sourceEnd[i];
            count++;
        }

        return new NormalizedText(new string(chars, 0, count), starts[..count], ends[..count], SourceLength);
    }
    /// <summary>
    /// Rounds a span of the original text to whole words of this (Match-level) text: a span that begins in the
    /// last part of a word (less than half of it, as when a character n-gram crosses into the next word) starts
    /// at the next word instead, and one that begins further inside a word (a clitic prefix edited away) starts at
    /// that word's beginning; the end likewise. Spans with no word of this text are returned unchanged.
    /// </summary>
    internal TextSpan SnapToWords(TextSpan source)
    {
        string text = Text;
        int i = LowerBound(_sourceStart, source.Start);
        int j = LowerBound(_sourceEnd, source.End + 1) - 1; // the last character ending at or before source.End
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        while (j >= 0 && text[j] == ' ')
        {
            j--;
        }

        if (source.Length == 0 || i >= text.Length || j < i)
        {
            return source;
        }

        if (i > 0 && text[i - 1] != ' ')
        {
            int wordStart = text.LastIndexOf(' ', i - 1) + 1;
            int wordEnd = WordEnd(text, i);
            i = 2 * (wordEnd - i) < wordEnd - wordStart && wordEnd < j ? wordEnd + 1 : wordStart;
        }

        if (j + 1 < text.Length && text[j + 1] != ' ')
        {
            int wordStart = text.LastIndexOf(' ', j) + 1;
            int wordEnd = WordEnd(text, j);
            j = 2 * (j + 1 - wordStart) < wordEnd - wordStart && wordStart - 2 >= i ? wordStart - 2 : wordEnd - 1;
        }

        return ToSource(new TextSpan(i, j + 1));
    }

    private static int WordEnd(string text, int i)
    {
        int end = text.IndexOf(' ', i);
        return end < 0 ? text.Length : end;
    }

    /// <summary>The first index whose value is at least <paramref name="value"/> (the maps never decrease).</summary>
    private static int LowerBound(int[] values, int value)
    {
        int lo = 0;
        int hi = values.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (values[mid] < value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
