using Mizan.Core.Text;
using Mizan.Core.Text.Matching;
using static Mizan.Core.Tests.Text.Matching.TextMatchingTestData;

namespace Mizan.Core.Tests.Text.Matching;

public sealed class TextIndexTests
{
    private const double MinSimilarity = TextMatchOptions.RecommendedMinSimilarity;
    private const double MinContainment = TextMatchOptions.RecommendedMinContainment;

    private static readonly TextFingerprintBuilder s_builder = new(TextMatchOptions.Default);

    private static TextFingerprint Fingerprint(string text) => StandInNormalizer.Fingerprint(s_builder, text);

    private static List<TextMatch> Search(TextIndex index, string text, double minSimilarity = MinSimilarity, double minContainment = MinContainment)
    {
        var results = new List<TextMatch>();
        index.Search(Fingerprint(text), minSimilarity, minContainment, results);
        return results;
    }

    [Fact]
    public void Search_ExactCopy_SimilarityOne()
    {
        var random = new Random(1);
        using var index = new TextIndex();
        string known = Generate(random, 120);
        index.Add(7, Fingerprint(known));
        index.Add(8, Fingerprint(Generate(random, 120)));

        TextMatch match = Assert.Single(Search(index, known));

        Assert.Equal(7, match.Id);
        Assert.Equal(TextChannel.Match, match.Channel);
        Assert.Equal(1.0, match.Similarity);
        Assert.Equal(1.0, match.Containment);
        Assert.Equal(new TextSpan(0, known.Length), match.Span);
    }

    [Theory]
    [InlineData(60)]
    [InlineData(300)]
    public void Search_TenPercentOfWordsReplaced_RecallAtLeast95Percent(int words)
    {
        var random = new Random(words);
        using var index = new TextIndex();
        var known = new string[100];
        for (int i = 0; i < known.Length; i++)
        {
            known[i] = Generate(random, words);
            index.Add(i, Fingerprint(known[i]));
        }

        int found = 0;
        for (int i = 0; i < known.Length; i++)
        {
            List<TextMatch> results = Search(index, ReplaceWords(known[i], 0.1, random));
            Assert.All(results, r => Assert.Equal(i, r.Id));
            found += results.Count;
        }

        Assert.True(found >= 95, $"found {found} of 100");
    }

    [Fact]
    public void Search_KnownPassageInsidePostFiveTimesLonger_FoundByContainmentWithItsSpan()
    {
        var random = new Random(3);
        using var index = new TextIndex();
        for (int trial = 0; trial < 20; trial++)
        {
            string known = Generate(random, 80);
            index.Add(trial, Fingerprint(known));
            string before = Generate(random, random.Next(0, 320));
            string after = Generate(random, 320 - Split(before).Length);
            string post = (before.Length > 0 ? before + " " : "") + known + " " + after;
            int start = post.IndexOf(known, StringComparison.Ordinal);

            TextMatch match = Assert.Single(Search(index, post), m => m.Id == trial);

            Assert.True(match.Containment >= 0.9, $"containment {match.Containment}");
            Assert.True(match.Similarity < MinSimilarity, $"similarity {match.Similarity}: the test should need containment");
            AssertSpanCovers(match.Span, new TextSpan(start, start + known.Length));
        }
    }

    [Fact]
    public void Search_LongKnownItemInsideLongerPost_FoundThroughPassages()
    {
        var random = new Random(4);
        using var index = new TextIndex();
        string known = Generate(random, 300);
        index.Add(1, Fingerprint(known));
        string post = Generate(random, 600) + " " + known + " " + Generate(random, 600);

        TextMatch match = Assert.Single(Search(index, post));

        Assert.True(match.Containment >= 0.95, $"containment {match.Containment}");
        int start = post.IndexOf(known, StringComparison.Ordinal);
        AssertSpanCovers(match.Span, new TextSpan(start, start + known.Length));
    }

    [Fact]
    public void Search_WordsShuffledWithinEightWordWindows_FoundViaWordSet()
    {
        var random = new Random(5);
        using var index = new TextIndex();
        var known = new string[50];
        for (int i = 0; i < known.Length; i++)
        {
            known[i] = Generate(random, 100);
            index.Add(i, Fingerprint(known[i]));
        }

        for (int i = 0; i < known.Length; i++)
        {
            string shuffled = ShuffleWithinWindows(known[i], 8, random);
            (double similarity, _) = TextIndex.Compare(
                Fingerprint(known[i])[TextChannel.Match].Shingles, Fingerprint(shuffled)[TextChannel.Match].Shingles);

            TextMatch match = Assert.Single(Search(index, shuffled));

            Assert.Equal(i, match.Id);
            Assert.True(similarity < 0.6, $"character similarity {similarity}: shuffling should hurt it");
            if (match.Channel == TextChannel.WordSet)
            {
                Assert.Equal(1.0, match.Similarity);
            }
        }
    }

    [Fact]
    public void Search_WordsShuffledWithOnlyWordSetAbleToMatch_ReportsWordSet()
    {
        var random = new Random(6);
        using var index = new TextIndex();
        string known = Generate(random, 100);
        index.Add(1, Fingerprint(known));
        string shuffled = ShuffleWithinWindows(known, 8, random);

        TextMatch match = Assert.Single(Search(index, shuffled, 0.9, 0.95));

        Assert.Equal(TextChannel.WordSet, match.Channel);
        Assert.Equal(1.0, match.Similarity);
    }

    [Fact]
    public void Search_SpacesInsideWords_FoundViaSpaceless()
    {
        var random = new Random(7);
        using var index = new TextIndex();
        var known = new string[50];
        for (int i = 0; i < known.Length; i++)
        {
            known[i] = Generate(random, 100);
            index.Add(i, Fingerprint(known[i]));
        }

        for (int i = 0; i < known.Length; i++)
        {
            string broken = BreakWords(known[i], 0.3, random, i % 2 == 0 ? " " : " . ");

            TextMatch match = Assert.Single(Search(index, broken));

            Assert.Equal(i, match.Id);
            Assert.Equal(TextChannel.Spaceless, match.Channel);
            Assert.True(match.Similarity > 0.9, $"similarity {match.Similarity}");
        }
    }

    [Fact]
    public void Search_UnrelatedTexts_NoResults()
    {
        var random = new Random(8);
        using var index = new TextIndex();
        for (int i = 0; i < 3000; i++)
        {
            index.Add(i, Fingerprint(Generate(random, random.Next(20, 200))));
        }

        int reported = 0;
        for (int q = 0; q < 300; q++)
        {
            // The floors (0.3 / 0.5), lower than any bank should use.
            reported += Search(index, Generate(random, random.Next(20, 400)), 0, 0).Count;
        }

        Assert.Equal(0, reported);
    }

    [Fact]
    public void Search_UnrelatedPosts_FewLshCandidatesToVerify()
    {
        // The cost of a search is its candidates: unrelated posts should rarely collide in any band (this guards
        // the word-set banding, whose common words once made most of the chance candidates).
        var random = new Random(18);
        using var index = new TextIndex();
        for (int i = 0; i < 5000; i++)
        {
            index.Add(i, Fingerprint(Generate(random, random.Next(60, 81))));
        }

        int items = 0;
        for (int q = 0; q < 100; q++)
        {
            items += index.CountCandidates(Fingerprint(Generate(random, 300))).Items;
        }

        Assert.True(items <= 50, $"{items} candidate items for 100 unrelated posts over 5,000 items");
    }

    [Fact]
    public void Remove_IndexedItem_NoLongerFound()
    {
        var random = new Random(9);
        using var index = new TextIndex();
        string a = Generate(random, 100);
        string b = Generate(random, 100);
        index.Add(1, Fingerprint(a));
        index.Add(2, Fingerprint(b));

        Assert.True(index.Remove(1));

        Assert.False(index.Remove(1));
        Assert.Equal(1, index.Count);
        Assert.Empty(Search(index, a));
        Assert.Equal(2, Assert.Single(Search(index, b)).Id);
    }

    [Fact]
    public void Add_ExistingId_ReplacesTheItem()
    {
        var random = new Random(10);
        using var index = new TextIndex();
        string a = Generate(random, 100);
        string b = Generate(random, 100);
        index.Add(1, Fingerprint(a));

        index.Add(1, Fingerprint(b));

        Assert.Equal(1, index.Count);
        Assert.Empty(Search(index, a));
        Assert.Equal(1, Assert.Single(Search(index, b)).Id);
    }

    [Fact]
    public void Add_TooShortFingerprint_NotIndexedAndEarlierItemRemoved()
    {
        var random = new Random(11);
        using var index = new TextIndex();
        string a = Generate(random, 100);
        index.Add(1, Fingerprint(a));
        TextFingerprint tooShort = Fingerprint("one two three");
        Assert.True(tooShort.TooShort);

        index.Add(1, tooShort);

        Assert.Equal(0, index.Count);
        Assert.Empty(Search(index, a));
        Assert.Empty(Search(index, "one two three"));
    }

    [Fact]
    public void Remove_MostItems_CompactsAndTheRestAreStillFound()
    {
        var random = new Random(12);
        using var index = new TextIndex();
        var texts = new string[3000];
        for (int i = 0; i < texts.Length; i++)
        {
            texts[i] = Generate(random, 50);
            index.Add(i, Fingerprint(texts[i]));
        }

        long before = index.EstimatedMemoryBytes;
        for (int i = 0; i < texts.Length; i++)
        {
            if (i % 10 != 0)
            {
                Assert.True(index.Remove(i));
            }
        }

        Assert.Equal(300, index.Count);
        Assert.True(index.EstimatedMemoryBytes < before, "compaction should release memory");
        for (int i = 0; i < texts.Length; i += 37)
        {
            List<TextMatch> results = Search(index, texts[i]);
            if (i % 10 == 0)
            {
                Assert.Equal(i, Assert.Single(results).Id);
            }
            else
            {
                Assert.Empty(results);
            }
        }
    }

    [Fact]
    public void Search_RandomPairsAtEverySimilarity_ReportsOnlyPairsAboveAThresholdAndFindsHighOnes()
    {
        // Property: whatever LSH or the anchors propose, a reported pair has exact Jaccard or containment at or
        // above the thresholds in its channel; and planted pairs of high similarity are found.
        var random = new Random(13);
        using var index = new TextIndex();
        var known = new string[400];
        var fingerprints = new TextFingerprint[known.Length];
        for (int i = 0; i < known.Length; i++)
        {
            known[i] = Generate(random, random.Next(40, 160));
            fingerprints[i] = Fingerprint(known[i]);
            index.Add(i, fingerprints[i]);
        }

        int planted = 0;
        int plantedFound = 0;
        for (int q = 0; q < 400; q++)
        {
            int source = random.Next(known.Length);
            double share = random.NextDouble() * 0.6;
            string query = q % 3 == 0
                ? ReplaceWords(known[source], share, random)
                : q % 3 == 1
                    ? Generate(random, 30) + " " + ReplaceWords(known[source], share / 2, random) + " " + Generate(random, 200)
                    : Generate(random, 150);
            TextFingerprint fingerprint = Fingerprint(query);
            var results = new List<TextMatch>();
            double minSimilarity = 0.4 + (random.NextDouble() * 0.4);
            double minContainment = 0.5 + (random.NextDouble() * 0.4);
            index.Search(fingerprint, minSimilarity, minContainment, results);

            Assert.Equal(results.Count, results.Select(r => r.Id).Distinct().Count());
            foreach (TextMatch match in results)
            {
                TextChannelFingerprint k = fingerprints[match.Id][match.Channel];
                TextChannelFingerprint compared = k.ShingleSize == fingerprint[match.Channel].ShingleSize
                    ? fingerprint[match.Channel]
                    : fingerprint.ShortShingles((int)match.Channel); // a short item in a long query: compared at its size
                (double similarity, double containment) = TextIndex.Compare(k.Shingles, compared.Shingles);
                Assert.Equal(similarity, match.Similarity, 12);

                // Containment is exact, counted in the region holding the item when the query is much longer.
                Assert.InRange(match.Containment, 0, containment + 1e-12);
                Assert.True(match.Similarity >= minSimilarity || match.Containment >= minContainment);
            }

            (double exact, double contained) = TextIndex.Compare(
                fingerprints[source][TextChannel.Match].Shingles, fingerprint[TextChannel.Match].Shingles);
            if (q % 3 != 2 && (exact >= 0.8 || contained >= 0.9))
            {
                planted++;
                plantedFound += results.Exists(r => r.Id == source) ? 1 : 0;
            }
        }

        Assert.True(planted > 50, $"only {planted} planted pairs");
        Assert.Equal(planted, plantedFound);
    }

    [Fact]
    public async Task Search_WhileAddingAndRemovingOnAnotherThread_SeesWholeItems()
    {
        var random = new Random(14);
        using var index = new TextIndex();
        var texts = new string[600];
        var fingerprints = new TextFingerprint[texts.Length];
        for (int i = 0; i < texts.Length; i++)
        {
            texts[i] = Generate(random, 60);
            fingerprints[i] = Fingerprint(texts[i]);
        }

        for (int i = 0; i < 300; i++)
        {
            index.Add(i, fingerprints[i]);
        }

        CancellationToken cancellation = TestContext.Current.CancellationToken;
        Task writer = Task.Run(
            () =>
        {
            for (int round = 0; round < 3; round++)
            {
                for (int i = 300; i < texts.Length; i++)
                {
                    index.Add(i, fingerprints[i]);
                }

                for (int i = 300; i < texts.Length; i++)
                {
                    index.Remove(i);
                }
            }
        },
            cancellation);

        Task[] readers = new Task[2];
        for (int t = 0; t < readers.Length; t++)
        {
            int seed = t;
            readers[t] = Task.Run(
                () =>
            {
                var results = new List<TextMatch>();
                var local = new Random(seed);
                while (!writer.IsCompleted)
                {
                    // The first 300 are never removed: always exactly found.
                    int i = local.Next(300);
                    results.Clear();
                    index.Search(fingerprints[i], MinSimilarity, MinContainment, results);
                    Assert.Equal(i, Assert.Single(results).Id);
                }
            },
                cancellation);
        }

        await Task.WhenAll([writer, .. readers]);
        Assert.Equal(300, index.Count);
    }

    [Fact]
    public void Search_ThresholdAboveOne_Throws()
    {
        using var index = new TextIndex();
        TextFingerprint query = Fingerprint(Generate(new Random(15), 50));

        Assert.Throws<ArgumentOutOfRangeException>(() => index.Search(query, 1.5, 0.7, []));
        Assert.Throws<ArgumentOutOfRangeException>(() => index.Search(query, 0.5, double.NaN, []));
    }

    [Fact]
    public void Add_FingerprintFromOtherOptions_Throws()
    {
        using var index = new TextIndex();
        var other = new TextFingerprintBuilder(new TextMatchOptions { SignatureSize = 64, Bands = 12, WordSetBands = 8 });

        Assert.Throws<ArgumentException>(() => index.Add(1, StandInNormalizer.Fingerprint(other, Generate(new Random(16), 50))));
    }

    [Fact]
    public void EstimatedMemoryBytes_GrowsWithItems()
    {
        var random = new Random(17);
        using var index = new TextIndex();
        long empty = index.EstimatedMemoryBytes;
        for (int i = 0; i < 1000; i++)
        {
            index.Add(i, Fingerprint(Generate(random, 70)));
        }

        long perItem = (index.EstimatedMemoryBytes - empty) / 1000;

        Assert.InRange(perItem, 1000, 20_000);
    }

    [Theory]
    [InlineData(12)]
    [InlineData(25)]
    [InlineData(39)]
    public void Search_ShortItemInsideAPostManyTimesLonger_FoundWithItsSpan(int words)
    {
        var random = new Random(words);
        using var index = new TextIndex();
        string known = Generate(random, words);
        index.Add(1, Fingerprint(known));
        for (int i = 2; i < 300; i++)
        {
            index.Add(i, Fingerprint(Generate(random, i % 2 == 0 ? 30 : 120)));
        }

        string before = Generate(random, 5 * words / 2) + " ";
        string post = before + known + " " + Generate(random, 5 * words / 2);

        TextMatch match = Assert.Single(Search(index, post));

        Assert.Equal(1, match.Id);
        Assert.Equal(TextChannel.Match, match.Channel);
        Assert.Equal(1.0, match.Containment);
        AssertSpanCovers(match.Span, new TextSpan(before.Length, before.Length + known.Length));
    }

    [Fact]
    public void Search_ShortItemWithAWordReplacedInsideALongPost_Found()
    {
        var random = new Random(3);
        using var index = new TextIndex();
        string known = Generate(random, 30);
        index.Add(1, Fingerprint(known));
        string[] edited = Split(known);
        edited[15] = "replacement";
        string post = Generate(random, 80) + " " + string.Join(' ', edited) + " " + Generate(random, 80);

        TextMatch match = Assert.Single(Search(index, post));

        Assert.Equal(1, match.Id);
        Assert.InRange(match.Containment, MinContainment, 1.0);
    }

    [Fact]
    public void Search_LongPostsNotHoldingAnyShortItem_FindNothing()
    {
        var random = new Random(4);
        using var index = new TextIndex();
        for (int i = 0; i < 500; i++)
        {
            index.Add(i, Fingerprint(Generate(random, 10 + (i % 30))));
        }

        for (int q = 0; q < 100; q++)
        {
            Assert.Empty(Search(index, Generate(random, 300)));
        }
    }

    [Fact]
    public void Search_ShortItemAfterCompaction_StillFoundUnderItsId()
    {
        var random = new Random(5);
        using var index = new TextIndex();
        var texts = new Dictionary<long, string>();
        for (int i = 0; i < 2400; i++)
        {
            texts[i] = Generate(random, 20);
            index.Add(i, Fingerprint(texts[i]));
        }

        for (int i = 0; i < 1800; i++)
        {
            Assert.True(index.Remove(i));
        }

        string post = Generate(random, 100) + " " + texts[2100] + " " + Generate(random, 100);

        TextMatch match = Assert.Single(Search(index, post));
        Assert.Equal(2100, match.Id);
        Assert.Empty(Search(index, Generate(random, 100) + " " + texts[100] + " " + Generate(random, 100)));
    }

    /// <summary>
    /// The reported span covers the planted region to within a word at either end: an n-gram or common word
    /// just outside it may also occur in the known item.
    /// </summary>
    private static void AssertSpanCovers(TextSpan actual, TextSpan expected)
    {
        const int Slack = 16;
        Assert.InRange(actual.Start, expected.Start - Slack, expected.Start + Slack);
        Assert.InRange(actual.End, expected.End - Slack, expected.End + Slack);
    }
}
