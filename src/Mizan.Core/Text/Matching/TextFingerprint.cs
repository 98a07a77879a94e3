namespace Mizan.Core.Text.Matching;

/// <summary>
/// The fingerprint of one text in every <see cref="TextChannel"/>, computed by <see cref="TextFingerprinter"/>:
/// what <see cref="TextIndex"/> stores for a known item and searches with for a query.
/// </summary>
public sealed class TextFingerprint
{
    private static readonly TextChannel[] s_channels = Enum.GetValues<TextChannel>();

    private readonly TextChannelFingerprint[] _channels;
    private readonly TextChannelFingerprint?[] _short = new TextChannelFingerprint?[3];

    internal TextFingerprint(
        TextMatchOptions options, TextChannelFingerprint[] channels, int sourceLength, int wordCount, int maskedChars, bool tooShort)
    {
        Options = options;
        _channels = channels;
        SourceLength = sourceLength;
        WordCount = wordCount;
        MaskedChars = maskedChars;
        TooShort = tooShort;
    }

    /// <summary>All channels, in enum order.</summary>
    public static ReadOnlySpan<TextChannel> Channels => s_channels;

    /// <summary>
    /// Too little text was left after masking background quotations (fewer than
    /// <see cref="TextMatchOptions.MinRemainingWords"/> words or <see cref="TextMatchOptions.MinRemainingChars"/>
    /// characters): the fingerprint matches nothing and <see cref="TextIndex.Add"/> does not index it.
    /// </summary>
    public bool TooShort { get; }

    /// <summary>Characters of the original text covered by masked background quotations.</summary>
    public int MaskedChars { get; }

    /// <summary>Length of the original text.</summary>
    public int SourceLength { get; }

    /// <summary>Words in the Match text after masking.</summary>
    public int WordCount { get; }

    /// <summary>The options the fingerprint was computed with.</summary>
    public TextMatchOptions Options { get; }

    /// <summary>The fingerprint in one channel.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="channel"/> is not a defined channel.</exception>
    public TextChannelFingerprint this[TextChannel channel]
    {
        get
        {
            if ((uint)channel >= (uint)_channels.Length)
            {
                throw new ArgumentOutOfRangeException(nameof(channel));
            }

            return _channels[(int)channel];
        }
    }

    internal TextChannelFingerprint Channel(int channel) => _channels[channel];

    /// <summary>
    /// A character channel's shingles at the size short texts use (<see cref="TextMatchOptions.ShortTextShingleSize"/>),
    /// for verifying a short known item inside this longer text; computed once, on first use. Thread-safe.
    /// </summary>
    internal TextChannelFingerprint ShortShingles(int channel)
    {
        TextChannelFingerprint own = _channels[channel];
        if (own.ShingleSize == Options.ShortTextShingleSize)
        {
            return own;
        }

        TextChannelFingerprint? cached = Volatile.Read(ref _short[channel]);
        if (cached is null)
        {
            cached = TextFingerprintBuilder.ShinglesOnly(own.Channel, own.Text, Options.ShortTextShingleSize);
            cached = Interlocked.CompareExchange(ref _short[channel], cached, null) ?? cached;
        }

        return cached;
    }
}
