using Mizan.Core.Text;
using static Mizan.Core.Text.Normalization.ArabicLetters;

namespace Mizan.Core.Tests.Text.Normalization;

/// <summary>The skeleton (rasm and confusables), spaceless and word-set channels.</summary>
public sealed partial class TextNormalizerTests
{
    [Fact]
    public void Normalize_DotlessText_SkeletonEqualsDottedText()
    {
        // bayt jamil fi qalb al-haqq (a fine house in the heart of truth), dotted and as dotless (rasm) writing:
        // beh, yeh and teh become the dotless tooth or boat, jeem becomes hah, feh and qaf the dotless loops,
        // final yeh alef maksura, final noon noon ghunna.
        string dotted = Chars.Of(
            Beh, Yeh, Teh, ' ', Jeem, Meem, Yeh, Lam, ' ', Feh, Yeh, ' ', Qaf, Lam, Beh, ' ',
            Alef, Lam, Hah, Qaf, ' ', Meem, Noon);
        string dotless = Chars.Of(
            DotlessBeh, DotlessBeh, DotlessBeh, ' ', Hah, Meem, DotlessBeh, Lam, ' ', DotlessFeh, AlefMaksura, ' ',
            DotlessFeh, Lam, DotlessBeh, ' ', Alef, Lam, Hah, DotlessQaf, ' ', Meem, NoonGhunna);

        Assert.NotEqual(Match(dotted), Match(dotless));
        Assert.Equal(Skeleton(dotted), Skeleton(dotless));
    }

    [Theory]
    [InlineData(Noon, NoonGhunna, DotlessBeh)]
    [InlineData(Yeh, AlefMaksura, DotlessBeh)]
    [InlineData(FarsiYeh, AlefMaksura, DotlessBeh)]
    [InlineData(Qaf, DotlessQaf, DotlessFeh)]
    [InlineData(DotlessQaf, DotlessQaf, DotlessFeh)]
    [InlineData(Beh, DotlessBeh, DotlessBeh)]
    [InlineData(Feh, DotlessFeh, DotlessFeh)]
    public void Normalize_SkeletonPositionRule_NonFinalLetterTakesJoinedShape(char letter, char final, char nonFinal)
    {
        // Word-final, and before a non-joining letter (hamza): the final shape.
        Assert.Equal(Chars.Of(Meem, final), Skeleton(Chars.Of(Meem, letter)));
        Assert.Equal(Chars.Of(final, ' ', Lam), Skeleton(Chars.Of(letter, ' ', Lam)));
        Assert.Equal(Chars.Of(final, Hamza), Skeleton(Chars.Of(letter, Hamza)));

        // Joined to a following letter, dual-joining (lam) or right-joining (alef): the non-final shape.
        Assert.Equal(Chars.Of(nonFinal, Lam), Skeleton(Chars.Of(letter, Lam)));
        Assert.Equal(Chars.Of(nonFinal, Alef), Skeleton(Chars.Of(letter, Alef)));
    }

    [Theory]
    [InlineData(Jeem, Hah)]
    [InlineData(Khah, Hah)]
    [InlineData(Tcheh, Hah)]
    [InlineData(Thal, Dal)]
    [InlineData(Ddal, Dal)]
    [InlineData(Zain, Reh)]
    [InlineData(Jeh, Reh)]
    [InlineData(Rreh, Reh)]
    [InlineData(Sheen, Seen)]
    [InlineData(Dad, Sad)]
    [InlineData(Zah, Tah)]
    [InlineData(Ghain, Ain)]
    [InlineData(Gaf, Kaf)]
    [InlineData(Veh, DotlessFeh)]
    [InlineData(Teh, DotlessBeh)]
    [InlineData(Theh, DotlessBeh)]
    [InlineData(Peh, DotlessBeh)]
    [InlineData(Tteh, DotlessBeh)]
    [InlineData(TehMarbuta, Heh)]
    [InlineData(AlefWithHamzaAbove, Alef)]
    [InlineData(Hamza, Hamza)]
    public void Normalize_SkeletonLetter_FoldsToItsShapeClass(char letter, char shape)
    {
        Assert.Equal(Chars.Of(shape), Skeleton(Chars.Of(letter)));
    }

    [Theory]
    [InlineData("\u0440\u0430\u0443\u0440\u0430l", "paypal")] // Cyrillic er, a, u
    [InlineData("\u0391pple", "apple")] // Greek capital alpha
    [InlineData("\u03BF\u03C1en", "open")] // Greek omicron, rho
    [InlineData("l00k", "look")] // digit zero
    [InlineData("rnodern", "modern")] // UTS #39: m is confusable with r n
    [InlineData("\u0455\u0441\u0430m", "scam")] // Cyrillic dze, es, a
    public void Normalize_HomoglyphWord_SkeletonEqualsLatinWord(string homoglyphs, string latin)
    {
        Assert.NotEqual(Match(latin), Match(homoglyphs));
        Assert.Equal(Skeleton(latin), Skeleton(homoglyphs));
    }

    [Fact]
    public void Normalize_SkeletonExpansion_MapsEveryCharacterToItsSource()
    {
        NormalizedText skeleton = TextNormalizer.Normalize("am", TextChannel.Skeleton);

        Assert.Equal("arn", skeleton.Text);
        Assert.Equal(new TextSpan(0, 1), skeleton.ToSource(new TextSpan(0, 1)));
        Assert.Equal(new TextSpan(1, 2), skeleton.ToSource(new TextSpan(1, 2)));
        Assert.Equal(new TextSpan(1, 2), skeleton.ToSource(new TextSpan(2, 3)));
    }

    [Fact]
    public void Normalize_Spaceless_RemovesSeparatorsAndKeepsTheMap()
    {
        // kataba, ARABIC COMMA, emoji, kataba
        string text = s_kataba + Chars.Of(Comma) + " \U0001F600 " + s_kataba;

        NormalizedText spaceless = TextNormalizer.Normalize(text, TextChannel.Spaceless);

        Assert.Equal(s_kataba + s_kataba, spaceless.Text);
        Assert.Equal(new TextSpan(8, 9), spaceless.ToSource(new TextSpan(3, 4)));
        Assert.Equal(new TextSpan(0, text.Length), spaceless.ToSource(new TextSpan(0, 6)));
    }

    [Fact]
    public void Normalize_SpacesInsideWords_SpacelessEqualsPlainText()
    {
        // Broken text: spaces, punctuation and emoji inserted inside words.
        string broken = Chars.Of(Kaf, ' ', Teh, '.', Beh) + "\U0001F525" + s_kataba;

        Assert.Equal(
            TextNormalizer.Normalize(s_kataba + s_kataba, TextChannel.Spaceless).Text,
            TextNormalizer.Normalize(broken, TextChannel.Spaceless).Text);
    }

    [Fact]
    public void Normalize_WordSet_ReturnsTheMatchText()
    {
        string text = "Hello, " + Chars.Of(Kaf, Fatha, Teh, Fatha, Beh, Fatha) + "!\u200B World";

        Assert.Equal(Match(text), TextNormalizer.Normalize(text, TextChannel.WordSet).Text);
        Assert.Equal("hello " + s_kataba + " world", Match(text));
    }
}
