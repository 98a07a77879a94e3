using System.Text;
using Mizan.Core.Text;
using static Mizan.Core.Text.Normalization.ArabicLetters;

namespace Mizan.Core.Tests.Text.Normalization;

/// <summary>Source-map properties and idempotence, on random text mixing every kind of character the table folds.</summary>
public sealed partial class TextNormalizerTests
{
    private static readonly TextChannel[] s_channels =
        [TextChannel.Match, TextChannel.Skeleton, TextChannel.Spaceless, TextChannel.WordSet];

    private static readonly string[] s_fragments =
    [
        Chars.Of(Kaf), Chars.Of(Teh), Chars.Of(Beh), Chars.Of(Noon), Chars.Of(Yeh), Chars.Of(Qaf), Chars.Of(Alef),
        Chars.Of(AlefWithHamzaAbove), Chars.Of(TehMarbuta), Chars.Of(FarsiYeh), Chars.Of(Keheh), Chars.Of(Hamza),
        Chars.Of(Fatha), Chars.Of(Shadda), Chars.Of(SuperscriptAlef), Chars.Of(Tatweel), Chars.Of(SmallHighYeh),
        Chars.Of(LigatureLamWithAlefIsolatedForm), Chars.Of(LigatureSallallahouAlayheWasallam),
        Chars.Of(LigatureBismillahArRahmanArRaheem), Chars.Of(BehInitialForm), Chars.Of(MathematicalBeh),
        Chars.Of(ArabicIndicDigitThree), Chars.Of(Comma), Chars.Of(ArabicLetterMark),
        "\U0001F600", "\U0001F468\u200D\U0001F469", "\u2764\uFE0F", "\u200B", "\u200C", "\u202E", "\uFEFF",
        "a", "B", "m", "\u00C9", "e\u0301", "\u00DF", "\u0153", "\uFB01", "\u0440", "\u03BF", "0", "7",
        " ", "  ", "\t", "\n", "\u00A0", ".", ",", "!", "\u0001", "\uD800", "\uDC00",
    ];

    [Fact]
    public void Normalize_RandomMixedText_SourceMapIsInBoundsAndMonotone()
    {
        var random = new Random(20240601);
        for (int sample = 0; sample < 300; sample++)
        {
            string text = RandomText(random);
            foreach (TextChannel channel in s_channels)
            {
                NormalizedText normalized = TextNormalizer.Normalize(text, channel);
                Assert.Equal(text.Length, normalized.SourceLength);
                int previousStart = 0;
                int previousEnd = 0;
                for (int i = 0; i < normalized.Text.Length; i++)
                {
                    TextSpan source = normalized.ToSource(new TextSpan(i, i + 1));
                    Assert.InRange(source.Start, 0, text.Length - 1);
                    Assert.InRange(source.End, source.Start + 1, text.Length);
                    Assert.True(source.Start >= previousStart && source.End >= previousEnd, $"not monotone at {i} in {Describe(text)}");
                    previousStart = source.Start;
                    previousEnd = source.End;
                }
            }
        }
    }

    [Fact]
    public void Normalize_RandomMixedText_EveryCharacterComesFromItsSource()
    {
        var random = new Random(7);
        for (int sample = 0; sample < 200; sample++)
        {
            string text = RandomText(random);
            NormalizedText match = TextNormalizer.Normalize(text, TextChannel.Match);
            for (int i = 0; i < match.Text.Length; i++)
            {
                if (match.Text[i] == ' ')
                {
                    continue;
                }

                TextSpan source = match.ToSource(new TextSpan(i, i + 1));
                string alone = Match(text[source.Start..source.End]);
                Assert.Contains(match.Text[i], alone);
            }
        }
    }

    [Fact]
    public void Normalize_RandomMixedText_WholeTextCoversAllKeptContent()
    {
        var random = new Random(11);
        for (int sample = 0; sample < 200; sample++)
        {
            string text = RandomText(random);
            foreach (TextChannel channel in s_channels)
            {
                NormalizedText normalized = TextNormalizer.Normalize(text, channel);
                (int first, int last) = KeptContent(text);
                if (first < 0)
                {
                    Assert.Equal(string.Empty, normalized.Text);
                    continue;
                }

                TextSpan whole = normalized.ToSource(new TextSpan(0, normalized.Text.Length));
                Assert.Equal(first, whole.Start);
                Assert.Equal(last, whole.End);
            }
        }
    }

    [Fact]
    public void Normalize_MatchOfMatch_IsUnchanged()
    {
        var random = new Random(3);
        for (int sample = 0; sample < 300; sample++)
        {
            string once = Match(RandomText(random));
            Assert.Equal(once, Match(once));
        }
    }

    [Fact]
    public void Normalize_MatchOfEveryBmpCharacter_IsAFixedPoint()
    {
        for (int c = 0; c <= char.MaxValue; c++)
        {
            string once = Match(((char)c).ToString());
            Assert.True(once == Match(once), $"U+{c:X4}: '{once}' normalises again to '{Match(once)}'");
        }
    }

    [Fact]
    public void Normalize_SkeletonOfSkeleton_IsUnchanged()
    {
        var random = new Random(5);
        for (int sample = 0; sample < 300; sample++)
        {
            string once = Skeleton(RandomText(random));
            Assert.Equal(once, Skeleton(once));
        }
    }

    [Fact]
    public void Normalize_SeveralChannelsAtOnce_EqualsOneChannelAtATime()
    {
        var random = new Random(17);
        for (int sample = 0; sample < 200; sample++)
        {
            string text = RandomText(random);
            NormalizedText[] together = TextNormalizer.Normalize(text, s_channels);

            Assert.Equal(s_channels.Length, together.Length);
            for (int c = 0; c < s_channels.Length; c++)
            {
                NormalizedText alone = TextNormalizer.Normalize(text, s_channels[c]);
                Assert.Equal(alone.Text, together[c].Text);
                for (int i = 0; i < alone.Text.Length; i++)
                {
                    Assert.Equal(alone.ToSource(new TextSpan(i, i + 1)), together[c].ToSource(new TextSpan(i, i + 1)));
                }
            }
        }

        Assert.Empty(TextNormalizer.Normalize("x", ReadOnlySpan<TextChannel>.Empty));
        Assert.Throws<ArgumentOutOfRangeException>(() => TextNormalizer.Normalize("x", TextChannel.Match, (TextChannel)(-1)));
    }

    [Fact]
    public void Normalize_ConcurrentCalls_GiveTheSameResults()
    {
        var random = new Random(13);
        string[] texts = [.. Enumerable.Range(0, 64).Select(_ => RandomText(random))];
        string[] expected = [.. texts.Select(Skeleton)];

        Parallel.For(0, 512, i => Assert.Equal(expected[i % texts.Length], Skeleton(texts[i % texts.Length])));
    }

    /// <summary>The first and one past the last original offset of code points that normalise to something
    /// other than a separator on their own; (-1, -1) when there are none.</summary>
    private static (int First, int Last) KeptContent(string text)
    {
        int first = -1;
        int last = -1;
        for (int i = 0; i < text.Length; i++)
        {
            int length = char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
            if (Match(text.Substring(i, length)).Length > 0)
            {
                first = first < 0 ? i : first;
                last = i + length;
            }

            i += length - 1;
        }

        return (first, last);
    }

    private static string RandomText(Random random)
    {
        var builder = new StringBuilder();
        int count = random.Next(0, 40);
        for (int i = 0; i < count; i++)
        {
            builder.Append(s_fragments[random.Next(s_fragments.Length)]);
        }

        return builder.ToString();
    }

    private static string Describe(string text) =>
        string.Join(' ', text.Select(c => ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture)));
    [Fact]
    public void Without_SourceSpans_RemovesTheirCharactersAndKeepsTheMap()
    {
        const string Text = "One, TWO three; four";
        NormalizedText match = TextNormalizer.Normalize(Text, TextChannel.Match);
        NormalizedText spaceless = TextNormalizer.Normalize(Text, TextChannel.Spaceless);
        TextSpan[] spans = [new TextSpan(5, 15)]; // "TWO three;"

        NormalizedText maskedMatch = match.Without(spans, separate: true);
        NormalizedText maskedSpaceless = spaceless.Without(spans, separate: false);

        Assert.Equal("one four", maskedMatch.Text);
        Assert.Equal("onefour", maskedSpaceless.Text);
        Assert.Equal(new TextSpan(16, 20), maskedMatch.ToSource(new TextSpan(4, 8)));
        Assert.Equal(new TextSpan(0, 20), maskedSpaceless.ToSource(new TextSpan(0, 7)));
        Assert.Same(match, match.Without([], separate: true));
    }
    [Theory]
    [InlineData(4, 17, 6, 17)] // starts on the last letter of "Alpha": the next word; ends with "gamma"
    [InlineData(2, 17, 0, 17)] // starts on "pha" (more than half of "Alpha"): the whole word
    [InlineData(6, 19, 6, 17)] // ends on the "d" of "delta": back to "gamma"
    [InlineData(6, 22, 6, 23)] // ends on "delt": the whole word
    [InlineData(6, 17, 6, 17)] // whole words stay as they are
    public void SnapToWords_SpanInsideWords_RoundsToWholeWords(int start, int end, int snappedStart, int snappedEnd)
    {
        NormalizedText match = TextNormalizer.Normalize("Alpha beta, gamma delta", TextChannel.Match);

        TextSpan snapped = match.SnapToWords(new TextSpan(start, end));

        Assert.Equal(new TextSpan(snappedStart, snappedEnd), snapped);
    }
}
