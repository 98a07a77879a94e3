namespace Mizan.Core.Indexing;

/// <summary>
/// The distinct 64-byte cache lines searches read, by kind (bucket heads, overflow records, hash rows): what a
/// lookup costs in random memory reads. A measurement aid for PdqIndexBenchmarks (<see cref="PdqIndex.CountReads"/>);
/// searches that serve requests pass none.
/// </summary>
internal sealed unsafe class PdqReadCounter
{
    private readonly HashSet<nint> _heads = [];
    private readonly HashSet<nint> _records = [];
    private readonly HashSet<nint> _rows = [];
    private readonly HashSet<nint> _rowsOfHeads = [];

    /// <summary>Lines of bucket heads read.</summary>
    public int HeadLines => _heads.Count;

    /// <summary>Lines of overflow records (size and positions) read.</summary>
    public int RecordLines => _records.Count;

    /// <summary>Lines of hash rows read to verify candidates.</summary>
    public int RowLines => _rows.Count;

    /// <summary>Of <see cref="RowLines"/>, those of one-entry buckets: read right after their head, not after a record.</summary>
    public int RowLinesOfHeads => _rowsOfHeads.Count;

    /// <summary>Batches of bucket keys: each waits for its heads, then its records, then its rows.</summary>
    public int Batches { get; private set; }

    /// <summary>All lines read.</summary>
    public int Lines => HeadLines + RecordLines + RowLines;

    public void Clear()
    {
        _heads.Clear();
        _records.Clear();
        _rows.Clear();
        _rowsOfHeads.Clear();
        Batches = 0;
    }

    public void Batch() => Batches++;

    public void Head(int* head) => _heads.Add(Line(head));

    /// <summary>A record: its size followed by <paramref name="size"/> positions.</summary>
    public void Record(int* record, int size)
    {
        for (nint line = Line(record); line <= Line(record + size); line++)
        {
            _records.Add(line);
        }
    }

    /// <summary>A candidate's row; <paramref name="ofHead"/> when the candidate was alone in its bucket.</summary>
    public void Row(ulong* row, bool ofHead)
    {
        _rows.Add(Line(row));
        if (ofHead)
        {
            _rowsOfHeads.Add(Line(row));
        }
    }

    private static nint Line(void* address) => (nint)address >> 6;
}
