namespace Mizan.Core.Hashing;

/// <summary>
/// The eight rotations and mirrorings of an image (the dihedral group D4) for which PDQ can derive a hash from
/// one DCT. The order and meaning follow the reference command-line tool's <c>--pdqdih</c> output and the
/// comments of Meta's <c>pdqhashing.cpp</c> (ThreatExchange).
/// </summary>
public enum PdqTransform
{
    /// <summary>The image as given.</summary>
    Original = 0,

    /// <summary>Rotated 90° counter-clockwise.</summary>
    Rotate90 = 1,

    /// <summary>Rotated 180°.</summary>
    Rotate180 = 2,

    /// <summary>Rotated 90° clockwise.</summary>
    Rotate270 = 3,

    /// <summary>Top and bottom swapped (mirrored about the horizontal axis).</summary>
    FlipX = 4,

    /// <summary>Left and right swapped (mirrored about the vertical axis).</summary>
    FlipY = 5,

    /// <summary>Transposed: the upper-left and lower-right corners stay in place.</summary>
    FlipPlus1 = 6,

    /// <summary>Anti-transposed: the upper-right and lower-left corners stay in place.</summary>
    FlipMinus1 = 7,
}
