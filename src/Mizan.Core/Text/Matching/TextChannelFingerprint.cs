namespace Mizan.Core.Text.Matching;

/// <summary>
/// A text's fingerprint in one <see cref="TextChannel"/>: its shingle set, MinHash signatures of the whole text and
/// of each passage, and the shingle occurrences with their positions (used to report where a match lies).
/// </summary>
public sealed class TextChannelFingerprint
{
    private readonly uint[] _distinct; // in no particular order: queries never need them sorted
    private uint[]? _sorted;
    private readonly uint[] _signatures;
    private readonly uint[] _occurrenceHashes;
    private readonly int[]? _occurrenceStarts; // null for character n-grams: occurrence i starts at i
    private readonly int[]? _occurrenceEnds;

    internal TextChannelFingerprint(
        TextChannel channel,
        int shingleSize,
        NormalizedText text,
        uint[] distinctShingles,
        uint[] signatures,
        int signatureSize,
        uint[] occurrenceHashes,
        int[]? occurrenceStarts,
        int[]? occurrenceEnds)
    {
        Channel = channel;
        ShingleSize = shingleSize;
        Text = text;
        _distinct = distinctShingles;
        _signatures = signatures;
        SignatureSize = signatureSize;
        _occurrenceHashes = occurrenceHashes;
        _occurrenceStarts = occurrenceStarts;
        _occurrenceEnds = occurrenceEnds;
    }

    /// <summary>The channel.</summary>
    public TextChannel Channel { get; }

    /// <summary>Characters per shingle (n of the n-grams); 1 for <see cref="TextChannel.WordSet"/> (one word).</summary>
    public int ShingleSize { get; }

    /// <summary>The normalised text the shingles were taken from, with its map back to the original text.</summary>
    public NormalizedText Text { get; }

    /// <summary>
    /// The distinct shingle hashes (32-bit identities), sorted ascending. Sorted on first use: a query is verified
    /// from the unsorted set, and the index sorts a known item's set when it stores it.
    /// </summary>
    public ReadOnlySpan<uint> Shingles => ShingleArray;

    /// <summary>Number of distinct shingles.</summary>
    public int ShingleCount => _distinct.Length;

    /// <summary>MinHash slots per signature.</summary>
    public int SignatureSize { get; }

    /// <summary>Number of signatures: the whole text first, then one per passage.</summary>
    public int SignatureCount => SignatureSize == 0 ? 0 : _signatures.Length / SignatureSize;

    /// <summary>Number of passage signatures (0 when the text is no longer than one passage).</summary>
    public int PassageCount => Math.Max(0, SignatureCount - 1);

    /// <summary>The MinHash signature of the whole text (empty when the channel has no shingles).</summary>
    public ReadOnlySpan<uint> WholeSignature => SignatureCount == 0 ? [] : _signatures.AsSpan(0, SignatureSize);

    /// <summary>Number of shingle occurrences (with repeats), in text order.</summary>
    internal int OccurrenceCount => _occurrenceHashes.Length;

    /// <summary>The sorted distinct shingles (sorted once, thread-safely; callers must not modify it).</summary>
    internal uint[] ShingleArray
    {
        get
        {
            uint[]? sorted = Volatile.Read(ref _sorted);
            if (sorted is null)
            {
                sorted = (uint[])_distinct.Clone();
                RadixSort.Sort(sorted, new uint[sorted.Length]);
                sorted = Interlocked.CompareExchange(ref _sorted, sorted, null) ?? sorted;
            }

            return sorted;
        }
    }

    /// <summary>The distinct shingles in no particular order.</summary>
    internal ReadOnlySpan<uint> DistinctShingles => _distinct;

    internal ReadOnlySpan<uint> OccurrenceHashes => _occurrenceHashes;

    /// <summary>Where shingle occurrence <paramref name="i"/> starts in <see cref="Text"/>.</summary>
    internal int OccurrenceStart(int i) => _occurrenceStarts is null ? i : _occurrenceStarts[i];

    /// <summary>Where shingle occurrence <paramref name="i"/> ends in <see cref="Text"/>.</summary>
    internal int OccurrenceEnd(int i) => _occurrenceEnds is null ? Math.Min(Text.Text.Length, i + ShingleSize) : _occurrenceEnds[i];

    /// <summary>The MinHash signature of passage <paramref name="passage"/> (0-based).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="passage"/> is out of range.</exception>
    public ReadOnlySpan<uint> PassageSignature(int passage)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(passage);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(passage, PassageCount);
        return _signatures.AsSpan((passage + 1) * SignatureSize, SignatureSize);
    }

    /// <summary>Signature <paramref name="row"/>: 0 is the whole text, 1.. the passages.</summary>
    internal ReadOnlySpan<uint> Signature(int row) => _signatures.AsSpan(row * SignatureSize, SignatureSize);
}
