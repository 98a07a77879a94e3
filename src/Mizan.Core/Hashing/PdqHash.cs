using System.Numerics;

namespace Mizan.Core.Hashing;

/// <summary>
/// A 256-bit PDQ hash. The 64-character hex form is read as one big-endian 256-bit integer N; bit k of N
/// (k = 0 least significant) is DCT coefficient (row k / 16, column k % 16), as in Meta's reference
/// <c>Hash256::format</c>. <see cref="W0"/> holds the most significant 64 bits (the first 16 hex characters),
/// <see cref="W3"/> the least significant.
/// </summary>
public readonly struct PdqHash : IEquatable<PdqHash>
{
    /// <summary>Number of hex characters in the text form.</summary>
    public const int HexLength = 64;

    /// <summary>Creates a hash from its four 64-bit words, most significant first.</summary>
    public PdqHash(ulong w0, ulong w1, ulong w2, ulong w3)
    {
        W0 = w0;
        W1 = w1;
        W2 = w2;
        W3 = w3;
    }

    /// <summary>Bits 255..192 (hex characters 0-15).</summary>
    public ulong W0 { get; }

    /// <summary>Bits 191..128.</summary>
    public ulong W1 { get; }

    /// <summary>Bits 127..64.</summary>
    public ulong W2 { get; }

    /// <summary>Bits 63..0 (hex characters 48-63).</summary>
    public ulong W3 { get; }

    /// <summary>Number of bits set (128 for a hash of distinct coefficients).</summary>
    public int PopCount =>
        BitOperations.PopCount(W0) + BitOperations.PopCount(W1) + BitOperations.PopCount(W2) + BitOperations.PopCount(W3);

    /// <summary>Hamming distance between two hashes (0-256).</summary>
    public static int Distance(PdqHash a, PdqHash b) =>
        BitOperations.PopCount(a.W0 ^ b.W0) + BitOperations.PopCount(a.W1 ^ b.W1)
        + BitOperations.PopCount(a.W2 ^ b.W2) + BitOperations.PopCount(a.W3 ^ b.W3);

    /// <summary>Hamming distance to <paramref name="other"/>.</summary>
    public int DistanceTo(PdqHash other) => Distance(this, other);

    /// <summary>Reads bit <paramref name="k"/> (0-255), coefficient (k / 16, k % 16).</summary>
    public bool GetBit(int k)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan((uint)k, 255u, nameof(k));
        ulong word = (k >> 6) switch { 3 => W0, 2 => W1, 1 => W2, _ => W3 };
        return ((word >> (k & 63)) & 1) != 0;
    }

    /// <summary>Builds a hash from 256 bits where <paramref name="bits"/>[k] is bit k.</summary>
    public static PdqHash FromBits(ReadOnlySpan<bool> bits)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(bits.Length, 256, nameof(bits));
        Span<ulong> w = stackalloc ulong[4];
        for (int k = 0; k < 256; k++)
        {
            if (bits[k])
            {
                w[3 - (k >> 6)] |= 1UL << (k & 63);
            }
        }

        return new PdqHash(w[0], w[1], w[2], w[3]);
    }

    /// <summary>Parses 64 hex characters (either case).</summary>
    public static bool TryParse(ReadOnlySpan<char> hex, out PdqHash hash)
    {
        Span<byte> bytes = stackalloc byte[32];
        if (!HexFormat.TryParse(hex, bytes))
        {
            hash = default;
            return false;
        }

        hash = FromBytes(bytes);
        return true;
    }

    /// <summary>Parses 64 hex characters or throws <see cref="MizanException"/> (<see cref="ErrorCodes.MalformedHash"/>).</summary>
    public static PdqHash Parse(ReadOnlySpan<char> hex)
    {
        if (!TryParse(hex, out var hash))
        {
            throw new MizanException(
                ErrorCodes.MalformedHash,
                $"A PDQ hash must be exactly {HexLength} hex characters (0-9, a-f); got {HexFormat.Describe(hex)}.");
        }

        return hash;
    }

    /// <summary>Reads 32 bytes in text order (the first byte is the first two hex characters).</summary>
    public static PdqHash FromBytes(ReadOnlySpan<byte> bytes)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(bytes.Length, 32, nameof(bytes));
        return new PdqHash(
            System.Buffers.Binary.BinaryPrimitives.ReadUInt64BigEndian(bytes),
            System.Buffers.Binary.BinaryPrimitives.ReadUInt64BigEndian(bytes[8..]),
            System.Buffers.Binary.BinaryPrimitives.ReadUInt64BigEndian(bytes[16..]),
            System.Buffers.Binary.BinaryPrimitives.ReadUInt64BigEndian(bytes[24..]));
    }

    /// <summary>Writes 32 bytes in text order.</summary>
    public void WriteBytes(Span<byte> destination)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(destination.Length, 32, nameof(destination));
        System.Buffers.Binary.BinaryPrimitives.WriteUInt64BigEndian(destination, W0);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt64BigEndian(destination[8..], W1);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt64BigEndian(destination[16..], W2);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt64BigEndian(destination[24..], W3);
    }

    /// <summary>The 64 lower-case hex characters.</summary>
    public override string ToString()
    {
        Span<byte> bytes = stackalloc byte[32];
        WriteBytes(bytes);
        return Convert.ToHexStringLower(bytes);
    }

    /// <inheritdoc />
    public bool Equals(PdqHash other) => W0 == other.W0 && W1 == other.W1 && W2 == other.W2 && W3 == other.W3;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is PdqHash other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(W0, W1, W2, W3);

    /// <summary>Equality of all 256 bits.</summary>
    public static bool operator ==(PdqHash left, PdqHash right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(PdqHash left, PdqHash right) => !left.Equals(right);
}
