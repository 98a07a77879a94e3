using Mizan.Data.Banks;

namespace Mizan.Data.Moderation.Items;

/// <summary>Names and versions of the detectors behind bank matches, recorded with every match (DSA Art. 17(3)(c)).</summary>
public static class DetectorVersions
{
    /// <summary>The detector name and version for a signal type.</summary>
    public static (string Detector, string Version) For(string signal) => signal switch
    {
        SignalTypes.Pdq => ("pdq", "pdq-1.0-dihedral"),
        SignalTypes.Md5 => ("md5", "exact-1"),
        SignalTypes.Sha256 => ("sha256", "exact-1"),
        SignalTypes.Text => ("text-minhash", "minhash-5gram-lsh-1"),
        SignalTypes.Url => ("url", "url-canonical-1"),
        _ => (signal, "1"),
    };
}
