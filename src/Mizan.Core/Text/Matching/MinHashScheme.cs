namespace Mizan.Core.Text.Matching;

/// <summary>How the MinHash signature of a shingle set is computed.</summary>
public enum MinHashScheme
{
    /// <summary>
    /// One-permutation hashing (Li, Owen and Zhang, "One Permutation Hashing", NIPS 2012): each shingle hash is
    /// hashed once and falls into one of k bins, each bin keeping its minimum; empty bins are filled by optimal
    /// densification (Shrivastava and Li, "Densifying One Permutation Hashing via Rotation", ICML 2014;
    /// Shrivastava, "Optimal Densification for Fast and Accurate Minwise Hashing", ICML 2017). One hash per
    /// shingle instead of k: the default.
    /// </summary>
    OnePermutation = 0,

    /// <summary>
    /// Classic MinHash (Broder, "On the resemblance and containment of documents", 1997): k independent hash
    /// functions (multiply-shift over the 64-bit shingle hash), each slot keeping the minimum. k hashes per
    /// shingle; kept as the reference the one-permutation scheme is measured against.
    /// </summary>
    Classic = 1,
}
