using Mizan.Core.Text.Matching;

namespace Mizan.Core.Tests.Text.Matching;

public sealed class MinHasherTests
{
    private const int K = 128;

    [Theory]
    [InlineData(MinHashScheme.OnePermutation, 2000)]
    [InlineData(MinHashScheme.OnePermutation, 60)]
    [InlineData(MinHashScheme.Classic, 2000)]
    [InlineData(MinHashScheme.Classic, 60)]
    public void Signature_SetsAtKnownJaccard_EstimateWithinFourStandardErrors(MinHashScheme scheme, int size)
    {
        var random = new Random(size + (int)scheme);
        foreach (double target in new[] { 0.2, 0.5, 0.8 })
        {
            double sumError = 0;
            const int Trials = 40;
            for (int t = 0; t < Trials; t++)
            {
                // |A ∩ B| = s, |A| = |B| = size: J = s / (2·size − s).
                int shared = (int)Math.Round(2 * size * target / (1 + target));
                ulong[] a = RandomHashes(random, size);
                ulong[] b = RandomHashes(random, size);
                Array.Copy(a, b, shared);
                double exact = shared / (double)((2 * size) - shared);
                double estimate = Agreement(Signature(scheme, a), Signature(scheme, b));
                sumError += estimate - exact;
                Assert.InRange(estimate, exact - (4 * StandardError(exact)), exact + (4 * StandardError(exact)));
            }

            // No systematic bias (densification must not skew sparse sets).
            Assert.InRange(sumError / Trials, -0.03, 0.03);
        }
    }

    [Theory]
    [InlineData(MinHashScheme.OnePermutation)]
    [InlineData(MinHashScheme.Classic)]
    public void Merge_RawSignaturesOfTwoParts_EqualsSignatureOfTheUnion(MinHashScheme scheme)
    {
        var random = new Random(3);
        ulong[] a = RandomHashes(random, 300);
        ulong[] b = RandomHashes(random, 200);
        uint[] left = Raw(scheme, a);
        uint[] right = Raw(scheme, b);

        MinHasher.Merge(left, right);

        Assert.Equal(Raw(scheme, [.. a, .. b]), left);
    }

    [Fact]
    public void Finish_SparseOnePermutationSignature_FillsEveryBinFromANonEmptyOne()
    {
        ulong[] hashes = RandomHashes(new Random(4), 10);
        uint[] raw = Raw(MinHashScheme.OnePermutation, hashes);
        uint[] signature = (uint[])raw.Clone();

        Assert.True(MinHasher.Finish(MinHashScheme.OnePermutation, signature));

        Assert.DoesNotContain(MinHasher.Empty, signature);
        Assert.All(signature, v => Assert.Contains(v, raw));
        for (int i = 0; i < K; i++)
        {
            if (raw[i] != MinHasher.Empty)
            {
                Assert.Equal(raw[i], signature[i]);
            }
        }
    }

    [Theory]
    [InlineData(16, 1)]
    [InlineData(128, 1)]
    [InlineData(128, 3)]
    [InlineData(128, 40)]
    [InlineData(128, 300)]
    [InlineData(1024, 2)]
    [InlineData(1024, 700)]
    public void Finish_OnePermutation_EqualsProbingEveryEmptyBinInTurn(int size, int shingles)
    {
        // The oracle: each empty bin takes the first non-empty bin of its probe sequence, computed probe by probe
        // (few shingles: most bins need more probes than the table holds).
        const ulong DensifySeed = 0xA4093822299F31D0;
        var random = new Random(size + shingles);
        uint[] raw = new uint[size];
        MinHasher.Clear(raw);
        foreach (ulong hash in RandomHashes(random, shingles))
        {
            MinHasher.Update(MinHashScheme.OnePermutation, raw, hash);
        }

        uint[] expected = (uint[])raw.Clone();
        for (int i = 0; i < size; i++)
        {
            for (ulong attempt = 1; expected[i] == MinHasher.Empty; attempt++)
            {
                int j = (int)(Shingling.Mix(DensifySeed ^ ((ulong)i << 32) ^ attempt) & (ulong)(size - 1));
                expected[i] = raw[j];
            }
        }

        uint[] signature = (uint[])raw.Clone();
        Assert.True(MinHasher.Finish(MinHashScheme.OnePermutation, signature));

        Assert.Equal(expected, signature);
    }

    [Fact]
    public void Finish_NoShingles_ReturnsFalse()
    {
        uint[] signature = new uint[K];
        MinHasher.Clear(signature);

        Assert.False(MinHasher.Finish(MinHashScheme.OnePermutation, signature));
        Assert.False(MinHasher.Finish(MinHashScheme.Classic, signature));
    }

    [Fact]
    public void Signature_SameSetInAnotherOrder_Identical()
    {
        ulong[] hashes = RandomHashes(new Random(5), 500);
        ulong[] reversed = [.. hashes.Reverse()];

        Assert.Equal(Signature(MinHashScheme.OnePermutation, hashes), Signature(MinHashScheme.OnePermutation, reversed));
        Assert.Equal(Signature(MinHashScheme.Classic, hashes), Signature(MinHashScheme.Classic, reversed));
    }

    private static double StandardError(double j) => Math.Sqrt(Math.Max(j * (1 - j), 0.01) / K);

    private static ulong[] RandomHashes(Random random, int count)
    {
        var hashes = new ulong[count];
        for (int i = 0; i < count; i++)
        {
            hashes[i] = Shingling.Mix((ulong)random.NextInt64());
        }

        return hashes;
    }

    private static uint[] Raw(MinHashScheme scheme, ulong[] hashes)
    {
        var signature = new uint[K];
        MinHasher.Clear(signature);
        foreach (ulong hash in hashes)
        {
            MinHasher.Update(scheme, signature, hash);
        }

        return signature;
    }

    private static uint[] Signature(MinHashScheme scheme, ulong[] hashes)
    {
        uint[] signature = Raw(scheme, hashes);
        MinHasher.Finish(scheme, signature);
        return signature;
    }

    private static double Agreement(uint[] a, uint[] b)
    {
        int same = 0;
        for (int i = 0; i < a.Length; i++)
        {
            same += a[i] == b[i] ? 1 : 0;
        }

        return same / (double)a.Length;
    }
}
