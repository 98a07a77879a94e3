using System.Security.Cryptography;
using System.Text;
using Mizan.Core;
using Mizan.Core.Hashing;
using Mizan.Core.Urls;

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

    /// <summary>Text, matched near-duplicate and by containment across normalisation channels.</summary>
    public const string Text = "text";

    /// <summary>A URL, canonicalised, matched exactly or by domain or path prefix.</summary>
    public const string Url = "url";

    /// <summary>The largest text accepted as an entry or a scan (characters).</summary>
    public const int MaxTextLength = 100_000;

    /// <summary>Every supported type, in the order results list them.</summary>
    public static IReadOnlyList<string> All { get; } = [Pdq, Md5, Sha256, Text, Url];

    /// <summary>Whether <paramref name="name"/> is a supported signal type (lower-case, ordinal).</summary>
    public static bool IsKnown(string name) =>
        name is Pdq or Md5 or Sha256 or Text or Url;

    /// <summary>
    /// Validates a hash or URL of the given type and returns its canonical form, or throws
    /// <see cref="MizanException"/> (<see cref="ErrorCodes.UnknownSignalType"/>, <see cref="ErrorCodes.MalformedHash"/>
    /// or, for URLs, <see cref="ErrorCodes.InvalidRequest"/>). Text is not canonicalised here: see <see cref="TextValue"/>.
    /// </summary>
    public static string Canonicalize(string signalType, string? value)
    {
        if (value is null)
        {
            throw new MizanException(ErrorCodes.MalformedHash, $"The {signalType} value must be a string.");
        }

        return signalType switch
        {
            Pdq => PdqHash.Parse(value).ToString(),
            Md5 => HexFormat.ToHex(HexFormat.Parse(value, 16, Md5)),
            Sha256 => HexFormat.ToHex(HexFormat.Parse(value, 32, Sha256)),
            Url => UrlCanonicalizer.Canonicalize(value).Value,
            Text => throw new ArgumentException("Text values are stored with TextValue.", nameof(signalType)),
            _ => throw UnknownType(signalType),
        };
    }

    /// <summary>
    /// Checks a text signal (non-empty, at most <see cref="MaxTextLength"/> characters) and returns the value that
    /// identifies it: the SHA-256 of its UTF-8 bytes.
    /// </summary>
    public static string TextValue(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new MizanException(ErrorCodes.InvalidRequest, "A text signal must be a non-empty string.");
        }

        if (text.Length > MaxTextLength)
        {
            throw new MizanException(ErrorCodes.PayloadTooLarge, $"A text signal may be at most {MaxTextLength} characters; got {text.Length}.");
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>The error for a signal type Mizan does not know.</summary>
    public static MizanException UnknownType(string signalType) => new(
        ErrorCodes.UnknownSignalType,
        $"Unknown signal type '{signalType}'. Known types: {string.Join(", ", All)}.");
}
