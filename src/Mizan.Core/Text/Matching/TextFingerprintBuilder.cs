using System.Buffers;

namespace Mizan.Core.Text.Matching;

/// <summary>
/// Builds a <see cref="TextFingerprint"/> from a text already normalised in each channel: shingles every channel,
/// hashes them and computes the MinHash signatures of the whole text and of its passages.
/// </summary>
/// <remarks>
/// Passages are cut on the words of the Match text: blocks of <see cref="TextMatchOptions.PassageWords"/> / 2
/// words, a passage being two consecutive blocks (50% overlap). Block boundaries are kept as offsets of the
/// original text, so a shingle of any channel belongs to the block its first character came from. Each shingle
/// is hashed once into its block's raw signature; passages and the whole text are element-wise minima of blocks.
/// </remarks>
internal sealed class TextFingerprintBuilder
{
    /// <summary>Letters of an average word (Arabic, Persian, Urdu, English, French: 4.5-5).</summary>
    private const int LettersPerWord = 5;

    private readonly TextMatchOptions _options;

    public TextFingerprintBuilder(TextMatchOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;
    }

    public TextMatchOptions Options => _options;

    /// <summary>Fingerprints a text given its Match, Skeleton and Spaceless normal forms (WordSet reads Match).</summary>
    public TextFingerprint Build(
        NormalizedText match, NormalizedText skeleton, NormalizedText spaceless, int sourceLength, int maskedChars) =>
        Build(match, skeleton, spaceless, match, sourceLength, maskedChars);

    /// <summary>Fingerprints a text given its Match, Skeleton and Spaceless normal forms and the Match-level text
    /// the WordSet channel reads (which may have been masked differently).</summary>
    public TextFingerprint Build(
        NormalizedText match, NormalizedText skeleton, NormalizedText spaceless, NormalizedText wordSet, int sourceLength, int maskedChars)
    {
        ArgumentNullException.ThrowIfNull(match);
        ArgumentNullException.ThrowIfNull(skeleton);
        ArgumentNullException.ThrowIfNull(spaceless);

        string text = match.Text;
        int[] wordStarts = ArrayPool<int>.Shared.Rent(text.Length / 2 + 1);
        int[] wordEnds = ArrayPool<int>.Shared.Rent(text.Length / 2 + 1);
        int[]? blockStarts = null;
        try
        {
            int words = Tokenize(text, wordStarts, wordEnds, out int letters);
            var channels = new TextChannelFingerprint[4];
            if (words < _options.MinRemainingWords || letters < _options.MinRemainingChars)
            {
                channels[(int)TextChannel.Match] = EmptyChannel(TextChannel.Match, match);
                channels[(int)TextChannel.Skeleton] = EmptyChannel(TextChannel.Skeleton, skeleton);
                channels[(int)TextChannel.Spaceless] = EmptyChannel(TextChannel.Spaceless, spaceless);
                channels[(int)TextChannel.WordSet] = EmptyChannel(TextChannel.WordSet, wordSet);
                return new TextFingerprint(_options, channels, sourceLength, words, maskedChars, tooShort: true);
            }

            // Short by words, or by letters: spaces, punctuation or emoji put inside the words of a short text make
            // it more words but not more letters, and it must stay comparable with the short item it copies.
            bool isShort = words < _options.ShortTextWords || letters < _options.ShortTextWords * LettersPerWord;
            int n = isShort ? _options.ShortTextShingleSize : _options.ShingleSize;
            int blockWords = Math.Max(1, _options.PassageWords / 2);
            int blocks = words <= _options.PassageWords ? 1 : (words + blockWords - 1) / blockWords;
            blockStarts = ArrayPool<int>.Shared.Rent(blocks);
            for (int b = 0; b < blocks; b++)
            {
                int w = b * blockWords;
                blockStarts[b] = match.ToSource(new TextSpan(wordStarts[w], wordStarts[w] + 1)).Start;
            }

            ReadOnlySpan<int> starts = blockStarts.AsSpan(0, blocks);
            channels[(int)TextChannel.Match] = BuildChars(TextChannel.Match, match, n, starts);
            channels[(int)TextChannel.Skeleton] = BuildChars(TextChannel.Skeleton, skeleton, n, starts);
            channels[(int)TextChannel.Spaceless] = BuildChars(TextChannel.Spaceless, spaceless, n, starts);
            if (ReferenceEquals(wordSet, match))
            {
                channels[(int)TextChannel.WordSet] = BuildWords(
                    match, wordStarts.AsSpan(0, words), wordEnds.AsSpan(0, words), blocks == 1 ? int.MaxValue : blockWords, blocks);
            }
            else
            {
                int setWords = Tokenize(wordSet.Text, wordStarts, wordEnds, out _);
                channels[(int)TextChannel.WordSet] = BuildWords(
                    wordSet, wordStarts.AsSpan(0, setWords), wordEnds.AsSpan(0, setWords), blocks == 1 ? int.MaxValue : blockWords, blocks);
            }
            return new TextFingerprint(_options, channels, sourceLength, words, maskedChars, tooShort: false);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(wordStarts);
            ArrayPool<int>.Shared.Return(wordEnds);
            if (blockStarts is not null)
            {
                ArrayPool<int>.Shared.Return(blockStarts);
            }
        }
    }

    /// <summary>Splits on spaces (the normaliser has already turned every separator into one space).</summary>
    internal static int Tokenize(string text, Span<int> starts, Span<int> ends, out int letters)
    {
        int count = 0;
        letters = 0;
        int i = 0;
        while (i < text.Length)
        {
            if (text[i] == ' ')
            {
                i++;
                continue;
            }

            int start = i;
            while (i < text.Length && text[i] != ' ')
            {
                i++;
            }

            starts[count] = start;
            ends[count] = i;
            letters += i - start;
            count++;
        }

        return count;
    }

    private TextChannelFingerprint EmptyChannel(TextChannel channel, NormalizedText text) =>
        new(channel, channel == TextChannel.WordSet ? 1 : _options.ShingleSize, text, [], [], _options.SignatureSize, [], [], []);

    private TextChannelFingerprint BuildChars(TextChannel channel, NormalizedText normalized, int n, ReadOnlySpan<int> blockStarts)
    {
        string text = normalized.Text;
        int count = Shingling.CharShingleCount(text.Length, n);
        int k = _options.SignatureSize;
        int blocks = blockStarts.Length;
        MinHashScheme scheme = _options.Scheme;
        var hashes = new uint[count];
        uint[] raw = ArrayPool<uint>.Shared.Rent(blocks * k);
        ulong[] wide = ArrayPool<ulong>.Shared.Rent(Math.Max(1, count));
        Span<int> blockEnds = blocks <= 64 ? stackalloc int[blocks] : new int[blocks];
        try
        {
            // Block b of this channel runs up to the first character whose source offset starts block b + 1.
            for (int b = 0; b + 1 < blocks; b++)
            {
                blockEnds[b] = FirstAtOrAfter(normalized, blockStarts[b + 1]);
            }

            blockEnds[blocks - 1] = int.MaxValue;
            Span<uint> rawBlocks = raw.AsSpan(0, blocks * k);
            MinHasher.Clear(rawBlocks);
            Span<ulong> full = wide.AsSpan(0, count);
            if (text.Length >= n)
            {
                Shingling.HashAllChars(text, n, full);
            }
            else if (count == 1)
            {
                full[0] = Shingling.HashChars(text, 0, n);
            }

            int block = 0;
            Span<uint> signature = rawBlocks[..k];
            for (int i = 0; i < full.Length; i++)
            {
                while (i >= blockEnds[block])
                {
                    block++;
                    signature = rawBlocks.Slice(block * k, k);
                }

                ulong hash = full[i];
                hashes[i] = Shingling.SetHash(hash);
                MinHasher.Update(scheme, signature, hash);
            }

            uint[] signatures = Compose(rawBlocks, blocks, k, scheme);
            return new TextChannelFingerprint(channel, n, normalized, Distinct(hashes), signatures, k, hashes, null, null);
        }
        finally
        {
            ArrayPool<uint>.Shared.Return(raw);
            ArrayPool<ulong>.Shared.Return(wide);
        }
    }

    /// <summary>
    /// The character n-grams of one channel at another size, without signatures: a long query's shingles at the
    /// size of short known items, computed only when such an item is a candidate.
    /// </summary>
    internal static TextChannelFingerprint ShinglesOnly(TextChannel channel, NormalizedText normalized, int n)
    {
        string text = normalized.Text;
        int count = Shingling.CharShingleCount(text.Length, n);
        var hashes = new uint[count];
        ulong[] wide = ArrayPool<ulong>.Shared.Rent(Math.Max(1, count));
        try
        {
            Span<ulong> full = wide.AsSpan(0, count);
            if (text.Length >= n)
            {
                Shingling.HashAllChars(text, n, full);
            }
            else if (count == 1)
            {
                full[0] = Shingling.HashChars(text, 0, n);
            }

            for (int i = 0; i < full.Length; i++)
            {
                hashes[i] = Shingling.SetHash(full[i]);
            }

            return new TextChannelFingerprint(channel, n, normalized, Distinct(hashes), [], 1, hashes, null, null);
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(wide);
        }
    }

    /// <summary>The first index of <paramref name="text"/> whose source offset is at least <paramref name="source"/>
    /// (source offsets never decrease along normalised text).</summary>
    private static int FirstAtOrAfter(NormalizedText text, int source)
    {
        int lo = 0;
        int hi = text.Text.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (text.ToSource(new TextSpan(mid, mid + 1)).Start < source)
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

    private TextChannelFingerprint BuildWords(
        NormalizedText match, ReadOnlySpan<int> wordStarts, ReadOnlySpan<int> wordEnds, int blockWords, int blocks)
    {
        int k = _options.SignatureSize;
        MinHashScheme scheme = _options.Scheme;
        int count = wordStarts.Length;
        var hashes = new uint[count];
        uint[] raw = ArrayPool<uint>.Shared.Rent(blocks * k);
        try
        {
            Span<uint> rawBlocks = raw.AsSpan(0, blocks * k);
            MinHasher.Clear(rawBlocks);
            for (int w = 0; w < count; w++)
            {
                ulong hash = Shingling.HashWord(match.Text.AsSpan(wordStarts[w], wordEnds[w] - wordStarts[w]));
                hashes[w] = Shingling.SetHash(hash);
                int block = Math.Min(blocks - 1, w / blockWords);
                MinHasher.Update(scheme, rawBlocks.Slice(block * k, k), hash);
            }

            uint[] signatures = Compose(rawBlocks, blocks, k, scheme);
            return new TextChannelFingerprint(
                TextChannel.WordSet, 1, match, Distinct(hashes), signatures, k, hashes, wordStarts.ToArray(), wordEnds.ToArray());
        }
        finally
        {
            ArrayPool<uint>.Shared.Return(raw);
        }
    }

    /// <summary>Row 0: the whole text (minimum of all blocks); row p + 1: blocks p and p + 1.</summary>
    private static uint[] Compose(ReadOnlySpan<uint> rawBlocks, int blocks, int k, MinHashScheme scheme)
    {
        int rows = blocks == 1 ? 1 : blocks;
        var signatures = new uint[rows * k];
        Span<uint> whole = signatures.AsSpan(0, k);
        rawBlocks[..k].CopyTo(whole);
        for (int b = 1; b < blocks; b++)
        {
            MinHasher.Merge(whole, rawBlocks.Slice(b * k, k));
        }

        for (int p = 0; p + 1 < blocks; p++)
        {
            Span<uint> passage = signatures.AsSpan((p + 1) * k, k);
            rawBlocks.Slice(p * k, k).CopyTo(passage);
            MinHasher.Merge(passage, rawBlocks.Slice((p + 1) * k, k));
            MinHasher.Finish(scheme, passage);
        }

        MinHasher.Finish(scheme, whole);
        return signatures;
    }

    /// <summary>The distinct values of <paramref name="hashes"/>, in first-seen order, by an open-addressing table
    /// (several times cheaper than sorting; the sets are sorted only when an index stores them).</summary>
    private static uint[] Distinct(uint[] hashes)
    {
        if (hashes.Length == 0)
        {
            return [];
        }

        int capacity = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)hashes.Length * 2);
        int mask = capacity - 1;
        ulong[] table = ArrayPool<ulong>.Shared.Rent(capacity);
        uint[] distinct = ArrayPool<uint>.Shared.Rent(hashes.Length);
        try
        {
            // An entry is the hash with bit 32 set; 0 is empty.
            Span<ulong> entries = table.AsSpan(0, capacity);
            entries.Clear();
            int count = 0;
            foreach (uint hash in hashes)
            {
                ulong entry = hash | (1UL << 32);
                int i = (int)((hash * 0x9E3779B97F4A7C15UL) >> 32) & mask;
                while (true)
                {
                    ulong existing = entries[i];
                    if (existing == 0)
                    {
                        entries[i] = entry;
                        distinct[count++] = hash;
                        break;
                    }

                    if (existing == entry)
                    {
                        break;
                    }

                    i = (i + 1) & mask;
                }
            }

            return distinct.AsSpan(0, count).ToArray();
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(table);
            ArrayPool<uint>.Shared.Return(distinct);
        }
    }
}
