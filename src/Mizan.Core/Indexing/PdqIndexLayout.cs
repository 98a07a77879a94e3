namespace Mizan.Core.Indexing;

/// <summary>
/// How <see cref="PdqIndex"/> splits the 256 bits into substrings ("chunks") and, for each search radius, how
/// far to enumerate around the query in each chunk. Immutable; chosen from the entry count by a cost model.
/// </summary>
/// <remarks>
/// Multi-index hashing, Norouzi, Punjani and Fleet, "Fast Search in Hamming Space with Multi-Index Hashing",
/// CVPR 2012, section 3. Chunk i is searched out to radius r_i (r_i = -1: not searched). If every chunk of a hash
/// differs from the query's by more than r_i bits, the chunks alone differ by at least Σ(r_i + 1) bits, so
/// choosing Σ(r_i + 1) ≥ R + 1 guarantees that every hash within R is found in some chunk (the paper's
/// pigeonhole argument, with a radius per chunk; bits outside every chunk only add to the distance). The radii are
/// handed out greedily by marginal cost: one more shell in chunk i costs C(b_i, r_i + 1) bucket probes plus the
/// entries expected in those buckets (N / 2^b_i each for random hashes).
/// </remarks>
internal sealed class PdqIndexLayout
{
    /// <summary>Widest chunk: its heads take 2^width ints (64 MiB at 24 bits).</summary>
    public const int MaxWidth = 24;

    /// <summary>Most chunks a layout may have (a search keeps one key per chunk on the stack).</summary>
    public const int MaxChunks = 64;

    /// <summary>Below this many entries a linear scan is about as fast and needs no index.</summary>
    public const int MinIndexedCount = 2048;

    /// <summary>Bytes of chunk heads allowed per entry: keeps 10M entries near 1.35 GB in all (11 chunks).</summary>
    public const long HeadsBudgetPerEntry = 48;

    /// <summary>Heads any index may use, however small (16 chunks of 16 bits take 4 MiB).</summary>
    public const long MinHeadsBudget = 8L << 20;

    /// <summary>Radius the layout is tuned for: <c>pdq/README.md</c>'s recommended match threshold.</summary>
    public const int DefaultRadius = 31;

    // Cost model, in nanoseconds, fitted on the benchmark machine (MihChunkCountBenchmarks, PdqIndexBenchmarks):
    // a bucket probe and a candidate each cost about one cache miss with others in flight (~25 ns), a linear scan
    // ~2 ns an entry (PDQ.md: 1.9 ms for 1M). The model predicted the measured order of chunk counts at 1M and
    // 10M; it also decides, per radius, when to scan instead (at 1M entries beyond radius 55, at 10M beyond 61).
    private const double ProbeCost = 25;
    private const double CandidateCost = 25;
    private const double ScanCost = 2;

    private static readonly double[,] s_binomial = BuildBinomials();

    private readonly byte[] _widths;
    private readonly byte[] _firstWord;
    private readonly byte[] _secondWord;
    private readonly byte[] _shift;
    private readonly sbyte[]?[] _radii;

    private PdqIndexLayout(ReadOnlySpan<int> widths, int designCount, bool alwaysIndexed)
    {
        int chunks = widths.Length;
        ArgumentOutOfRangeException.ThrowIfZero(chunks, nameof(widths));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(chunks, MaxChunks, nameof(widths));
        _widths = new byte[chunks];
        _firstWord = new byte[chunks];
        _secondWord = new byte[chunks];
        _shift = new byte[chunks];
        int start = 0;
        for (int i = 0; i < chunks; i++)
        {
            int width = widths[i];
            if (width is < 1 or > 32 || start + width > 256)
            {
                throw new ArgumentOutOfRangeException(nameof(widths), "Chunks must be 1-32 bits and fit in 256 bits.");
            }

            // Bits are counted from the most significant (bit 255 of the hash, top of W0).
            _widths[i] = (byte)width;
            _firstWord[i] = (byte)(start >> 6);
            _secondWord[i] = (byte)Math.Min((start >> 6) + 1, 3);
            _shift[i] = (byte)(start & 63);
            start += width;
        }

        DesignCount = designCount;
        _radii = new sbyte[]?[257];
        for (int r = 0; r <= 256; r++)
        {
            _radii[r] = AllocateRadii(_widths, r, designCount, alwaysIndexed, out _);
        }
    }

    /// <summary>Number of chunks (m in the paper).</summary>
    public int ChunkCount => _widths.Length;

    /// <summary>Entry count the radii were costed for.</summary>
    public int DesignCount { get; }

    /// <summary>Width in bits of chunk <paramref name="chunk"/>.</summary>
    public int Width(int chunk) => _widths[chunk];

    /// <summary>Index of the word holding the chunk's first bit (0 = W0).</summary>
    public int FirstWord(int chunk) => _firstWord[chunk];

    /// <summary>Index of the following word (the same word for chunks in W3).</summary>
    public int SecondWord(int chunk) => _secondWord[chunk];

    /// <summary>Offset of the chunk's first bit from the top of <see cref="FirstWord"/>.</summary>
    public int Shift(int chunk) => _shift[chunk];

    /// <summary>True if <paramref name="other"/> splits the bits into the same chunks (radii may differ).</summary>
    public bool HasSameChunks(PdqIndexLayout other) => _widths.AsSpan().SequenceEqual(other._widths);

    /// <summary>
    /// Per-chunk search radii for <paramref name="maxDistance"/> (0-256), or <see langword="null"/> when a linear
    /// scan is expected to be cheaper.
    /// </summary>
    public sbyte[]? Radii(int maxDistance) => _radii[maxDistance];

    /// <summary>The substring of chunk <paramref name="chunk"/> from a hash given as four words, most significant first.</summary>
    public uint Key(int chunk, ReadOnlySpan<ulong> words) =>
        Extract(words[_firstWord[chunk]], words[_secondWord[chunk]], _shift[chunk], _widths[chunk]);

    /// <summary>Every chunk's substring of a hash given as four words, into <paramref name="keys"/> (one per chunk).</summary>
    public void Keys(ReadOnlySpan<ulong> words, Span<uint> keys)
    {
        for (int c = 0; c < keys.Length; c++)
        {
            keys[c] = Key(c, words);
        }
    }

    /// <summary>Layout for <paramref name="count"/> entries, or <see langword="null"/> if a scan is good enough.</summary>
    public static PdqIndexLayout? Choose(int count)
    {
        if (count < MinIndexedCount)
        {
            return null;
        }

        // Try every chunk count, with the 256 bits shared as evenly as possible, and keep the cheapest at the
        // default radius; wide chunks are capped by MaxWidth and by the heads budget.
        long headsBudget = Math.Max(MinHeadsBudget, HeadsBudgetPerEntry * count);
        int[]? best = null;
        double bestCost = double.MaxValue;
        Span<int> widths = stackalloc int[MaxChunks];
        for (int chunks = (256 + MaxWidth - 1) / MaxWidth; chunks <= MaxChunks; chunks++)
        {
            Span<int> candidate = widths[..chunks];
            for (int i = 0; i < chunks; i++)
            {
                candidate[i] = 256 / chunks + (i < 256 % chunks ? 1 : 0);
            }

            long headsBytes = 0;
            foreach (int width in candidate)
            {
                headsBytes += 4L << width;
            }

            if (headsBytes > headsBudget && best is not null)
            {
                continue;
            }

            byte[] bytes = new byte[chunks];
            for (int i = 0; i < chunks; i++)
            {
                bytes[i] = (byte)candidate[i];
            }

            if (AllocateRadii(bytes, DefaultRadius, count, alwaysIndexed: false, out double cost) is not null && cost < bestCost)
            {
                bestCost = cost;
                best = candidate.ToArray();
            }
        }

        return best is null ? null : new PdqIndexLayout(best, count, alwaysIndexed: false);
    }

    /// <summary>
    /// A layout with the given chunk widths (most significant chunk first), for tests and measurements. With
    /// <paramref name="alwaysIndexed"/> the chunks are used at every radius they can serve, however costly.
    /// </summary>
    public static PdqIndexLayout Create(ReadOnlySpan<int> widths, int designCount, bool alwaysIndexed = false) =>
        new(widths, designCount, alwaysIndexed);

    /// <summary>Bits [shift, shift + width) counted from the top of <paramref name="first"/> followed by <paramref name="second"/>.</summary>
    public static uint Extract(ulong first, ulong second, int shift, int width) =>
        // (second >> 1) >> (63 - shift) is second >> (64 - shift) without the shift-by-64 case when shift is 0.
        (uint)(((first << shift) | ((second >> 1) >> (63 - shift))) >> (64 - width));

    private static sbyte[]? AllocateRadii(byte[] widths, int maxDistance, int count, bool alwaysIndexed, out double cost)
    {
        int chunks = widths.Length;
        Span<int> shells = stackalloc int[chunks]; // r_i + 1
        cost = 0;
        for (int step = 0; step <= maxDistance; step++)
        {
            int pick = -1;
            double pickCost = double.MaxValue;
            for (int i = 0; i < chunks; i++)
            {
                if (shells[i] > widths[i])
                {
                    continue;
                }

                double keys = s_binomial[widths[i], shells[i]];
                double marginal = keys * (ProbeCost + CandidateCost * count / Math.ScaleB(1.0, widths[i]));
                if (marginal < pickCost)
                {
                    pickCost = marginal;
                    pick = i;
                }
            }

            if (pick < 0)
            {
                return null;
            }

            cost += pickCost;
            shells[pick]++;
        }

        if (!alwaysIndexed && cost > ScanCost * count)
        {
            return null;
        }

        var radii = new sbyte[chunks];
        for (int i = 0; i < chunks; i++)
        {
            radii[i] = (sbyte)(shells[i] - 1);
        }

        return radii;
    }

    private static double[,] BuildBinomials()
    {
        var table = new double[33, 34];
        for (int n = 0; n <= 32; n++)
        {
            table[n, 0] = 1;
            for (int k = 1; k <= n; k++)
            {
                table[n, k] = table[n - 1, k - 1] + (k <= n - 1 ? table[n - 1, k] : 0);
            }
        }

        return table;
    }
}
