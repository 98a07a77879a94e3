using System.Runtime.CompilerServices;

namespace Mizan.Core.Text.Matching;

/// <summary>
/// The 16-bit fingerprints (<see cref="AnchorTable.Fingerprint"/>) of a query's words as 65,536 bits: 8 KiB, so a
/// test is a shift and a load from the first-level cache.
/// </summary>
internal sealed class WordBits
{
    private readonly ulong[] _words = new ulong[(1 << 16) / 64];

    public void Build(ReadOnlySpan<uint> words)
    {
        Array.Clear(_words);
        foreach (uint word in words)
        {
            ushort bit = AnchorTable.Fingerprint(word);
            _words[bit >> 6] |= 1UL << (bit & 63);
        }
    }

    /// <summary>True when a word of the query has the fingerprint <paramref name="fingerprint"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Contains(ushort fingerprint) => ((_words[fingerprint >> 6] >> (fingerprint & 63)) & 1) != 0;
}
