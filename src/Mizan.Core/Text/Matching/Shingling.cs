using System.Numerics;
using System.Runtime.CompilerServices;

namespace Mizan.Core.Text.Matching;

/// <summary>
/// Hashes shingles to 64 bits: character n-grams of a channel's text and the words of the Match text. The upper
/// 32 bits are a shingle's identity in the stored sets (<see cref="SetHash"/>); all 64 bits feed MinHash.
/// </summary>
internal static class Shingling
{
    private const ulong CharSeed = 0x243F6A8885A308D3; // digits of π: arbitrary, fixed forever (hashes are stored)
    private const ulong WordSeed = 0x13198A2E03707344;
    private const ulong HighMultiplier = 0x9E3779B97F4A7C15; // odd: 2^64 / golden ratio

    /// <summary>
    /// The SplitMix64 finaliser (Steele, Lea and Flood, "Fast splittable pseudorandom number generators",
    /// OOPSLA 2014): a bijection on 64 bits with full avalanche.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
        return z ^ (z >> 31);
    }

    /// <summary>The 32-bit identity of a shingle in the sets verification intersects.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint SetHash(ulong hash) => (uint)(hash >> 32);

    /// <summary>
    /// Number of character n-grams of a text of <paramref name="length"/> characters: one per start position, or one
    /// for the whole text when it is shorter than <paramref name="n"/>.
    /// </summary>
    public static int CharShingleCount(int length, int n) => length >= n ? length - n + 1 : (length > 0 ? 1 : 0);

    /// <summary>
    /// Hash of the n-gram starting at <paramref name="start"/> (up to <paramref name="n"/> ≤ 8 characters, fewer at the
    /// end of the text). The characters are packed exactly (16 bits each, the first four in one word, the rest in
    /// another) and then mixed, so distinct n-grams collide only through the final 64-bit mix.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong HashChars(ReadOnlySpan<char> text, int start, int n)
    {
        int end = Math.Min(text.Length, start + n);
        ulong lo = 0;
        ulong hi = 0;
        int j = start;
        int split = Math.Min(end, start + 4);
        for (int shift = 0; j < split; j++, shift += 16)
        {
            lo |= (ulong)text[j] << shift;
        }

        for (int shift = 0; j < end; j++, shift += 16)
        {
            hi |= (ulong)text[j] << shift;
        }

        return HashPacked(lo, hi, n, end - start);
    }

    /// <summary>
    /// Hashes every full n-gram of <paramref name="text"/> (<paramref name="text"/>.Length ≥ <paramref name="n"/>) into
    /// <paramref name="hashes"/>, sliding the packed window one character at a time; equal to
    /// <see cref="HashChars"/> at every position.
    /// </summary>
    public static void HashAllChars(ReadOnlySpan<char> text, int n, Span<ulong> hashes)
    {
        int count = text.Length - n + 1;
        if (n > 8 || count <= 0 || hashes.Length < count)
        {
            throw new ArgumentOutOfRangeException(nameof(n));
        }

        ulong lo = 0;
        ulong hi = 0;
        for (int j = 0; j < n - 1; j++)
        {
            Push(ref lo, ref hi, text[j], j);
        }

        // The window holds n − 1 characters; each step adds one at position n − 1, hashes, and drops the first.
        int loTop = Math.Min(n - 1, 3) * 16;
        int hiTop = (n - 5) * 16;
        for (int i = 0; i < count; i++)
        {
            ulong c = text[i + n - 1];
            if (n <= 4)
            {
                lo |= c << loTop;
                hashes[i] = HashPacked(lo, 0, n, n);
                lo >>= 16;
            }
            else
            {
                hi |= c << hiTop;
                hashes[i] = HashPacked(lo, hi, n, n);
                lo = (lo >> 16) | (hi << 48);
                hi >>= 16;
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Push(ref ulong lo, ref ulong hi, ulong c, int position)
    {
        if (position < 4)
        {
            lo |= c << (position * 16);
        }
        else
        {
            hi |= c << ((position - 4) * 16);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong HashPacked(ulong lo, ulong hi, int n, int length)
    {
        ulong seed = CharSeed + ((ulong)n << 56) + ((ulong)length << 48);
        return Mix((lo ^ seed) + ((hi + 1) * HighMultiplier));
    }

    /// <summary>Hash of one word (FNV-1a over its UTF-16 code units, then mixed).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong HashWord(ReadOnlySpan<char> word)
    {
        ulong h = 0xCBF29CE484222325 ^ WordSeed;
        foreach (char c in word)
        {
            h = (h ^ c) * 0x100000001B3;
        }

        return Mix(h + (ulong)word.Length);
    }

    /// <summary>Hash of a value sequence for a band key.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint BandKey(ReadOnlySpan<uint> rows, int band)
    {
        ulong h = HighMultiplier * (ulong)(band + 1);
        foreach (uint v in rows)
        {
            h = BitOperations.RotateLeft(h ^ v, 23) * 0xFF51AFD7ED558CCD;
        }

        return (uint)(Mix(h) >> 32);
    }
}
