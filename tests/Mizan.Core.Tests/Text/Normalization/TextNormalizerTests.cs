using Mizan.Core.Text;
using static Mizan.Core.Text.Normalization.ArabicLetters;

namespace Mizan.Core.Tests.Text.Normalization;

/// <summary>
/// The fold table of ARABIC.md, row by row, and the channels built on it. Partial by concern: fold rows A-G,
/// letter folds (D), channels, source map and idempotence.
/// </summary>
public sealed partial class TextNormalizerTests
{
    // kataba (he wrote): KAF TEH BEH, a plain word the rows below decorate.
    private static readonly string s_kataba = Chars.Of(Kaf, Teh, Beh);

    private static string Match(string text) => TextNormalizer.Normalize(text, TextChannel.Match).Text;

    private static string Skeleton(string text) => TextNormalizer.Normalize(text, TextChannel.Skeleton).Text;

    [Fact]
    public void Normalize_NullText_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => TextNormalizer.Normalize(null!, TextChannel.Match));
    }

    [Fact]
    public void Normalize_UndefinedChannel_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => TextNormalizer.Normalize("x", (TextChannel)99));
    }

    [Theory]
    [InlineData(TextChannel.Match)]
    [InlineData(TextChannel.Skeleton)]
    [InlineData(TextChannel.Spaceless)]
    [InlineData(TextChannel.WordSet)]
    public void Normalize_EmptyOrInvisibleText_ReturnsEmptyText(TextChannel channel)
    {
        Assert.Equal(string.Empty, TextNormalizer.Normalize(string.Empty, channel).Text);

        NormalizedText invisible = TextNormalizer.Normalize(" \u200B\t" + Chars.Of(Tatweel, Fatha) + " ", channel);
        Assert.Equal(string.Empty, invisible.Text);
        Assert.Equal(6, invisible.SourceLength);
    }

    [Fact]
    public void VerifyUnicodeSupport_WithIcu_Passes()
    {
        TextNormalizer.VerifyUnicodeSupport();
    }

    [Fact]
    public void Normalize_VocalisedBismillah_MatchesPlainSpelling()
    {
        // bismi llahi r-rahmani r-rahim as the Quran writes it: harakat, sukun, shadda, dagger alef, alef wasla.
        string vocalised = Chars.Of(
            Beh, Kasra, Seen, Sukun, Meem, Kasra, ' ',
            AlefWasla, Lam, Lam, Shadda, Fatha, Heh, Kasra, ' ',
            AlefWasla, Lam, Reh, Shadda, Fatha, Hah, Sukun, Meem, Fatha, SuperscriptAlef, Noon, Kasra, ' ',
            AlefWasla, Lam, Reh, Shadda, Fatha, Hah, Kasra, Yeh, Meem, Kasra);
        string plain = Chars.Of(
            Beh, Seen, Meem, ' ', Alef, Lam, Lam, Heh, ' ',
            Alef, Lam, Reh, Hah, Meem, Noon, ' ', Alef, Lam, Reh, Hah, Yeh, Meem);

        Assert.Equal(plain, Match(vocalised));
    }
}
