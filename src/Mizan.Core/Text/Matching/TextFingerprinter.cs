using Mizan.Core.Text.Background;

namespace Mizan.Core.Text.Matching;

/// <summary>
/// Computes the <see cref="TextFingerprint"/> of a text: masks background quotations, normalises the rest in every
/// <see cref="TextChannel"/> (<see cref="TextNormalizer"/>), shingles each channel (character n-grams; words for
/// <see cref="TextChannel.WordSet"/>) and computes MinHash signatures of the whole text and of its passages.
/// </summary>
/// <remarks>
/// The text is normalised once into every channel; quotations found by <see cref="BackgroundCorpus"/> in any
/// channel are then removed from every channel, keeping the map to original offsets, so reported spans need no
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

        // One fold pass for every channel; the Uthmani rules replace characters one for one, so offsets stay
        // those of the original, and applying them to every text keeps quotations and their masks comparable.
        NormalizedText[] forms = TextNormalizer.Normalize(
            QuotationKeys.PrepareUthmani(text), TextChannel.Match, TextChannel.Skeleton, TextChannel.Spaceless);
        int maskedChars = 0;
        NormalizedText words = forms[0];
        if (!_background.IsEmpty)
        {
            var spans = new List<TextSpan>();
            var orderFree = new List<TextSpan>();
            _background.FindQuotations(text, forms[0], forms[1], forms[2], spans, orderFree);
            foreach (TextSpan span in spans)
            {
                maskedChars += span.Length;
            }

            // Masked in every channel alike: what any channel recognises as a quotation is one. Shuffled
            // quotations are recognised only loosely, so they are masked only in the order-free WordSet channel.
            forms[0] = forms[0].Without(spans, separate: true);
            forms[1] = forms[1].Without(spans, separate: true);
            forms[2] = forms[2].Without(spans, separate: false);
            words = words.Without(orderFree, separate: true);
        }

        return _builder.Build(forms[0], forms[1], forms[2], words, text.Length, maskedChars);
    }
}
