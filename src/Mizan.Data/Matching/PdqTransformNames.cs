using Mizan.Core.Hashing;

namespace Mizan.Data.Matching;

/// <summary>The names of the eight rotations and mirrors in API and CLI output.</summary>
public static class PdqTransformNames
{
    /// <summary>original, rotate90, rotate180, rotate270, flipx, flipy, flipplus1, flipminus1.</summary>
    public static string ToName(PdqTransform transform) => transform switch
    {
        PdqTransform.Original => "original",
        PdqTransform.Rotate90 => "rotate90",
        PdqTransform.Rotate180 => "rotate180",
        PdqTransform.Rotate270 => "rotate270",
        PdqTransform.FlipX => "flipx",
        PdqTransform.FlipY => "flipy",
        PdqTransform.FlipPlus1 => "flipplus1",
        PdqTransform.FlipMinus1 => "flipminus1",
        _ => throw new ArgumentOutOfRangeException(nameof(transform)),
    };
}
