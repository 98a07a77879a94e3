namespace Mizan.Core.Hashing;

/// <summary>Lower-case hex parsing and formatting shared by every hash type.</summary>
public static class HexFormat
{
    /// <summary>Parses exactly <paramref name="destination"/>.Length bytes of hex (either case).</summary>
    /// <returns><see langword="false"/> when the length is wrong or a character is not a hex digit.</returns>
    public static bool TryParse(ReadOnlySpan<char> hex, Span<byte> destination)
    {
        hex = hex.Trim();
        if (hex.Length != destination.Length * 2)
        {
            return false;
        }

        for (int i = 0; i < destination.Length; i++)
        {
            int hi = HexValue(hex[2 * i]);
            int lo = HexValue(hex[(2 * i) + 1]);
            if ((hi | lo) < 0)
            {
                return false;
            }

            destination[i] = (byte)((hi << 4) | lo);
        }

        return true;
    }

    /// <summary>Parses hex or throws a <see cref="MizanException"/> with <see cref="ErrorCodes.MalformedHash"/>.</summary>
    /// <param name="hex">The text to parse.</param>
    /// <param name="byteLength">How many bytes the hash has.</param>
    /// <param name="what">The hash's name for the message, such as "md5".</param>
    public static byte[] Parse(ReadOnlySpan<char> hex, int byteLength, string what)
    {
        var bytes = new byte[byteLength];
        if (!TryParse(hex, bytes))
        {
            throw new MizanException(
                ErrorCodes.MalformedHash,
                $"The {what} hash must be exactly {byteLength * 2} hex characters (0-9, a-f); got {Describe(hex)}.");
        }

        return bytes;
    }

    /// <summary>Formats bytes as lower-case hex.</summary>
    public static string ToHex(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(bytes);

    internal static string Describe(ReadOnlySpan<char> hex)
    {
        hex = hex.Trim();
        return hex.Length <= 80 ? $"\"{hex}\" ({hex.Length} characters)" : $"{hex.Length} characters";
    }

    private static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };
}
