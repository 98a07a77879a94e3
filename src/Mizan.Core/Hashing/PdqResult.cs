namespace Mizan.Core.Hashing;

/// <summary>A PDQ hash and the quality of the image it came from.</summary>
/// <param name="Hash">The 256-bit hash.</param>
/// <param name="Quality">
/// 0-100, a count of significant gradients in the 64×64 downsample. Hashes below
/// <see cref="PdqHasher.QualityThreshold"/> come from featureless images and are too unreliable to match on.
/// </param>
public readonly record struct PdqResult(PdqHash Hash, int Quality);
