namespace Mizan.Core.Text.Matching;

/// <summary>Per-thread buffers for <see cref="TextIndex.Search"/>, so a search allocates nothing once warm.</summary>
internal sealed class TextSearchScratch
{
    [ThreadStatic]
    private static TextSearchScratch? t_current;

    private readonly QueryFilter[] _filters = [new(), new(), new(), new(), new(), new(), new()]; // 4-6: short shingles of 0-2
    private readonly QueryFilter _knownFilter = new();
    private long[] _candidates = new long[256];
    private int _builtFilters;

    private readonly WordBits _wordBits = new();

    /// <summary>The distinct words of the query already looked up in the anchor table.</summary>
    public HashSet<uint> QueryWords { get; } = [];

    /// <summary>The same words in the order first seen.</summary>
    public List<uint> QueryWordList { get; } = [];

    /// <summary>The query's distinct words as bits, for checking anchor postings.</summary>
    public WordBits WordBits(ReadOnlySpan<uint> words)
    {
        _wordBits.Build(words);
        return _wordBits;
    }

    public static TextSearchScratch Current => t_current ??= new TextSearchScratch();

    public int CandidateCount { get; set; }

    public Span<long> Candidates => _candidates.AsSpan(0, CandidateCount);

    public void AddCandidate(long candidate)
    {
        if (CandidateCount == _candidates.Length)
        {
            Array.Resize(ref _candidates, _candidates.Length * 2);
        }

        _candidates[CandidateCount++] = candidate;
    }

    /// <summary>A filter of a known item's set, for locating it in the query.</summary>
    public QueryFilter KnownFilter(ReadOnlySpan<uint> known)
    {
        _knownFilter.Build(known);
        return _knownFilter;
    }

    /// <summary>Marks every channel's filter stale (a new query).</summary>
    public void ResetFilters() => _builtFilters = 0;

    /// <summary>The filter of channel <paramref name="channel"/>'s query set, built on first use for this query.</summary>
    public QueryFilter Filter(int channel, ReadOnlySpan<uint> query)
    {
        QueryFilter filter = _filters[channel];
        if ((_builtFilters & (1 << channel)) == 0)
        {
            filter.Build(query);
            _builtFilters |= 1 << channel;
        }

        return filter;
    }
}
