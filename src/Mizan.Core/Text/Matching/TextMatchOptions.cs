namespace Mizan.Core.Text.Matching;

/// <summary>
/// Settings for fingerprinting and indexing text (see ARABIC.md, "MinHash and banded LSH"). Fingerprints are
/// only comparable when computed with the same shingle sizes, passage length, signature size and scheme, so an
/// index and every fingerprint added to or searched in it must share one options instance (or equal values).
/// </summary>
public sealed class TextMatchOptions
{
    /// <summary>Shared instance with the defaults.</summary>
    public static TextMatchOptions Default { get; } = new();

    /// <summary>Character n-gram size for the Match, Skeleton and Spaceless channels (default 5).</summary>
    public int ShingleSize { get; init; } = 5;

    /// <summary>
    /// Character n-gram size for texts of fewer than <see cref="ShortTextWords"/> words (default 4): short texts
    /// have too few 5-grams for a stable estimate. A known item and a query are only compared when they used the
    /// same size.
    /// </summary>
    public int ShortTextShingleSize { get; init; } = 4;

    /// <summary>Texts with fewer words than this, or fewer letters than five times this, use
    /// <see cref="ShortTextShingleSize"/> (default 40).</summary>
    public int ShortTextWords { get; init; } = 40;

    /// <summary>
    /// Words per passage (default 80). Items longer than this are also fingerprinted as passages of this many
    /// words with 50% overlap, so that a passage of a known item pasted into a much longer post is found.
    /// </summary>
    public int PassageWords { get; init; } = 80;

    /// <summary>MinHash slots per signature (default 128; standard error of the Jaccard estimate √(J(1−J)/k)).</summary>
    public int SignatureSize { get; init; } = 128;

    /// <summary>LSH bands (default 25). <see cref="Bands"/> × <see cref="RowsPerBand"/> must not exceed
    /// <see cref="SignatureSize"/>.</summary>
    public int Bands { get; init; } = 25;

    /// <summary>
    /// Signature slots per band (default 5). With 25 × 5 a pair becomes a candidate with probability
    /// 1 − (1 − s⁵)²⁵: 0.87 at s = 0.6, 0.99 at s = 0.7 — recall-oriented, because every candidate is verified.
    /// </summary>
    public int RowsPerBand { get; init; } = 5;

    /// <summary>
    /// LSH bands for the <see cref="TextChannel.WordSet"/> channel (default 16). The word channel is there for
    /// shuffled text, whose word set is nearly unchanged, while word sets of unrelated texts share their common
    /// words (Jaccard ≈ 0.085 between unrelated 70-word texts against ≈ 0.02 for character 5-grams), so it is
    /// banded for high similarity: 16 × 8 gives 0.95 at s = 0.8 and 0.25 at s = 0.6.
    /// </summary>
    public int WordSetBands { get; init; } = 16;

    /// <summary>Signature slots per band for the <see cref="TextChannel.WordSet"/> channel (default 8).</summary>
    public int WordSetRowsPerBand { get; init; } = 8;

    /// <summary>How signatures are computed (default <see cref="MinHashScheme.OnePermutation"/>).</summary>
    public MinHashScheme Scheme { get; init; } = MinHashScheme.OnePermutation;

    /// <summary>
    /// Fewest words left after masking background quotations for a text to be fingerprinted (default 8); with
    /// fewer the fingerprint is <see cref="TextFingerprint.TooShort"/> and matches nothing.
    /// </summary>
    public int MinRemainingWords { get; init; } = 8;

    /// <summary>Fewest non-space characters of the Match text left after masking (default 40).</summary>
    public int MinRemainingChars { get; init; } = 40;

    /// <summary>
    /// The lowest similarity threshold <see cref="TextIndex.Search"/> applies (default 0.3): a lower request is
    /// raised to it. Below about 0.3 banded LSH finds few pairs and unrelated text of the same genre sits at
    /// 0.05–0.11, so lower thresholds would report chance overlaps.
    /// </summary>
    public double MinSimilarityFloor { get; init; } = 0.3;

    /// <summary>The lowest containment threshold <see cref="TextIndex.Search"/> applies (default 0.5).</summary>
    public double MinContainmentFloor { get; init; } = 0.5;

    /// <summary>Recommended similarity threshold for a bank that has no threshold of its own (0.5).</summary>
    public const double RecommendedMinSimilarity = 0.5;

    /// <summary>Recommended containment threshold for a bank that has no threshold of its own (0.7).</summary>
    public const double RecommendedMinContainment = 0.7;

    /// <summary>Throws when a setting is out of range or the settings are inconsistent.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of range.</exception>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(ShingleSize, 1, nameof(ShingleSize));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(ShingleSize, 8, nameof(ShingleSize));
        ArgumentOutOfRangeException.ThrowIfLessThan(ShortTextShingleSize, 1, nameof(ShortTextShingleSize));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(ShortTextShingleSize, 8, nameof(ShortTextShingleSize));
        ArgumentOutOfRangeException.ThrowIfNegative(ShortTextWords, nameof(ShortTextWords));
        ArgumentOutOfRangeException.ThrowIfLessThan(PassageWords, 2, nameof(PassageWords));
        ArgumentOutOfRangeException.ThrowIfLessThan(SignatureSize, 1, nameof(SignatureSize));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(SignatureSize, 1024, nameof(SignatureSize));
        if (Scheme == MinHashScheme.OnePermutation && !int.IsPow2(SignatureSize))
        {
            throw new ArgumentOutOfRangeException(
                nameof(SignatureSize), SignatureSize, "One-permutation hashing needs a power-of-two signature size.");
        }

        if (!Enum.IsDefined(Scheme))
        {
            throw new ArgumentOutOfRangeException(nameof(Scheme), Scheme, "Unknown MinHash scheme.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(Bands, 1, nameof(Bands));
        ArgumentOutOfRangeException.ThrowIfLessThan(RowsPerBand, 1, nameof(RowsPerBand));
        if ((long)Bands * RowsPerBand > SignatureSize)
        {
            throw new ArgumentOutOfRangeException(
                nameof(Bands), Bands, "Bands × RowsPerBand must not exceed SignatureSize.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(WordSetBands, 1, nameof(WordSetBands));
        ArgumentOutOfRangeException.ThrowIfLessThan(WordSetRowsPerBand, 1, nameof(WordSetRowsPerBand));
        if ((long)WordSetBands * WordSetRowsPerBand > SignatureSize)
        {
            throw new ArgumentOutOfRangeException(
                nameof(WordSetBands), WordSetBands, "WordSetBands × WordSetRowsPerBand must not exceed SignatureSize.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(MinRemainingWords, 1, nameof(MinRemainingWords));
        ArgumentOutOfRangeException.ThrowIfNegative(MinRemainingChars, nameof(MinRemainingChars));
        if (!(MinSimilarityFloor is > 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(MinSimilarityFloor), MinSimilarityFloor, "Must be in (0, 1].");
        }

        if (!(MinContainmentFloor is > 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(MinContainmentFloor), MinContainmentFloor, "Must be in (0, 1].");
        }
    }

    /// <summary>True when fingerprints computed with these options and <paramref name="other"/> are comparable.</summary>
    internal bool IsCompatibleWith(TextMatchOptions other) =>
        ReferenceEquals(this, other)
        || (ShingleSize == other.ShingleSize
            && ShortTextShingleSize == other.ShortTextShingleSize
            && ShortTextWords == other.ShortTextWords
            && PassageWords == other.PassageWords
            && SignatureSize == other.SignatureSize
            && Scheme == other.Scheme);
}
