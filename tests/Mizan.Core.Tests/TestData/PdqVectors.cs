namespace Mizan.Core.Tests.TestData;

/// <summary>Names and lookups for the PDQ reference vectors in <c>shared/data/pdq</c> (see its README.md).</summary>
internal static class PdqVectors
{
    /// <summary>Decoded PNGs holding exactly the pixels the reference decoded, with tool and full hashes.</summary>
    public const string DecodedTsv = "decoded-png/expected_decoded.tsv";

    /// <summary>Full-resolution hashes of the original files: the interoperability target.</summary>
    public const string FullTsv = "expected_full_resolution.tsv";

    /// <summary>Hashes from the reference tool, which squashes images over 512 px to 512×512.</summary>
    public const string ToolTsv = "expected.tsv";

    /// <summary>The eight dihedral hashes per image, in `tool` and `full` modes.</summary>
    public const string DihedralTsv = "dihedral.tsv";

    /// <summary>
    /// The 16-bit grey image. Mizan keeps the high byte of each sample; the C++ reference, whose output is in the
    /// TSVs, keeps the low byte, and python-threatexchange clips through PIL, so no expected value applies to it.
    /// </summary>
    public const string SixteenBitImage = "images/python-threatexchange/threatexchange/tests/hashing/resources/I16.png";

    /// <summary>Reason given when <see cref="SixteenBitImage"/> is exempted.</summary>
    public const string SixteenBitReason =
        "I16.png is 16-bit: Mizan keeps the high byte of each sample, the reference the low byte (see ImageDecoder).";

    /// <summary>dihedral.tsv columns in <c>PdqTransform</c> order.</summary>
    public static readonly string[] TransformColumns = ["hash", "rot90", "rot180", "rot270", "flipx", "flipy", "flipplus1", "flipminus1"];

    /// <summary>The decoded PNG holding the pixels the reference decoded from <paramref name="source"/>, if any.</summary>
    public static string? DecodedPngFor(string source)
    {
        foreach (var row in SharedData.ReadPdqTsv(DecodedTsv))
        {
            if (row["source_image"] == source)
            {
                return row["path"];
            }
        }

        return null;
    }

    /// <summary>The bytes of a file given relative to the <c>pdq</c> folder.</summary>
    public static byte[] Read(string relative) => File.ReadAllBytes(SharedData.PdqPath(relative));
}
