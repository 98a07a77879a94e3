using System.Buffers;

namespace Mizan.Core.Text.Matching;

/// <summary>
/// An index of known texts searched by banded MinHash LSH and exact verification (see ARABIC.md, "MinHash and
/// banded LSH"). Each known item is indexed whole and, when longer than one passage, as overlapping passages, in
/// every <see cref="TextChannel"/>; a query is looked up the same way, and every candidate item is verified on the
/// stored shingle sets, so reported similarities and containments are exact.
/// </summary>
/// <remarks>
/// <para>
/// Banding (Leskovec, Rajaraman and Ullman, <i>Mining of Massive Datasets</i>, ch. 3.4): a signature of k slots is
/// cut into b bands of r rows; two signatures become candidates when any band is identical, with probability
/// 1 − (1 − s^r)^b at Jaccard s. The default 25 × 5 favours recall (0.87 at s = 0.6, 0.99 at 0.7) because every
/// candidate is verified. The word-set channel is banded 16 × 8 (<see cref="TextMatchOptions.WordSetBands"/>):
/// unrelated texts share their common words, and at 25 × 5 it produced nearly all the chance candidates.
/// </para>
/// <para>
/// LSH compares fingerprints with the same character n-gram size, and cannot propose an item much shorter than
/// the query's passages (their similarity to it is low). So every item also posts a few anchor words
/// (<see cref="AnchorTable"/>: the rarest words of its Skeleton text when it is added); a query looks up all its
/// words, and an item with most of its anchors present is verified too. A short item (4-grams) inside a long
/// query (5-grams) is verified against the query's 4-grams, computed on demand. When the query is much longer
/// than the item, containment is counted in the region of the query that holds the item (a long post holds most
/// of any item's n-grams somewhere), and similarity cannot pass.
/// </para>
/// <para>
/// Storage is columnar: ids and shingle sizes by slot, one sorted <see cref="uint"/> shingle set per slot and
/// channel (shared between channels when equal), and per channel one <see cref="BandTable"/> of
/// (band key, slot) postings. Signatures are not kept. Removed items leave dead slots whose postings are
/// skipped; when a quarter of the slots are dead the postings are compacted and the slots renumbered.
/// </para>
/// <para>
/// Thread safety: any number of threads may call <see cref="Search"/> concurrently; <see cref="Add"/> and
/// <see cref="Remove"/> may be called from other threads at the same time. A <see cref="ReaderWriterLockSlim"/>
/// lets searches run together and gives writers exclusive access, so a search sees the index before or after a
/// whole <see cref="Add"/> or <see cref="Remove"/>. A writer waits for running searches, and searches wait for a
/// writer, including the occasional O(n) growth or compaction of the postings.
/// </para>
/// </remarks>
public sealed partial class TextIndex : IDisposable
{
    private const int ChannelCount = 4;
    private const int MinDeadToCompact = 1024;

    private readonly ReaderWriterLockSlim _lock = new(LockRecursionPolicy.NoRecursion);
    private readonly TextMatchOptions _options;
    private readonly BandTable[] _tables;
    private readonly uint[]?[][] _sets;
    private readonly Dictionary<long, int> _slotById = [];
    private long[] _ids = new long[256];
    private byte[] _shingleSizes = new byte[256]; // 0: dead slot
    private readonly AnchorTable _anchors = new();
    private int _used;
    private int _live;

    /// <summary>Creates an empty index with <see cref="TextMatchOptions.Default"/>.</summary>
    public TextIndex()
        : this(TextMatchOptions.Default)
    {
    }

    /// <summary>Creates an empty index for fingerprints computed with <paramref name="options"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The options are invalid.</exception>
    public TextIndex(TextMatchOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;
        _tables = new BandTable[ChannelCount];
        _sets = new uint[]?[ChannelCount][];
        for (int c = 0; c < ChannelCount; c++)
        {
            _tables[c] = new BandTable();
            _sets[c] = new uint[]?[_ids.Length];
        }
    }

    /// <summary>Number of indexed items.</summary>
    public int Count => Volatile.Read(ref _live);

    /// <summary>The options fingerprints must have been computed with.</summary>
    public TextMatchOptions Options => _options;

    /// <summary>
    /// Approximate bytes held: id and size columns, shingle sets (counted once when shared), LSH tables and
    /// the id map.
    /// </summary>
    public long EstimatedMemoryBytes
    {
        get
        {
            _lock.EnterReadLock();
            try
            {
                const int ArrayOverhead = 24;
                long bytes = ((long)_ids.Length * (sizeof(long) + sizeof(byte) + (ChannelCount * IntPtr.Size)))
                    + ((long)_slotById.Count * 24);
                for (int c = 0; c < ChannelCount; c++)
                {
                    bytes += _tables[c].MemoryBytes;
                }

                bytes += _ids.Length + _anchors.MemoryBytes;

                for (int slot = 0; slot < _used; slot++)
                {
                    uint[]? previous = null;
                    for (int c = 0; c < ChannelCount; c++)
                    {
                        uint[]? set = _sets[c][slot];
                        if (set is not null && !ReferenceEquals(set, previous))
                        {
                            bytes += ArrayOverhead + ((long)set.Length * sizeof(uint));
                        }

                        previous = set;
                    }
                }

                return bytes;
            }
            finally
            {
                _lock.ExitReadLock();
            }
        }
    }

    /// <summary>
    /// Indexes <paramref name="known"/> under <paramref name="id"/>, replacing any item with that id. A
    /// <see cref="TextFingerprint.TooShort"/> fingerprint is not indexed (it would match on too little text);
    /// any earlier item with the id is still removed.
    /// </summary>
    /// <exception cref="ArgumentException">The fingerprint was computed with incompatible options.</exception>
    public void Add(long id, TextFingerprint known)
    {
        ArgumentNullException.ThrowIfNull(known);
        CheckCompatible(known);
        for (int c = 0; c < ChannelCount; c++)
        {
            _ = known.Channel(c).ShingleArray; // sort the sets before taking the lock
        }

        _lock.EnterWriteLock();
        try
        {
            if (_slotById.Remove(id, out int old))
            {
                Kill(old);
            }

            if (!known.TooShort)
            {
                Insert(id, known);
            }

            CompactIfNeeded();
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    /// <summary>Removes the item with <paramref name="id"/>.</summary>
    /// <returns>False when no item had that id.</returns>
    public bool Remove(long id)
    {
        _lock.EnterWriteLock();
        try
        {
            if (!_slotById.Remove(id, out int slot))
            {
                return false;
            }

            Kill(slot);
            CompactIfNeeded();
            return true;
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    /// <summary>Releases the lock.</summary>
    public void Dispose() => _lock.Dispose();

    private void CheckCompatible(TextFingerprint fingerprint)
    {
        if (!fingerprint.Options.IsCompatibleWith(_options))
        {
            throw new ArgumentException(
                "The fingerprint was computed with options (shingle sizes, passage length, signature size or scheme) "
                + "that differ from the index's.",
                nameof(fingerprint));
        }
    }

    private void Insert(long id, TextFingerprint known)
    {
        if (_used == _ids.Length)
        {
            // Anchor postings keep a slot in 29 bits (AnchorPosting): half a billion items, far beyond memory anyway.
            int capacity = (int)Math.Min(AnchorPosting.MaxSlots, (long)_ids.Length * 2);
            if (capacity == _used)
            {
                throw new InvalidOperationException("The text index is full.");
            }

            Array.Resize(ref _ids, capacity);
            Array.Resize(ref _shingleSizes, capacity);
            for (int c = 0; c < ChannelCount; c++)
            {
                Array.Resize(ref _sets[c], capacity);
            }
        }

        int slot = _used++;
        _ids[slot] = id;
        _shingleSizes[slot] = (byte)known.Channel((int)TextChannel.Match).ShingleSize;
        uint[]? previous = null;
        for (int c = 0; c < ChannelCount; c++)
        {
            TextChannelFingerprint channel = known.Channel(c);
            (int bands, int r) = Banding(c);
            uint[] set = channel.ShingleArray;
            if (previous is not null && set.AsSpan().SequenceEqual(previous))
            {
                set = previous; // e.g. Latin text, whose Skeleton often equals its Match text
            }

            _sets[c][slot] = set;
            previous = set;

            // One posting per distinct band key: passages overlapping the whole item often share bands.
            int rows = channel.SignatureCount;
            uint[] buffer = ArrayPool<uint>.Shared.Rent(Math.Max(1, rows * bands));
            try
            {
                int count = 0;
                for (int row = 0; row < rows; row++)
                {
                    ReadOnlySpan<uint> signature = channel.Signature(row);
                    if (signature[0] == MinHasher.Empty)
                    {
                        continue;
                    }

                    for (int b = 0; b < bands; b++)
                    {
                        buffer[count++] = Shingling.BandKey(signature.Slice(b * r, r), b);
                    }
                }

                Span<uint> distinct = buffer.AsSpan(0, count);
                distinct.Sort();
                BandTable table = _tables[c];
                for (int i = 0; i < distinct.Length; i++)
                {
                    if (i == 0 || distinct[i] != distinct[i - 1])
                    {
                        table.Add(distinct[i], slot);
                    }
                }
            }
            finally
            {
                ArrayPool<uint>.Shared.Return(buffer);
            }
        }

        _anchors.Add(slot, AnchorWords(known));
        _slotById[id] = slot;
        _live++;
    }

    /// <summary>Whether short known items use another shingle size than long texts, so that they need the anchor
    /// path to be found inside a long post.</summary>
    private bool ShortInsideLong => _options.ShortTextShingleSize != _options.ShingleSize;

    /// <summary>The distinct words of a text's Skeleton channel with their lengths: what its anchors are chosen from.</summary>
    private static (uint Hash, int Length)[] AnchorWords(TextFingerprint fingerprint)
    {
        var hashes = new List<uint>();
        var lengths = new List<int>();
        SkeletonWords(fingerprint, [], hashes, lengths);
        return [.. hashes.Zip(lengths)];
    }

    /// <summary>
    /// The distinct words of a text's Skeleton channel (robust to dots, look-alikes and marks) as word hashes, in the
    /// order first seen, with their lengths when <paramref name="lengths"/> is given; the collections are cleared first.
    /// Known items and queries take their anchor words through here alike.
    /// </summary>
    private static void SkeletonWords(TextFingerprint fingerprint, HashSet<uint> seen, List<uint> hashes, List<int>? lengths)
    {
        seen.Clear();
        hashes.Clear();
        lengths?.Clear();
        string text = fingerprint.Channel((int)TextChannel.Skeleton).Text.Text;
        foreach (Range range in text.AsSpan().Split(' '))
        {
            ReadOnlySpan<char> word = text.AsSpan(range);
            if (word.IsEmpty)
            {
                continue;
            }

            uint hash = Shingling.SetHash(Shingling.HashWord(word));
            if (seen.Add(hash))
            {
                hashes.Add(hash);
                lengths?.Add(word.Length);
            }
        }
    }

    /// <summary>Bands and rows per band of a channel.</summary>
    private (int Bands, int Rows) Banding(int channel) =>
        channel == (int)TextChannel.WordSet
            ? (_options.WordSetBands, _options.WordSetRowsPerBand)
            : (_options.Bands, _options.RowsPerBand);

    private void Kill(int slot)
    {
        _shingleSizes[slot] = 0;
        for (int c = 0; c < ChannelCount; c++)
        {
            _sets[c][slot] = null;
        }

        _live--;
    }

    private void CompactIfNeeded()
    {
        int dead = _used - _live;
        if (dead < MinDeadToCompact || dead < _used / 4)
        {
            return;
        }

        int[] remap = new int[_used];
        int next = 0;
        for (int slot = 0; slot < _used; slot++)
        {
            if (_shingleSizes[slot] == 0)
            {
                remap[slot] = -1;
                continue;
            }

            remap[slot] = next;
            _ids[next] = _ids[slot];
            _shingleSizes[next] = _shingleSizes[slot];
            for (int c = 0; c < ChannelCount; c++)
            {
                _sets[c][next] = _sets[c][slot];
            }

            _slotById[_ids[next]] = next;
            next++;
        }

        for (int slot = next; slot < _used; slot++)
        {
            _shingleSizes[slot] = 0;
            for (int c = 0; c < ChannelCount; c++)
            {
                _sets[c][slot] = null;
            }
        }

        _used = next;
        foreach (BandTable table in _tables)
        {
            table.Compact(remap);
        }

        _anchors.Compact(remap);
    }
}
