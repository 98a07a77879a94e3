namespace Mizan.Core.Text.Matching;

/// <summary>Per-thread buffers for <see cref="TextIndex.Search"/>, so a search allocates nothing once warm.</summary>
internal sealed class TextSearchScratch
{
    [ThreadStatic]
    private static TextSearchScratch? t_current;

    private long[] _candidates = new long[256];

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
}
