using System.Runtime.CompilerServices;

namespace Mizan.Core.Text.Matching;

/// <summary>Room for <see cref="AnchorTable.AnchorsPerItem"/> word hashes, inline.</summary>
[InlineArray(AnchorTable.AnchorsPerItem)]
internal struct AnchorWords
{
    private uint _first;
}
