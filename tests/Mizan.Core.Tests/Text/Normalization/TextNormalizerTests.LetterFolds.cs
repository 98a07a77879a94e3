using Mizan.Core.Text.Normalization;
using static Mizan.Core.Text.Normalization.ArabicLetters;

namespace Mizan.Core.Tests.Text.Normalization;

/// <summary>Row D of ARABIC.md's fold table: letter folds, by target letter, and the generated base-fold table.</summary>
public sealed partial class TextNormalizerTests
{
    [Theory]
    [InlineData(AlefWithHamzaAbove)] // NFD + delete Mn
    [InlineData(AlefWithHamzaBelow)]
    [InlineData(AlefWithMaddaAbove)]
    [InlineData(AlefWasla)] // explicit
    [InlineData(AlefWithWavyHamzaAbove)] // base fold
    [InlineData('\u0673')] // alef with wavy hamza below
    [InlineData(HighHamzaAlef)] // NFKC: alef + high hamza, which is deleted
    [InlineData('\u0773')] // alef with extended Arabic-Indic digit two above
    [InlineData('\u0774')]
    public void Normalize_AlefVariants_FoldToBareAlef(char variant)
    {
        Assert.Equal(Chars.Of(Alef), Match(Chars.Of(variant)));
    }

    [Theory]
    [InlineData(AlefMaksura)]
    [InlineData(FarsiYeh)]
    [InlineData('\u06CE')] // yeh with small v
    [InlineData(YehWithTail)]
    [InlineData(KashmiriYeh)]
    [InlineData(FarsiYehWithInvertedV)] // U+063D-U+063F
    [InlineData('\u063E')]
    [InlineData('\u063F')]
    [InlineData(YehWithHamzaAbove)] // NFD + delete Mn
    [InlineData(E)]
    [InlineData('\u06D1')]
    [InlineData(YehBarree)]
    [InlineData(YehBarreeWithHamzaAbove)]
    [InlineData('\u0678')] // high hamza yeh
    public void Normalize_YehVariants_FoldToYeh(char variant)
    {
        Assert.Equal(Chars.Of(Yeh), Match(Chars.Of(variant)));
    }

    [Theory]
    [InlineData(TehMarbuta)]
    [InlineData(TehMarbutaGoal)]
    [InlineData(Ae)]
    [InlineData(HehWithYehAbove)] // NFD to ae + hamza above
    [InlineData(HehGoal)]
    [InlineData(HehGoalWithHamzaAbove)]
    [InlineData(HehDoachashmee)]
    [InlineData(HehWithInvertedV)]
    public void Normalize_HehVariants_FoldToHeh(char variant)
    {
        Assert.Equal(Chars.Of(Heh), Match(Chars.Of(variant)));
    }

    [Theory]
    [InlineData(WawWithHamzaAbove)] // NFD + delete Mn
    [InlineData(HighHamzaWaw)]
    [InlineData('\u0677')] // u with hamza above
    [InlineData(WawWithRing)] // U+06C4-U+06CB
    [InlineData('\u06C5')]
    [InlineData('\u06C6')]
    [InlineData(U)]
    [InlineData('\u06C8')]
    [InlineData('\u06C9')]
    [InlineData('\u06CA')]
    [InlineData(Ve)]
    [InlineData('\u06CF')]
    public void Normalize_WawVariants_FoldToWaw(char variant)
    {
        Assert.Equal(Chars.Of(Waw), Match(Chars.Of(variant)));
    }

    [Theory]
    [InlineData(Keheh)]
    [InlineData(SwashKaf)]
    [InlineData(KehehWithTwoDotsAbove)]
    [InlineData('\u063C')]
    [InlineData('\u06AB')] // U+06AB-U+06AE
    [InlineData('\u06AC')]
    [InlineData(Ng)]
    [InlineData('\u06AE')]
    public void Normalize_KafVariants_FoldToKaf(char variant)
    {
        Assert.Equal(Chars.Of(Kaf), Match(Chars.Of(variant)));
    }

    [Theory]
    [InlineData(NoonGhunna)]
    [InlineData(NoonWithDotBelow)]
    [InlineData(Rnoon)]
    [InlineData('\u06BC')]
    [InlineData('\u06BD')]
    public void Normalize_NoonVariants_FoldToNoon(char variant)
    {
        Assert.Equal(Chars.Of(Noon), Match(Chars.Of(variant)));
    }

    [Theory]
    [InlineData(Peh)]
    [InlineData(Tcheh)]
    [InlineData(Jeh)]
    [InlineData(Gaf)]
    [InlineData(Veh)]
    [InlineData(Tteh)]
    [InlineData(Ddal)]
    [InlineData(Rreh)]
    [InlineData(DotlessBeh)]
    [InlineData(DotlessQaf)]
    [InlineData(DotlessFeh)]
    [InlineData(Hamza)]
    public void Normalize_DistinctLetters_StayThemselves(char letter)
    {
        Assert.Equal(Chars.Of(letter), Match(Chars.Of(letter)));
    }

    [Fact]
    public void Normalize_PersianUrduSpelling_MatchesArabicSpelling()
    {
        // ARABIC.md's swap: yeh to farsi yeh, kaf to keheh, heh to heh goal, teh marbuta to teh marbuta goal.
        string arabic = Chars.Of(Kaf, Teh, Alef, Beh, ' ', Meem, Dal, Yeh, Noon, TehMarbuta, ' ', Lam, Heh);
        string persian = Chars.Of(Keheh, Teh, Alef, Beh, ' ', Meem, Dal, FarsiYeh, Noon, TehMarbutaGoal, ' ', Lam, HehGoal);

        Assert.Equal(Match(arabic), Match(persian));
    }

    // The base-fold table (arabic_letter_base_fold.tsv), sampled across its range.
    [Theory]
    [InlineData(KehehWithTwoDotsAbove, Kaf)] // U+063B, then keheh to kaf
    [InlineData(TehWithRing, Teh)]
    [InlineData(Beeh, Beh)]
    [InlineData(Beheh, Beh)]
    [InlineData(DalWithRing, Dal)]
    [InlineData(QafWithThreeDotsAbove, Qaf)]
    [InlineData(LamWithSmallV, Lam)]
    [InlineData(BehWithThreeDotsHorizontallyBelow, Beh)] // Arabic Supplement
    [InlineData(DalWithInvertedSmallVBelow, Dal)]
    [InlineData(SeenWithFourDotsAbove, Seen)]
    [InlineData(SeenWithTwoDotsVerticallyAbove, Seen)]
    [InlineData(KafWithTwoDotsAbove, Kaf)]
    [InlineData(AlefWithAttachedFatha, Alef)] // Arabic Extended-B
    [InlineData(NoonWithInvertedSmallV, Noon)]
    [InlineData(BehWithSmallVBelow, Beh)] // Arabic Extended-A
    [InlineData(YehWithTwoDotsBelowAndHamzaAbove, Yeh)]
    [InlineData(LamWithSmallArabicLetterTahAbove, Lam)]
    [InlineData('\u08B7', Peh)] // peh with small meem above: folds to peh, which stays distinct
    public void Normalize_BaseFoldTableLetter_FoldsToBaseLetter(char letter, char baseLetter)
    {
        Assert.Equal(Chars.Of(baseLetter), Match(Chars.Of(letter)));
    }

    [Fact]
    public void Normalize_EveryGeneratedLetterFold_IsApplied()
    {
        ReadOnlySpan<char> folds = GeneratedFoldData.LetterFolds;
        Assert.True(folds.Length / 2 >= 177, "the base-fold table has 177 letters");
        for (int i = 0; i < folds.Length; i += 2)
        {
            Assert.Equal(Chars.Of(folds[i + 1]), Match(Chars.Of(folds[i])));
        }
    }
}
