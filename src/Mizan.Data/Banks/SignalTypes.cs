using Mizan.Core;
using Mizan.Core.Hashing;

namespace Mizan.Data.Banks;

/// <summary>The signal types a bank entry or a scan can carry, and their canonical text forms.</summary>
public static class SignalTypes
{
    /// <summary>PDQ perceptual image hash, 64 hex characters.</summary>
    public const string Pdq = "pdq";

    /// <summary>MD5 of a file's bytes, 32 hex characters.</summary>
    public const string Md5 = "md5";

    /// <summary>SHA-256 of a file's bytes, 64 hex characters.</summary>
    public const string Sha256 = "sha256";

    /// <summary>Every supported type, in the order results list them.</summary>
    public static IReadOnlyList<string> All { get; } = [Pdq, Md5, Sha256];

    /// <summary>Whether <paramref name="name"/> is a supported signal type (lower-case, ordinal).</summary>
    public static bool IsKnown(string name) =>
        name is Pdq or Md5 or Sha256;

    /// <summary>
    /// Validates a hash of the given type and returns its canonical lower-case hex, or throws
    /// <see cref="MizanException"/> (<see cref="ErrorCodes.UnknownSignalType"/> or <see cref="ErrorCodes.MalformedHash"/>).
    /// </summary>
    public static string Canonicalize(string signalType, string? value)
    {
        if (value is null)
        {
            throw new MizanException(ErrorCodes.MalformedHash, $"The {signalType} value must be a string of hex characters.");
        }

        return signalType switch
        {
            Pdq => PdqHash.Parse(value).ToString(),
            Md5 => HexFormat.ToHex(HexFormat.Parse(value, 16, Md5)),
            Sha256 => HexFormat.ToHex(HexFormat.Parse(value, 32, Sha256)),
            _ => throw UnknownType(signalType),
        };
    }

    /// <summary>The error for a signal type Mizan does not know.</summary>
    public static MizanException UnknownType(string signalType) => new(
        ErrorCodes.UnknownSignalType,
        $"Unknown signal type '{signalType}'. Known types: {string.Join(", ", All)}.");
}
