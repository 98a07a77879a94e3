namespace Mizan.Core.Hashing;

/// <summary>How the image is sized before PDQ's own filtering and downsampling.</summary>
public enum PdqResizeMode
{
    /// <summary>
    /// Hash every pixel. This is what the Hasher-Matcher-Actioner (pdqhash-python) and the Java reference do,
    /// and the hashes Mizan stores and matches.
    /// </summary>
    FullResolution = 0,

    /// <summary>
    /// Squash an image wider or taller than 512 px to exactly 512×512 by nearest neighbour first, ignoring the
    /// aspect ratio, as the reference command-line tool (<c>pdqHash256FromFile</c>, CImg <c>resize</c>) does.
    /// Differs from <see cref="FullResolution"/> by a few bits; offered to compare with that tool's output.
    /// </summary>
    Squash512 = 1,
}
