namespace Mizan.Core.Text.Matching;

/// <summary>
/// Computes the <see cref="TextFingerprint"/> of a text: masks background quotations, normalises the rest in every
/// <see cref="TextChannel"/> (<see cref="TextNormalizer"/>), shingles each channel (character n-grams; words for
/// <see cref="TextChannel.WordSet"/>) and computes MinHash signatures of the whole text and of its passages.
/// </summary>
/// <remarks>
/// Quotations found by <see cref="BackgroundCorpus.FindQuotations"/> are replaced by spaces before
/// normalisation, so offsets in the masked text are offsets in the original and reported spans need no
/// translation. When too little is left (<see cref="TextMatchOptions.MinRemainingWords"/>,
/// <see cref="TextMatchOptions.MinRemainingChars"/>) the fingerprint is <see cref="TextFingerprint.TooShort"/>:
/// a post that is mostly scripture matches nothing, and a known item that is mostly scripture is not indexed.
/// Thread-safe.
/// </remarks>
public sealed class TextFingerprinter
{
    private readonly TextFingerprintBuilder _builder;
    private readonly BackgroundCorpus _background;

    /// <summary>Creates a fingerprinter.</summary>
    /// <param name="options">Shingle sizes, passage length, signature settings and minimum remaining text.</param>
    /// <param name="background">Quotations of this corpus are masked (<see cref="BackgroundCorpus.Empty"/>: none).</param>
    /// <exception cref="ArgumentOutOfRangeException">The options are invalid.</exception>
    public TextFingerprinter(TextMatchOptions options, BackgroundCorpus background)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(background);
        _builder = new TextFingerprintBuilder(options);
        _background = background;
    }

    /// <summary>The options fingerprints are computed with.</summary>
    public TextMatchOptions Options => _builder.Options;

    /// <summary>Fingerprints <paramref name="text"/> in every channel.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public TextFingerprint Compute(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string masked = Mask(text, _background.FindQuotations(text), out int maskedChars);
        return _builder.Build(
            TextNormalizer.Normalize(masked, TextChannel.Match),
            TextNormalizer.Normalize(masked, TextChannel.Skeleton),
            TextNormalizer.Normalize(masked, TextChannel.Spaceless),
            text.Length,
            maskedChars);
    }

    /// <summary>Replaces the characters of <paramref name="spans"/> with spaces (same length, same offsets).</summary>
    internal static string Mask(string text, IReadOnlyList<TextSpan> spans, out int maskedChars)
    {
        maskedChars = 0;
        if (spans.Count == 0)
        {
            return text;
        }

        char[] chars = text.ToCharArray();
        bool[]? seen = null;
        foreach (TextSpan span in spans)
        {
            int start = Math.Clamp(span.Start, 0, chars.Length);
            int end = Math.Clamp(span.End, start, chars.Length);
            for (int i = start; i < end; i++)
            {
                // Spans are documented as disjoint; count each character once even if they are not.
                seen ??= new bool[chars.Length];
                if (!seen[i])
                {
                    seen[i] = true;
                    maskedChars++;
                }

                chars[i] = ' ';
            }
        }

        return new string(chars);
    }
}
