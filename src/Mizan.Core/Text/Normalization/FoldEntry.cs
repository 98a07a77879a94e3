namespace Mizan.Core.Text.Normalization;

/// <summary>
/// One packed fold table entry: kind in bits 28-31, expansion length in bits 20-27, and the replacement character
/// or the expansion's offset in bits 0-19. Packed into a <see cref="uint"/> so the BMP table is one flat array.
/// </summary>
internal readonly struct FoldEntry
{
    private const int KindShift = 28;
    private const int LengthShift = 20;
    private const uint ValueMask = (1u << LengthShift) - 1;
    private const uint LengthMask = 0xFF;

    /// <summary>The largest expansion an entry can describe.</summary>
    public const int MaxLength = (int)LengthMask;

    /// <summary>The largest expansion pool offset an entry can describe.</summary>
    public const int MaxOffset = (int)ValueMask;

    private readonly uint _bits;

    private FoldEntry(uint bits) => _bits = bits;

    public FoldKind Kind => (FoldKind)(_bits >> KindShift);

    /// <summary>The replacement character (<see cref="FoldKind.Single"/>) or expansion offset.</summary>
    public int Value => (int)(_bits & ValueMask);

    /// <summary>The expansion length (<see cref="FoldKind.Expansion"/>).</summary>
    public int Length => (int)((_bits >> LengthShift) & LengthMask);

    public static FoldEntry Of(FoldKind kind) => new((uint)kind << KindShift);

    public static FoldEntry Single(char replacement) => new(((uint)FoldKind.Single << KindShift) | replacement);

    public static FoldEntry Expansion(int offset, int length)
    {
        if ((uint)offset > ValueMask || (uint)length > LengthMask)
        {
            throw new ArgumentOutOfRangeException(nameof(offset), "The fold expansion does not fit the table entry.");
        }

        return new(((uint)FoldKind.Expansion << KindShift) | ((uint)length << LengthShift) | (uint)offset);
    }
}
