using Mizan.Core.Text;
using Mizan.Core.Text.Matching;
using static Mizan.Core.Tests.Text.Matching.TextMatchingTestData;

namespace Mizan.Core.Tests.Text.Matching;

public sealed class TextFingerprintBuilderTests
{
    private static readonly TextFingerprintBuilder s_builder = new(TextMatchOptions.Default);

    [Fact]
    public void Build_FewWords_TooShortWithNoShingles()
    {
        TextFingerprint fingerprint = StandInNormalizer.Fingerprint(s_builder, "seven words are not enough here now");

        Assert.True(fingerprint.TooShort);
        Assert.Equal(7, fingerprint.WordCount);
        foreach (TextChannel channel in TextFingerprint.Channels)
        {
            Assert.True(fingerprint[channel].Shingles.IsEmpty);
            Assert.Equal(0, fingerprint[channel].SignatureCount);
        }
    }

    [Fact]
    public void Build_ShortText_UsesFourGramsAndNoPassages()
    {
        TextFingerprint fingerprint = StandInNormalizer.Fingerprint(s_builder, Generate(new Random(1), 30));

        Assert.False(fingerprint.TooShort);
        Assert.Equal(4, fingerprint[TextChannel.Match].ShingleSize);
        Assert.Equal(1, fingerprint[TextChannel.WordSet].ShingleSize);
        Assert.Equal(0, fingerprint[TextChannel.Match].PassageCount);
        Assert.Equal(128, fingerprint[TextChannel.Match].WholeSignature.Length);
    }

    [Theory]
    [InlineData(80, 0)]
    [InlineData(81, 2)] // blocks of 40 words: 40, 40, 1 → passages (0,1) and (1,2)
    [InlineData(300, 7)]
    public void Build_LongText_PassagesOfTwoBlocksWithHalfOverlap(int words, int passages)
    {
        TextFingerprint fingerprint = StandInNormalizer.Fingerprint(s_builder, Generate(new Random(words), words));

        Assert.Equal(5, fingerprint[TextChannel.Match].ShingleSize);
        foreach (TextChannel channel in TextFingerprint.Channels)
        {
            Assert.Equal(passages, fingerprint[channel].PassageCount);
        }
    }

    [Fact]
    public void Build_Passage_EqualsFingerprintOfItsWordsAlone()
    {
        // Passage p covers words [40p, 40p + 80): its signature must equal that of the passage fingerprinted alone
        // (the whole-text signature of an 80-word text), in the character channels and the word channel.
        string text = Generate(new Random(2), 200);
        string[] words = Split(text);
        TextFingerprint whole = StandInNormalizer.Fingerprint(s_builder, text);
        for (int p = 0; p < whole[TextChannel.Match].PassageCount - 1; p++)
        {
            string passage = string.Join(' ', words.Skip(40 * p).Take(80));
            TextFingerprint alone = StandInNormalizer.Fingerprint(s_builder, passage);
            foreach (TextChannel channel in TextFingerprint.Channels)
            {
                ReadOnlySpan<uint> expected = alone[channel].WholeSignature;
                ReadOnlySpan<uint> actual = whole[channel].PassageSignature(p);

                // Shingles that straddle a block boundary belong to the block of their first character, so the
                // last shingles of a passage's text differ; nearly all slots agree.
                int same = 0;
                for (int i = 0; i < expected.Length; i++)
                {
                    same += expected[i] == actual[i] ? 1 : 0;
                }

                Assert.True(same >= 120, $"{channel} passage {p}: {same} of 128 slots agree");
            }
        }
    }

    [Fact]
    public void Build_Shingles_SortedDistinctAndOccurrencesInTextOrder()
    {
        TextFingerprint fingerprint = StandInNormalizer.Fingerprint(s_builder, Generate(new Random(3), 120));
        foreach (TextChannel channel in TextFingerprint.Channels)
        {
            TextChannelFingerprint c = fingerprint[channel];
            ReadOnlySpan<uint> shingles = c.Shingles;
            for (int i = 1; i < shingles.Length; i++)
            {
                Assert.True(shingles[i - 1] < shingles[i]);
            }

            Assert.True(c.OccurrenceCount >= shingles.Length);
            for (int i = 0; i < c.OccurrenceCount; i++)
            {
                Assert.True(shingles.BinarySearch(c.OccurrenceHashes[i]) >= 0);
            }
        }

        Assert.Equal(120, fingerprint[TextChannel.WordSet].OccurrenceCount);
    }

    [Fact]
    public void Build_SameTextTwice_IdenticalFingerprints()
    {
        string text = Generate(new Random(4), 150);
        TextFingerprint a = StandInNormalizer.Fingerprint(s_builder, text);
        TextFingerprint b = StandInNormalizer.Fingerprint(s_builder, text);
        foreach (TextChannel channel in TextFingerprint.Channels)
        {
            Assert.True(a[channel].Shingles.SequenceEqual(b[channel].Shingles));
            for (int row = 0; row < a[channel].SignatureCount; row++)
            {
                Assert.True(a[channel].Signature(row).SequenceEqual(b[channel].Signature(row)));
            }
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(8)]
    public void HashAllChars_EveryPosition_EqualsHashChars(int n)
    {
        var random = new Random(n);
        for (int length = n; length < n + 40; length++)
        {
            var chars = new char[length];
            for (int i = 0; i < length; i++)
            {
                chars[i] = (char)random.Next(0x20, 0x700);
            }

            var hashes = new ulong[length - n + 1];
            Shingling.HashAllChars(chars, n, hashes);

            for (int i = 0; i < hashes.Length; i++)
            {
                Assert.Equal(Shingling.HashChars(chars, i, n), hashes[i]);
            }
        }
    }

    [Fact]
    public void Hashes_KnownAnswers_StableAcrossReleases()
    {
        // Stored shingle sets and band keys depend on these values: a change needs a re-index of every bank.
        Assert.Equal(0x7A7F5110645080CDUL, Shingling.HashChars("hello", 0, 5)); // Latin 5-gram
        Assert.Equal(0xF32A1D23F356F2DAUL, Shingling.HashChars("\u0645\u0631\u062D\u0628\u0627", 0, 5)); // Arabic 5-gram
        Assert.Equal(0x8FD60508BA523899UL, Shingling.HashChars("abc", 0, 5)); // text shorter than n: one short shingle
        Assert.Equal(0xDEFF329F49165AFAUL, Shingling.HashWord("market")); // WordSet word
        Assert.Equal(0xD471343CU, Shingling.BandKey([1, 2, 3, 4, 5], 0)); // band key of five slots
        Assert.Equal(Shingling.HashChars("hello", 0, 5), Shingling.HashChars("hello world", 0, 5));
        Assert.NotEqual(Shingling.HashChars("hell", 0, 4), Shingling.HashChars("hell", 0, 5)); // n is part of the hash
        Assert.NotEqual(Shingling.HashChars("abcde", 0, 5), Shingling.HashChars("bcdea", 0, 5));
    }
}
