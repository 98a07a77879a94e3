namespace Mizan.Core.Text.Matching;

/// <summary>
/// One item under one of its anchor words: the item's slot and the fingerprints of all its anchors, in 16 bytes (a
/// query reads thousands of postings at a million items, and their size is most of what that costs).
/// </summary>
internal struct AnchorPosting
{
    private const int CountShift = 29;
    private const uint SlotMask = (1u << CountShift) - 1;

    private uint _slotAndCount;

    /// <summary>Slots a posting can name.</summary>
    public const int MaxSlots = 1 << CountShift;

    /// <summary>The fingerprints (<see cref="AnchorTable.Fingerprint"/>) of the item's anchors, rarest first.</summary>
    public AnchorWords Words;

    /// <summary>The item's slot in <see cref="TextIndex"/> (below 2^29).</summary>
    public int Slot
    {
        readonly get => (int)(_slotAndCount & SlotMask);
        set => _slotAndCount = (_slotAndCount & ~SlotMask) | ((uint)value & SlotMask);
    }

    /// <summary>How many of <see cref="Words"/> are anchors.</summary>
    public int Count
    {
        readonly get => (int)(_slotAndCount >> CountShift);
        set => _slotAndCount = (_slotAndCount & SlotMask) | ((uint)value << CountShift);
    }

    /// <summary>
    /// Whether <paramref name="query"/> holds at least <paramref name="needed"/> of the item's anchors, as far as
    /// 16-bit fingerprints tell (a chance agreement only adds a candidate; candidates are verified exactly).
    /// </summary>
    public readonly bool Holds(WordBits query, int needed)
    {
        ReadOnlySpan<ushort> words = Words;
        int count = Count;
        int missing = count - needed; // absent anchors that can still be afforded
        for (int i = 0; i < count; i++)
        {
            if (!query.Contains(words[i]) && --missing < 0)
            {
                return false;
            }
        }

        return true;
    }
}
