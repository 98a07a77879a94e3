using Mizan.Core.Hashing;
using Mizan.Core.Indexing;
using static Mizan.Core.Tests.Indexing.PdqTestData;

namespace Mizan.Core.Tests.Indexing;

public sealed class PdqIndexLayoutTests
{
    public static TheoryData<int> Counts() => [8192, 100_000, 1_000_000, 10_000_000, 100_000_000];

    [Theory]
    [MemberData(nameof(Counts))]
    public void Radii_EveryDistance_CoverThePigeonholeBound(int count)
    {
        PdqIndexLayout? layout = PdqIndexLayout.Choose(count);
        Assert.NotNull(layout);
        int indexedUpTo = -1;
        for (int distance = 0; distance <= 256; distance++)
        {
            sbyte[]? radii = layout.Radii(distance);
            if (radii is null)
            {
                continue;
            }

            // Σ(r_i + 1) ≥ R + 1: a hash missed by every chunk differs by more than R.
            int sum = 0;
            for (int c = 0; c < radii.Length; c++)
            {
                Assert.InRange(radii[c], -1, layout.Width(c));
                sum += radii[c] + 1;
            }

            Assert.True(sum >= distance + 1, $"radius {distance}: Σ(r+1) = {sum}");
            indexedUpTo = distance;
        }

        Assert.True(indexedUpTo >= PdqIndexLayout.DefaultRadius, $"default radius not indexed at {count}");
    }

    [Fact]
    public void Choose_SmallCount_ScansInstead() => Assert.Null(PdqIndexLayout.Choose(PdqIndexLayout.MinIndexedCount - 1));

    [Fact]
    public void Choose_TenMillion_KeepsHeadsWithinBudget()
    {
        PdqIndexLayout layout = PdqIndexLayout.Choose(10_000_000)!;
        long heads = 0;
        int bits = 0;
        for (int c = 0; c < layout.ChunkCount; c++)
        {
            Assert.InRange(layout.Width(c), 1, PdqIndexLayout.MaxWidth);
            heads += 4L << layout.Width(c);
            bits += layout.Width(c);
        }

        Assert.Equal(256, bits);
        Assert.True(heads <= PdqIndexLayout.HeadsBudgetPerEntry * 10_000_000, $"{heads} bytes of heads");
    }

    [Fact]
    public void Key_ChunksAcrossWordBoundaries_MatchBitByBitExtraction()
    {
        var random = new Random(77);
        int[] widths = [13, 7, 24, 1, 32, 19, 20, 12, 30, 22, 11, 9, 17, 3, 20, 16];
        Assert.Equal(256, widths.Sum());
        PdqIndexLayout layout = PdqIndexLayout.Create(widths, 1000);
        for (int n = 0; n < 100; n++)
        {
            PdqHash hash = RandomHash(random);
            ReadOnlySpan<ulong> words = [hash.W0, hash.W1, hash.W2, hash.W3];
            int start = 0; // counted from the most significant bit, bit 255
            for (int c = 0; c < widths.Length; c++)
            {
                uint expected = 0;
                for (int i = 0; i < widths[c]; i++)
                {
                    expected = (expected << 1) | (hash.GetBit(255 - (start + i)) ? 1u : 0u);
                }

                Assert.Equal(expected, layout.Key(c, words));
                start += widths[c];
            }
        }
    }
}
