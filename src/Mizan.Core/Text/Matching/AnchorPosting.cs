namespace Mizan.Core.Text.Matching;

/// <summary>One item under one of its anchor words: the item's slot and all its anchors.</summary>
internal struct AnchorPosting
{
    /// <summary>The item's slot in <see cref="TextIndex"/>.</summary>
    public int Slot;

    /// <summary>How many of <see cref="Words"/> are anchors.</summary>
    public byte Count;

    /// <summary>The item's anchor words, rarest first.</summary>
    public AnchorWords Words;

    /// <summary>How many of the item's anchors <paramref name="query"/> holds.</summary>
    public readonly int CountIn(QueryFilter query)
    {
        int present = 0;
        ReadOnlySpan<uint> words = Words;
        for (int i = 0; i < Count; i++)
        {
            present += query.Contains(words[i]) ? 1 : 0;
        }

        return present;
    }
}
