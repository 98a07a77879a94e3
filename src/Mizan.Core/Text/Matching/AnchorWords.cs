using System.Runtime.CompilerServices;

namespace Mizan.Core.Text.Matching;

/// <summary>Room for <see cref="AnchorTable.AnchorsPerItem"/> 16-bit word fingerprints, inline.</summary>
[InlineArray(AnchorTable.AnchorsPerItem)]
internal struct AnchorWords
{
    private ushort _first;
}
