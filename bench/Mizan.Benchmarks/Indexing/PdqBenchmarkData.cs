using Mizan.Core.Hashing;

namespace Mizan.Benchmarks.Indexing;

/// <summary>Seeded uniform random PDQ hashes and query sets shared by the index benchmarks.</summary>
internal static class PdqBenchmarkData
{
    public const int Seed = 20240531;

    /// <summary><paramref name="count"/> uniform random hashes with ids 1..count.</summary>
    public static (long[] Ids, PdqHash[] Hashes) Uniform(int count, Random random)
    {
        var hashes = new PdqHash[count];
        var ids = new long[count];
        Span<byte> bytes = stackalloc byte[32];
        for (int i = 0; i < count; i++)
        {
            random.NextBytes(bytes);
            hashes[i] = PdqHash.FromBytes(bytes);
            ids[i] = i + 1;
        }

        return (ids, hashes);
    }

    /// <summary>
    /// Alternately a random hash (almost never within <paramref name="radius"/> of anything) and an indexed hash
    /// with 0-<paramref name="radius"/> random bits flipped (at least one match).
    /// </summary>
    public static PdqHash[] Queries(PdqHash[] indexed, int count, int radius, Random random)
    {
        var queries = new PdqHash[count];
        Span<byte> bytes = stackalloc byte[32];
        for (int q = 0; q < count; q++)
        {
            random.NextBytes(bytes);
            queries[q] = q % 2 == 0
                ? PdqHash.FromBytes(bytes)
                : FlipBits(indexed[random.Next(indexed.Length)], random.Next(0, radius + 1), random);
        }

        return queries;
    }

    /// <summary><paramref name="hash"/> with exactly <paramref name="distance"/> distinct random bits flipped.</summary>
    public static PdqHash FlipBits(PdqHash hash, int distance, Random random)
    {
        Span<ulong> words = [hash.W0, hash.W1, hash.W2, hash.W3];
        Span<int> bits = stackalloc int[256];
        for (int i = 0; i < bits.Length; i++)
        {
            bits[i] = i;
        }

        for (int i = 0; i < distance; i++)
        {
            int pick = random.Next(i, 256);
            (bits[i], bits[pick]) = (bits[pick], bits[i]);
            words[bits[i] >> 6] ^= 1UL << bits[i];
        }

        return new PdqHash(words[0], words[1], words[2], words[3]);
    }
}
