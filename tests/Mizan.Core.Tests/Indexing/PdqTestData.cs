using Mizan.Core.Hashing;
using Mizan.Core.Indexing;

namespace Mizan.Core.Tests.Indexing;

/// <summary>Seeded random hashes and helpers shared by the index tests.</summary>
internal static class PdqTestData
{
    public static PdqHash RandomHash(Random random)
    {
        Span<byte> bytes = stackalloc byte[32];
        random.NextBytes(bytes);
        return PdqHash.FromBytes(bytes);
    }

    /// <summary><paramref name="hash"/> with exactly <paramref name="distance"/> distinct random bits flipped.</summary>
    public static PdqHash FlipBits(PdqHash hash, int distance, Random random)
    {
        Span<int> bits = stackalloc int[256];
        for (int i = 0; i < bits.Length; i++)
        {
            bits[i] = i;
        }

        Span<ulong> words = [hash.W0, hash.W1, hash.W2, hash.W3];
        for (int i = 0; i < distance; i++)
        {
            int pick = random.Next(i, 256);
            (bits[i], bits[pick]) = (bits[pick], bits[i]);
            words[bits[i] >> 6] ^= 1UL << bits[i];
        }

        return new PdqHash(words[0], words[1], words[2], words[3]);
    }

    public static PdqHash[] RandomHashes(Random random, int count)
    {
        var hashes = new PdqHash[count];
        for (int i = 0; i < count; i++)
        {
            hashes[i] = RandomHash(random);
        }

        return hashes;
    }

    public static long[] SequentialIds(int count, long first = 1)
    {
        var ids = new long[count];
        for (int i = 0; i < count; i++)
        {
            ids[i] = first + i;
        }

        return ids;
    }

    /// <summary>Results sorted by id then distance, for comparison as sets.</summary>
    public static List<PdqMatch> Sorted(List<PdqMatch> matches)
    {
        var sorted = new List<PdqMatch>(matches);
        sorted.Sort(static (a, b) => a.Id != b.Id ? a.Id.CompareTo(b.Id) : a.Distance.CompareTo(b.Distance));
        return sorted;
    }

    /// <summary>Asserts both indexes return the same set of (id, distance), and the index under test no duplicates.</summary>
    public static void AssertSameResults(IPdqIndex expected, IPdqIndex actual, PdqHash query, int maxDistance)
    {
        var expectedMatches = new List<PdqMatch>();
        var actualMatches = new List<PdqMatch>();
        expected.Search(query, maxDistance, expectedMatches);
        actual.Search(query, maxDistance, actualMatches);
        List<PdqMatch> want = Sorted(expectedMatches);
        List<PdqMatch> got = Sorted(actualMatches);
        if (!want.SequenceEqual(got))
        {
            Assert.Fail(
                $"Query {query} at radius {maxDistance}: expected {want.Count} matches, got {got.Count}. "
                + $"Missing: {string.Join(", ", want.Except(got))}. Unexpected or repeated: {Describe(got, want)}.");
        }
    }

    /// <summary>Layouts that exercise the index on small data: every chunk used, widths uneven, bits left over.</summary>
    public static TheoryData<string> LayoutNames() => ["auto", "16x16", "21 chunks", "uneven"];

    public static Func<int, PdqIndexLayout?> LayoutPolicy(string name) => name switch
    {
        "auto" => PdqIndexLayout.Choose,
        // FAISS IndexBinaryMultiHash's choice for PDQ: 16 slots of 16 bits.
        "16x16" => static n => PdqIndexLayout.Create(Repeat(16, 16), n, alwaysIndexed: true),
        // Widths 13 and 12: chunks straddle word boundaries at varying offsets.
        "21 chunks" => static n => PdqIndexLayout.Create([13, 13, 13, 13, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12], n, alwaysIndexed: true),
        // Uneven widths that cover only 182 of the 256 bits (the bits left over only add distance).
        "uneven" => static n => PdqIndexLayout.Create([5, 16, 9, 12, 3, 14, 8, 16, 10, 11, 7, 15, 13, 6, 16, 1, 10, 10], n, alwaysIndexed: true),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    private static int[] Repeat(int width, int count)
    {
        var widths = new int[count];
        Array.Fill(widths, width);
        return widths;
    }

    private static string Describe(List<PdqMatch> got, List<PdqMatch> want)
    {
        var extra = new List<PdqMatch>(got);
        foreach (PdqMatch match in want)
        {
            extra.Remove(match);
        }

        return string.Join(", ", extra);
    }
}
