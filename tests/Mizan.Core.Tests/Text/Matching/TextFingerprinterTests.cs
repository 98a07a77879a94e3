using System.Text;
using Mizan.Core.Text;
using Mizan.Core.Text.Matching;
using static Mizan.Core.Tests.Text.Matching.TextMatchingTestData;

namespace Mizan.Core.Tests.Text.Matching;

/// <summary>The whole pipeline: masking, the real normaliser, fingerprints and the index, on Arabic evasions.</summary>
public sealed class TextFingerprinterTests
{
    private const char Fatha = '\u064E';
    private const char Kasra = '\u0650';
    private const char Shadda = '\u0651';
    private const char Tatweel = '\u0640';
    private const char ZeroWidthSpace = '\u200B';
    private const char ZeroWidthNonJoiner = '\u200C';
    private const char RightToLeftMark = '\u200F';
    private const char Yeh = '\u064A';
    private const char FarsiYeh = '\u06CC';
    private const char Kaf = '\u0643';
    private const char Keheh = '\u06A9';
    private const char DotlessBeh = '\u066E';
    private const char DotlessQaf = '\u066F';
    private const char DotlessFeh = '\u06A1';
    private const char NoonGhunna = '\u06BA';
    private const char AlefMaksura = '\u0649';

    private static readonly TextFingerprinter s_fingerprinter = new(TextMatchOptions.Default, BackgroundCorpus.Empty);

    // Dotted letters and the dotless shape a writer would use instead (ARABIC.md, skeleton channel).
    private static readonly Dictionary<char, char> s_undot = new()
    {
        ['\u0628'] = DotlessBeh, // beh
        ['\u062A'] = DotlessBeh, // teh
        ['\u062B'] = DotlessBeh, // theh
        ['\u0646'] = NoonGhunna, // noon
        [Yeh] = AlefMaksura,
        ['\u062C'] = '\u062D', // jeem → hah
        ['\u062E'] = '\u062D', // khah → hah
        ['\u0630'] = '\u062F', // thal → dal
        ['\u0632'] = '\u0631', // zain → reh
        ['\u0634'] = '\u0633', // sheen → seen
        ['\u0636'] = '\u0635', // dad → sad
        ['\u0638'] = '\u0637', // zah → tah
        ['\u063A'] = '\u0639', // ghain → ain
        ['\u0641'] = DotlessFeh, // feh
        ['\u0642'] = DotlessQaf, // qaf
        ['\u0629'] = '\u0647', // teh marbuta → heh
    };

    private static TextMatch? Find(string known, string query, double minSimilarity = 0.5, double minContainment = 0.7)
    {
        using var index = new TextIndex();
        index.Add(1, s_fingerprinter.Compute(known));
        index.Add(2, s_fingerprinter.Compute(GenerateArabic(new Random(known.Length), 120)));
        var results = new List<TextMatch>();
        index.Search(s_fingerprinter.Compute(query), minSimilarity, minContainment, results);
        return results.Count == 0 ? null : Assert.Single(results);
    }

    [Fact]
    public void Compute_DiacriticsAndTatweel_MatchChannelSimilarityOne()
    {
        var random = new Random(1);
        string known = GenerateArabic(random, 100);
        var edited = new StringBuilder();
        foreach (char c in known)
        {
            edited.Append(c);
            if (c != ' ' && random.NextDouble() < 0.4)
            {
                edited.Append(random.Next(3) switch { 0 => Fatha, 1 => Kasra, _ => Shadda });
            }

            if (c != ' ' && random.NextDouble() < 0.3)
            {
                edited.Append(Tatweel);
            }
        }

        TextMatch match = Find(known, edited.ToString()) ?? throw new Xunit.Sdk.XunitException("not found");

        Assert.Equal(TextChannel.Match, match.Channel);
        Assert.Equal(1.0, match.Similarity);
        Assert.Equal(new TextSpan(0, edited.Length), match.Span);
    }

    [Fact]
    public void Compute_InvisibleAndBidiControlsAndPersianLetters_SimilarityOne()
    {
        var random = new Random(2);
        string known = GenerateArabic(random, 100);
        var edited = new StringBuilder();
        foreach (char c in known)
        {
            edited.Append(c switch { Yeh => FarsiYeh, Kaf => Keheh, _ => c });
            if (c != ' ' && random.NextDouble() < 0.3)
            {
                edited.Append(random.Next(3) switch { 0 => ZeroWidthSpace, 1 => ZeroWidthNonJoiner, _ => RightToLeftMark });
            }
        }

        TextMatch match = Find(known, edited.ToString()) ?? throw new Xunit.Sdk.XunitException("not found");

        Assert.Equal(1.0, match.Similarity);
    }

    [Fact]
    public void Compute_DotlessWriting_FoundViaSkeleton()
    {
        string known = GenerateArabic(new Random(3), 100);
        var dotless = new StringBuilder();
        foreach (char c in known)
        {
            dotless.Append(s_undot.TryGetValue(c, out char shape) ? shape : c);
        }

        TextFingerprint k = s_fingerprinter.Compute(known);
        TextFingerprint q = s_fingerprinter.Compute(dotless.ToString());
        (double matchSimilarity, _) = TextIndex.Compare(k[TextChannel.Match].Shingles, q[TextChannel.Match].Shingles);

        TextMatch match = Find(known, dotless.ToString()) ?? throw new Xunit.Sdk.XunitException("not found");

        Assert.True(matchSimilarity < 0.5, $"match-channel similarity {matchSimilarity}: dotless text should defeat it");
        Assert.Equal(TextChannel.Skeleton, match.Channel);
        Assert.True(match.Similarity > 0.95, $"skeleton similarity {match.Similarity}");
    }

    [Fact]
    public void Compute_PunctuationAndEmojiInsideWords_FoundViaSpaceless()
    {
        var random = new Random(4);
        string known = GenerateArabic(random, 100);
        string broken = BreakWords(known, 0.3, random, random.Next(2) == 0 ? " " : "\u2026\U0001F600");

        TextMatch match = Find(known, broken) ?? throw new Xunit.Sdk.XunitException("not found");

        Assert.Equal(TextChannel.Spaceless, match.Channel);
        Assert.True(match.Similarity > 0.9, $"similarity {match.Similarity}");
    }

    [Fact]
    public void Compute_KnownPassageWithDiacriticsInsideLongPost_SpanInOriginalText()
    {
        var random = new Random(5);
        string known = GenerateArabic(random, 80);
        string vocalised = string.Concat(known.Select(c => c == ' ' ? " " : c + Fatha.ToString()));
        string before = GenerateArabic(random, 150);
        string post = before + " " + vocalised + " " + GenerateArabic(random, 250);

        TextMatch match = Find(known, post) ?? throw new Xunit.Sdk.XunitException("not found");

        Assert.True(match.Containment >= 0.9, $"containment {match.Containment}");
        int start = before.Length + 1;
        Assert.InRange(match.Span.Start, start - 16, start + 16);
        Assert.InRange(match.Span.End, start + vocalised.Length - 16, start + vocalised.Length + 16);
    }

    [Fact]
    public void Compute_PostThatIsOnlyABackgroundQuotation_TooShort()
    {
        string quotation = GenerateArabic(new Random(6), 60);
        var fingerprinter = new TextFingerprinter(TextMatchOptions.Default, BackgroundCorpus.Empty.With([quotation]));

        TextFingerprint fingerprint = fingerprinter.Compute("  " + quotation + " ");

        Assert.True(fingerprint.TooShort);
        Assert.True(fingerprint.MaskedChars >= quotation.Length - 2, $"masked {fingerprint.MaskedChars}");
    }

    [Fact]
    public void Compute_QuotationMasked_RepostMatchesAndInnocentPostSharingOnlyTheQuotationDoesNot()
    {
        // Known item = prose + a background quotation; a repost without the quotation must match, a post that
        // shares only the quotation must not (ARABIC.md, "Religious quotations and news").
        var random = new Random(7);
        string quotation = GenerateArabic(random, 60);
        string prose = GenerateArabic(random, 90);
        var fingerprinter = new TextFingerprinter(TextMatchOptions.Default, BackgroundCorpus.Empty.With([quotation]));
        using var index = new TextIndex();
        TextFingerprint known = fingerprinter.Compute(prose + " " + quotation);
        index.Add(1, known);
        var results = new List<TextMatch>();

        index.Search(fingerprinter.Compute(quotation + " " + GenerateArabic(random, 90)), 0.5, 0.7, results);
        Assert.Empty(results);

        index.Search(fingerprinter.Compute(prose), 0.5, 0.7, results);
        TextMatch repost = Assert.Single(results);
        Assert.True(known.MaskedChars > 0);
        Assert.Equal(1.0, repost.Containment);
    }

    [Fact]
    public void Compute_NullText_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => s_fingerprinter.Compute(null!));
    }
    [Fact]
    public void Compute_WholeItemWrittenDotless_VersesMaskedInTheQueryAsInTheKnownItem()
    {
        // A known item quoting verses, then the same item written dotless: the edit also changes the verses, which
        // must still be recognised (in the Skeleton channel) and masked, or they would swamp the item's own text.
        var random = new Random(8);
        string quotation = GenerateArabic(random, 150);
        string prose = GenerateArabic(random, 60);
        var fingerprinter = new TextFingerprinter(TextMatchOptions.Default, BackgroundCorpus.Empty.With([quotation]));
        string known = prose + " " + quotation;
        string dotless = string.Concat(known.Select(c => s_undot.TryGetValue(c, out char shape) ? shape : c));

        TextFingerprint k = fingerprinter.Compute(known);
        TextFingerprint q = fingerprinter.Compute(dotless);
        (double similarity, _) = TextIndex.Compare(k[TextChannel.Skeleton].Shingles, q[TextChannel.Skeleton].Shingles);

        Assert.InRange(q.MaskedChars, quotation.Length - 4, quotation.Length + 4);
        Assert.True(similarity > 0.95, $"skeleton similarity {similarity}");
    }

    [Fact]
    public void Compute_WholeItemWithSpacesInsideWords_VersesMaskedInTheQueryAsInTheKnownItem()
    {
        var random = new Random(9);
        string quotation = GenerateArabic(random, 150);
        string prose = GenerateArabic(random, 60);
        var fingerprinter = new TextFingerprinter(TextMatchOptions.Default, BackgroundCorpus.Empty.With([quotation]));
        string known = prose + " " + quotation;
        string broken = BreakWords(known, 0.3, random, " ");

        TextFingerprint k = fingerprinter.Compute(known);
        TextFingerprint q = fingerprinter.Compute(broken);
        (double similarity, _) = TextIndex.Compare(k[TextChannel.Spaceless].Shingles, q[TextChannel.Spaceless].Shingles);

        Assert.True(q.MaskedChars > quotation.Length * 9 / 10, $"masked {q.MaskedChars} of {quotation.Length}");
        Assert.True(similarity > 0.95, $"spaceless similarity {similarity}");
    }

    [Fact]
    public void Compute_WholeItemShuffled_VersesMaskedInTheWordSetChannelOnly()
    {
        var random = new Random(11);
        string quotation = GenerateArabic(random, 150);
        string prose = GenerateArabic(random, 60);
        var fingerprinter = new TextFingerprinter(TextMatchOptions.Default, BackgroundCorpus.Empty.With([quotation]));
        string known = prose + " " + quotation;
        string shuffled = ShuffleWithinWindows(known, 8, random);

        TextFingerprint k = fingerprinter.Compute(known);
        TextFingerprint q = fingerprinter.Compute(shuffled);
        (double words, _) = TextIndex.Compare(k[TextChannel.WordSet].Shingles, q[TextChannel.WordSet].Shingles);

        Assert.Equal(0, q.MaskedChars); // the character channels keep the shuffled text
        Assert.True(words > 0.9, $"word-set similarity {words}");
    }

    private static string ShuffleWithinWindows(string text, int window, Random random)
    {
        string[] words = Split(text);
        for (int i = 0; i < words.Length; i += window)
        {
            random.Shuffle(words.AsSpan(i, Math.Min(window, words.Length - i)));
        }

        return string.Join(' ', words);
    }

    [Fact]
    public void Compute_EmptyBackground_ChannelsAreThoseOfTheNormalizer()
    {
        string text = GenerateArabic(new Random(10), 50) + " \u0640\u064E";

        TextFingerprint fingerprint = s_fingerprinter.Compute(text);

        foreach (TextChannel channel in (ReadOnlySpan<TextChannel>)[TextChannel.Match, TextChannel.Skeleton, TextChannel.Spaceless])
        {
            Assert.Equal(TextNormalizer.Normalize(text, channel).Text, fingerprint[channel].Text.Text);
        }

        Assert.Equal(0, fingerprint.MaskedChars);
    }
}
