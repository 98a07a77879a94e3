using Mizan.Core.Text;
using Mizan.Core.Text.Background;

namespace Mizan.Core.Tests.Text.Background;

public sealed class BackgroundCorpusTests
{
    // Verse 2:255 (ayat al-kursi) is line 7 + 254 of the mushaf-ordered resource.
    private const int AyatAlKursi = 7 + 254;

    private static readonly Lazy<string[]> s_verses = new(QuranText.LoadVerses);

    [Fact]
    public void LoadVerses_EmbeddedResource_HasEveryVerse()
    {
        string[] verses = s_verses.Value;

        Assert.Equal(QuranText.VerseCount, verses.Length);
        Assert.All(verses, verse => Assert.False(string.IsNullOrWhiteSpace(verse)));
    }

    [Fact]
    public void BuiltIn_Quran_HasTensOfThousandsOfWordGrams()
    {
        Assert.InRange(BackgroundCorpus.BuiltIn.WordGramCount, 60_000, 80_000);
        Assert.Equal(0, BackgroundCorpus.Empty.WordGramCount);
    }

    [Fact]
    public void FindQuotations_VerseInsideProse_ReturnsTheVerseSpan()
    {
        string verse = s_verses.Value[AyatAlKursi];
        string before = ArabicProse.HealthNews + " ";
        string post = before + verse + " " + ArabicProse.MarketNews;

        IReadOnlyList<TextSpan> quotations = BackgroundCorpus.BuiltIn.FindQuotations(post);

        Assert.Equal([new TextSpan(before.Length, before.Length + verse.Length)], quotations);
    }

    [Fact]
    public void FindQuotations_ConsecutiveVersesAndShortOnes_ReturnOneSpan()
    {
        // 112:1-4 (surat al-ikhlas): short verses, quoted together, between two sentences.
        string verses = string.Join(' ', s_verses.Value[6221..6225]);
        string post = ArabicProse.SportsNews + "\n" + verses + "\n" + ArabicProse.MarketNews;

        IReadOnlyList<TextSpan> quotations = BackgroundCorpus.BuiltIn.FindQuotations(post);

        int start = ArabicProse.SportsNews.Length + 1;
        Assert.Equal([new TextSpan(start, start + verses.Length)], quotations);
    }

    [Fact]
    public void FindQuotations_OrdinarySpellingWithPunctuation_FindsTheVerses()
    {
        string before = ArabicProse.SportsNews + " \"";
        string post = before + ArabicProse.FatihaOrdinarySpelling + "\" " + ArabicProse.HealthNews;

        IReadOnlyList<TextSpan> quotations = BackgroundCorpus.BuiltIn.FindQuotations(post);

        Assert.Equal([new TextSpan(before.Length, before.Length + ArabicProse.FatihaOrdinarySpelling.Length)], quotations);
    }

    [Fact]
    public void FindQuotations_DotlessVerse_FoundThroughTheSkeleton()
    {
        // The Skeleton text of a verse is the verse written without dots (ٮ for beh, teh, theh, inner noon...).
        string dotless = TextNormalizer.Normalize(s_verses.Value[AyatAlKursi], TextChannel.Skeleton).Text;
        string before = ArabicProse.HealthNews + " ";
        string post = before + dotless + " " + ArabicProse.MarketNews;

        IReadOnlyList<TextSpan> quotations = BackgroundCorpus.BuiltIn.FindQuotations(post);

        Assert.Equal([new TextSpan(before.Length, before.Length + dotless.Length)], quotations);
    }

    [Fact]
    public void FindQuotations_VerseWithSpacesAndEmojiInsideWords_FoundThroughTheSpacelessText()
    {
        // Every word of four letters or more broken after its second letter, alternately by a space and an emoji.
        string[] words = TextNormalizer.Normalize(s_verses.Value[AyatAlKursi], TextChannel.Match).Text.Split(' ');
        for (int i = 0; i < words.Length; i++)
        {
            if (words[i].Length >= 4)
            {
                words[i] = words[i][..2] + (i % 2 == 0 ? " " : "\U0001F600") + words[i][2..];
            }
        }

        string broken = string.Join(' ', words);
        string before = ArabicProse.HealthNews + " ";
        string post = before + broken + " " + ArabicProse.MarketNews;

        IReadOnlyList<TextSpan> quotations = BackgroundCorpus.BuiltIn.FindQuotations(post);

        Assert.Equal([new TextSpan(before.Length, before.Length + broken.Length)], quotations);
    }

    [Fact]
    public void FindQuotations_VerseWithWordsShuffled_FoundOrderFree()
    {
        // Each window of eight words reversed: no word 4-gram of the verse is left.
        string[] words = TextNormalizer.Normalize(s_verses.Value[AyatAlKursi], TextChannel.Match).Text.Split(' ');
        for (int i = 0; i < words.Length; i += 8)
        {
            Array.Reverse(words, i, Math.Min(8, words.Length - i));
        }

        string shuffled = string.Join(' ', words);
        string before = ArabicProse.HealthNews + " ";
        string post = before + shuffled + " " + ArabicProse.MarketNews;

        IReadOnlyList<TextSpan> quotations = BackgroundCorpus.BuiltIn.FindQuotations(post);

        TextSpan span = Assert.Single(quotations);
        Assert.InRange(span.Start, before.Length, before.Length + 12);
        Assert.InRange(span.End, before.Length + shuffled.Length - 12, before.Length + shuffled.Length);
    }

    [Fact]
    public void FindQuotations_ShuffledVerseWithAProseWordAfterEveryThird_FoundOrderFree()
    {
        // No four consecutive words of the post are words of the verse, but every five hold four of them.
        string[] verse = TextNormalizer.Normalize(s_verses.Value[AyatAlKursi], TextChannel.Match).Text.Split(' ');
        string[] prose = TextNormalizer.Normalize(ArabicProse.MarketNews, TextChannel.Match).Text.Split(' ');
        Array.Reverse(verse);
        var mixed = new List<string>();
        for (int i = 0; i < verse.Length; i++)
        {
            mixed.Add(verse[i]);
            if (i % 3 == 2 && i < verse.Length - 1)
            {
                mixed.Add(prose[i % prose.Length]);
            }
        }

        string quoted = string.Join(' ', mixed);
        string before = ArabicProse.HealthNews + " ";
        string post = before + quoted + " " + ArabicProse.MarketNews;

        IReadOnlyList<TextSpan> quotations = BackgroundCorpus.BuiltIn.FindQuotations(post);

        // A verse word whose spelling differs from the Uthmani text may break the run; the mask still covers the
        // quotation and only the quotation.
        int inside = quotations.Sum(q => Math.Max(0, Math.Min(q.End, before.Length + quoted.Length) - Math.Max(q.Start, before.Length)));
        int outside = quotations.Sum(q => q.Length) - inside;
        Assert.InRange(inside, (int)(0.9 * quoted.Length), quoted.Length);
        Assert.InRange(outside, 0, 24);
    }

    [Fact]
    public void FindQuotations_WithPrefilters_AgreesWithLookingUpEveryGram()
    {
        // Verses quoted verbatim, broken by spaces inside words (letter windows only), cut short, reversed in
        // windows (order-free only) and dotless, between prose, with the plain search as the oracle; every
        // 41st verse, so short and long verses and every part of the corpus are covered.
        BackgroundCorpus corpus = BackgroundCorpus.BuiltIn;
        BackgroundCorpus plain = corpus.WithoutPrefilters();
        var random = new Random(20261128);
        int found = 0;
        for (int v = 0; v < s_verses.Value.Length; v += 41)
        {
            string verse = s_verses.Value[v] + " " + s_verses.Value[Math.Min(v + 1, s_verses.Value.Length - 1)];
            string[] words = TextNormalizer.Normalize(verse, TextChannel.Match).Text.Split(' ');
            string[] broken = [.. words.Select(w => w.Length >= 4 && random.Next(3) == 0 ? w[..2] + " " + w[2..] : w)];
            string[] reversed = [.. words];
            for (int i = 0; i < reversed.Length; i += 6)
            {
                Array.Reverse(reversed, i, Math.Min(6, reversed.Length - i));
            }

            string[] variants =
            [
                verse,
                string.Join(' ', broken),
                string.Join(' ', words[..Math.Max(1, words.Length * 2 / 3)]),
                string.Join(' ', reversed),
                TextNormalizer.Normalize(verse, TextChannel.Skeleton).Text,
            ];
            foreach (string variant in variants)
            {
                string post = ArabicProse.HealthNews + " " + variant + " " + ArabicProse.MarketNews;
                IReadOnlyList<TextSpan> expected = plain.FindQuotations(post);

                Assert.Equal(expected, corpus.FindQuotations(post));
                (TextSpan[] inOrder, TextSpan[] orderFree) = Mask(plain, post);
                (TextSpan[] actualInOrder, TextSpan[] actualOrderFree) = Mask(corpus, post);
                Assert.Equal(inOrder, actualInOrder);
                Assert.Equal(orderFree, actualOrderFree);
                found += expected.Count > 0 ? 1 : 0;
            }
        }

        Assert.InRange(found, 500, 800); // 153 verses, 5 variants each: most are found
    }

    /// <summary>What the fingerprinter masks: the in-order spans and the WordSet channel's order-free ones.</summary>
    private static (TextSpan[] InOrder, TextSpan[] OrderFree) Mask(BackgroundCorpus corpus, string post)
    {
        NormalizedText[] forms = TextNormalizer.Normalize(
            QuotationKeys.PrepareUthmani(post), TextChannel.Match, TextChannel.Skeleton, TextChannel.Spaceless);
        var spans = new List<TextSpan>();
        var orderFree = new List<TextSpan>();
        corpus.FindQuotations(post, forms[0], forms[1], forms[2], spans, orderFree);
        return ([.. spans], [.. orderFree]);
    }

    [Fact]
    public void Merge_OverlappingAndTouchingSpans_BecomeOne()
    {
        List<TextSpan> merged = BackgroundCorpus.Merge([new TextSpan(8, 20), new TextSpan(1, 4), new TextSpan(3, 6), new TextSpan(6, 7)]);

        Assert.Equal([new TextSpan(1, 7), new TextSpan(8, 20)], merged);
    }

    [Theory]
    [InlineData(ArabicProse.HealthNews + " " + ArabicProse.MarketNews + " " + ArabicProse.SportsNews)]
    [InlineData("The ministry of health opened a new hospital in the city with two hundred beds.")]
    [InlineData("")]
    public void FindQuotations_UnrelatedProse_FindsNothing(string text)
    {
        Assert.Empty(BackgroundCorpus.BuiltIn.FindQuotations(text));
    }

    [Fact]
    public void FindQuotations_FewerThanFourWords_FindsNothing()
    {
        // Three words of the first verse are not enough for a 4-gram.
        string verse = s_verses.Value[0];
        string threeWords = verse[..verse.LastIndexOf(' ')];

        Assert.Empty(BackgroundCorpus.BuiltIn.FindQuotations(threeWords));
        Assert.Single(BackgroundCorpus.BuiltIn.FindQuotations(verse));
    }

    [Fact]
    public void With_AdminText_IsFoundAndTheOriginalCorpusIsUnchanged()
    {
        const string Supplication = "may peace and mercy be upon all the people of this land";
        BackgroundCorpus corpus = BackgroundCorpus.Empty.With([Supplication]);
        string post = "They said: May peace, and mercy be upon all the people of this land! Then they left.";

        IReadOnlyList<TextSpan> quotations = corpus.FindQuotations(post);

        Assert.Equal(12 - 3, corpus.WordGramCount); // 12 words, 9 4-grams
        int start = post.IndexOf("May", StringComparison.Ordinal);
        int end = post.IndexOf('!', StringComparison.Ordinal);
        Assert.Equal([new TextSpan(start, end)], quotations);
        Assert.Empty(BackgroundCorpus.Empty.FindQuotations(post));
    }

    [Fact]
    public void With_AdminTextOnTopOfBuiltIn_FindsBoth()
    {
        const string Saying = "whoever believes in god and the last day let him speak good or keep silent";
        BackgroundCorpus corpus = BackgroundCorpus.BuiltIn.With([Saying]);
        string verse = s_verses.Value[AyatAlKursi];
        string post = Saying + ". " + ArabicProse.HealthNews + " " + verse;

        IReadOnlyList<TextSpan> quotations = corpus.FindQuotations(post);

        Assert.Equal(BackgroundCorpus.BuiltIn.WordGramCount + 15 - 3, corpus.WordGramCount); // 15 words
        Assert.Equal([new TextSpan(0, Saying.Length), new TextSpan(post.Length - verse.Length, post.Length)], quotations);
        Assert.Single(BackgroundCorpus.BuiltIn.FindQuotations(post));
    }

    [Fact]
    public void With_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => BackgroundCorpus.Empty.With(null!));
        Assert.Throws<ArgumentNullException>(() => BackgroundCorpus.Empty.With(["a b c d", null!]));
        Assert.Throws<ArgumentNullException>(() => BackgroundCorpus.Empty.FindQuotations(null!));
    }

    [Fact]
    public void FindQuotations_ConcurrentCallsOnANewCorpus_AgreeAndBuildOnce()
    {
        BackgroundCorpus corpus = BackgroundCorpus.Empty.With(["one two three four five six"]);
        string post = "zero one two three four five six seven";

        Parallel.For(0, 64, _ => Assert.Equal([new TextSpan(5, 32)], corpus.FindQuotations(post)));
        Assert.Equal(3, corpus.WordGramCount);
    }
}
