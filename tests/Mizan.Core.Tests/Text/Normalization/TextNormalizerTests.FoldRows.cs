using System.Globalization;
using Mizan.Core.Text;
using static Mizan.Core.Text.Normalization.ArabicLetters;

namespace Mizan.Core.Tests.Text.Normalization;

/// <summary>Rows A, B, C, E, F and G of ARABIC.md's fold table, and the NFKC/compatibility rows.</summary>
public sealed partial class TextNormalizerTests
{
    // (A) Invisible, format and bidi controls: every row of the table.
    [Theory]
    [InlineData(0x200B)] // zero width space
    [InlineData(0x200C)] // ZWNJ
    [InlineData(0x200D)] // ZWJ
    [InlineData(0x200E)] // LRM
    [InlineData(0x200F)] // RLM
    [InlineData(0x202A)] // LRE
    [InlineData(0x202B)] // RLE
    [InlineData(0x202C)] // PDF
    [InlineData(0x202D)] // LRO
    [InlineData(0x202E)] // RLO
    [InlineData(0x2066)] // LRI
    [InlineData(0x2067)] // RLI
    [InlineData(0x2068)] // FSI
    [InlineData(0x2069)] // PDI
    [InlineData(ArabicLetterMark)]
    [InlineData(0x2060)] // word joiner
    [InlineData(0x2061)]
    [InlineData(0x2062)]
    [InlineData(0x2063)]
    [InlineData(0x2064)] // invisible plus
    [InlineData(0x206A)] // deprecated format controls
    [InlineData(0x206F)]
    [InlineData(0xFEFF)] // ZWNBSP / BOM
    [InlineData(0x00AD)] // soft hyphen
    [InlineData(0x034F)] // combining grapheme joiner
    [InlineData(0x180E)] // Mongolian vowel separator
    [InlineData(0xFE00)] // variation selectors
    [InlineData(0xFE0F)]
    [InlineData(0xE0100)] // variation selectors supplement
    [InlineData(0xE01EF)]
    [InlineData(0xE0001)] // language tag
    [InlineData(0xE0020)] // tags
    [InlineData(0xE007F)]
    [InlineData(NumberSign)] // U+0600
    [InlineData(0x0605)]
    [InlineData(EndOfAyah)] // U+06DD
    [InlineData(0x0890)]
    [InlineData(0x0891)]
    [InlineData(0x08E2)]
    public void Normalize_FormatControlInsideWord_IsDeleted(int codePoint)
    {
        string control = Chars.Of(codePoint);
        string decorated = Chars.Of(Kaf) + control + Chars.Of(Teh) + control + Chars.Of(Beh);

        Assert.Equal(s_kataba, Match(decorated));
    }

    [Fact]
    public void Normalize_EveryFormatCharacter_IsDeleted()
    {
        // Rule of thumb of table A: all general category Cf.
        for (int c = 0; c <= char.MaxValue; c++)
        {
            if (!char.IsSurrogate((char)c) && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format)
            {
                Assert.Equal(Chars.Of(Alef, Beh), Match(Chars.Of(Alef, (char)c, Beh)));
            }
        }
    }

    // (B) Combining marks, after NFD: every row of the table.
    [Theory]
    [InlineData(Fathatan)]
    [InlineData(Dammatan)]
    [InlineData(Kasratan)]
    [InlineData(Fatha)]
    [InlineData(Damma)]
    [InlineData(Kasra)]
    [InlineData(Shadda)]
    [InlineData(Sukun)]
    [InlineData(MaddahAbove)]
    [InlineData(HamzaAbove)]
    [InlineData(HamzaBelow)]
    [InlineData('\u065F')] // end of U+0653-U+065F
    [InlineData(SuperscriptAlef)]
    [InlineData(SignSallallahou)] // U+0610, honorific signs U+0610-U+061A
    [InlineData('\u061A')]
    [InlineData(SmallHighLigatureSadWithLamWithAlefMaksura)] // Quranic annotation U+06D6-U+06DC
    [InlineData('\u06DC')]
    [InlineData('\u06DF')] // U+06DF-U+06E4
    [InlineData('\u06E4')]
    [InlineData(SmallHighYeh)] // U+06E7-U+06E8
    [InlineData('\u06E8')]
    [InlineData(EmptyCentreLowStop)] // U+06EA-U+06ED
    [InlineData('\u06ED')]
    [InlineData('\u0898')] // Arabic Extended-A/B marks
    [InlineData('\u089F')]
    [InlineData('\u08CA')]
    [InlineData('\u08E1')]
    [InlineData('\u08E3')]
    [InlineData(OpenFathatan)]
    [InlineData('\u08FF')]
    public void Normalize_CombiningMarkOnLetters_IsDeleted(char mark)
    {
        Assert.Equal(s_kataba, Match(Chars.Of(Kaf, mark, Teh, mark, Beh, mark)));
    }

    [Fact]
    public void Normalize_EveryCombiningMark_IsDeleted()
    {
        // Rule of table B: all Mn and Me.
        for (int c = 0; c <= char.MaxValue; c++)
        {
            UnicodeCategory category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (!char.IsSurrogate((char)c)
                && category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark)
            {
                Assert.Equal(Chars.Of(Alef, Beh), Match(Chars.Of(Alef, (char)c, Beh)));
            }
        }
    }

    [Fact]
    public void Normalize_LatinAccents_AreStripped()
    {
        Assert.Equal("eleve ca", Match("\u00C9l\u00E8ve \u00E7\u00E0"));
        Assert.Equal("eleve", Match("E\u0301le\u0300ve"));
    }

    // (C) Arabic non-mark decorations.
    [Theory]
    [InlineData(Tatweel)]
    [InlineData(SmallWaw)]
    [InlineData(SmallYeh)]
    [InlineData(TailFragment)]
    public void Normalize_DecorationInsideWord_IsDeleted(char decoration)
    {
        Assert.Equal(s_kataba, Match(Chars.Of(Kaf, decoration, decoration, Teh, decoration, Beh)));
    }

    [Theory]
    [InlineData(StartOfRubElHizb)]
    [InlineData(PlaceOfSajdah)]
    [InlineData(OrnateLeftParenthesis)]
    [InlineData(OrnateRightParenthesis)]
    [InlineData('\uFD40')] // U+FD40-U+FD4F ligature symbols
    [InlineData('\uFD4F')]
    [InlineData('\uFDCF')]
    [InlineData('\uFDFE')]
    [InlineData('\uFDFF')]
    [InlineData(SymbolDotAbove)] // U+FBB2-U+FBC2
    [InlineData('\uFBC2')]
    public void Normalize_ArabicOrnament_BecomesSeparator(char ornament)
    {
        Assert.Equal(s_kataba + " " + s_kataba, Match(s_kataba + ornament + s_kataba));
    }

    [Fact]
    public void Normalize_BismillahLigature_SpellsOutBismillah()
    {
        // U+FDFD has no NFKC decomposition; the explicit compatibility fix spells it out.
        string expected = Chars.Of(
            Beh, Seen, Meem, ' ', Alef, Lam, Lam, Heh, ' ',
            Alef, Lam, Reh, Hah, Meem, Noon, ' ', Alef, Lam, Reh, Hah, Yeh, Meem);

        Assert.Equal(expected, Match(Chars.Of(LigatureBismillahArRahmanArRaheem)));
    }

    // NFKC rows: presentation forms, ligatures, mathematical letters.
    [Theory]
    [InlineData(AlefIsolatedForm, Alef)]
    [InlineData(BehIsolatedForm, Beh)]
    [InlineData(BehInitialForm, Beh)]
    [InlineData('\uFEEA', Heh)] // heh final form
    [InlineData('\uFB8E', Kaf)] // keheh isolated form: NFKC to keheh, then table D to kaf
    public void Normalize_PresentationForm_FoldsToBaseLetter(char form, char letter)
    {
        Assert.Equal(Chars.Of(letter), Match(Chars.Of(form)));
    }

    [Fact]
    public void Normalize_IsolatedPresentationForms_MatchBaseLetters()
    {
        // kataba written with isolated forms of kaf, teh and beh.
        Assert.Equal(s_kataba, Match("\uFED9\uFE95\uFE8F"));
    }

    [Theory]
    [InlineData(LigatureLamWithAlefIsolatedForm)]
    [InlineData(LigatureLamWithAlefWithMaddaAboveIsolatedForm)]
    [InlineData('\uFEF7')] // lam-alef with hamza above
    [InlineData('\uFEFC')] // lam-alef final form
    public void Normalize_LamAlefLigature_BecomesLamAlef(char ligature)
    {
        Assert.Equal(Chars.Of(Lam, Alef), Match(Chars.Of(ligature)));
    }

    [Fact]
    public void Normalize_SallallahuLigature_SpellsOutTheFormula()
    {
        // U+FDFA: salla llahu alayhi wa-sallam, 18 code points under NFKC; alef maksura then folds to yeh.
        string expected = Chars.Of(
            Sad, Lam, Yeh, ' ', Alef, Lam, Lam, Heh, ' ', Ain, Lam, Yeh, Heh, ' ', Waw, Seen, Lam, Meem);

        NormalizedText result = TextNormalizer.Normalize("x " + Chars.Of(LigatureSallallahouAlayheWasallam) + " y", TextChannel.Match);

        Assert.Equal("x " + expected + " y", result.Text);
        Assert.Equal(new TextSpan(2, 3), result.ToSource(new TextSpan(2, 2 + expected.Length)));
        Assert.Equal(new TextSpan(2, 3), result.ToSource(new TextSpan(10, 11)));
    }

    [Theory]
    [InlineData(LigatureAllahIsolatedForm)]
    [InlineData(LigatureJallajalalouhou)]
    [InlineData(RialSign)]
    public void Normalize_WordLigature_SpellsOutLetters(char ligature)
    {
        string folded = Match(Chars.Of(ligature));

        Assert.True(folded.Length >= 4, $"U+{(int)ligature:X4} gave '{folded}'");
        foreach (char c in folded)
        {
            Assert.True(c == ' ' || (c >= Hamza && c <= Yeh), $"U+{(int)ligature:X4} gave U+{(int)c:X4}");
        }
    }

    [Theory]
    [InlineData(MathematicalAlef, Alef)]
    [InlineData(MathematicalBeh, Beh)]
    [InlineData(MathematicalInitialBeh, Beh)]
    [InlineData(MathematicalLoopedAlef, Alef)]
    [InlineData(MathematicalDotlessBeh, DotlessBeh)]
    [InlineData(MathematicalDotlessNoon, Noon)] // NFKC to noon ghunna, then table D to noon
    [InlineData(MathematicalDotlessFeh, DotlessFeh)]
    [InlineData(MathematicalDotlessQaf, DotlessQaf)]
    public void Normalize_ArabicMathematicalLetter_FoldsToLetter(int codePoint, char letter)
    {
        Assert.Equal(Chars.Of(letter), Match(Chars.Of(codePoint)));
    }

    [Fact]
    public void Normalize_WordInArabicMathematicalLetters_MatchesWord()
    {
        // kataba from U+1EE0A (kaf), U+1EE15 (teh), U+1EE01 (beh), each a surrogate pair.
        Assert.Equal(s_kataba, Match(Chars.Of(0x1EE0A) + Chars.Of(0x1EE15) + Chars.Of(MathematicalBeh)));
    }

    // (E) Digits.
    [Fact]
    public void Normalize_ArabicIndicDigits_BecomeAscii()
    {
        for (int d = 0; d <= 9; d++)
        {
            string ascii = ((char)('0' + d)).ToString();
            Assert.Equal(ascii, Match(((char)(ArabicIndicDigitZero + d)).ToString()));
            Assert.Equal(ascii, Match(((char)(ExtendedArabicIndicDigitZero + d)).ToString()));
        }

        Assert.Equal("2024", Match(Chars.Of('\u0662', ArabicIndicDigitZero, '\u0662', '\u0664')));
    }

    [Theory]
    [InlineData("\u096B", "5")] // Devanagari five: any Nd
    [InlineData("\uFF13", "3")] // fullwidth three: NFKC
    [InlineData("\U0001D7D7", "9")] // mathematical bold nine: NFKC
    [InlineData("\u00B2", "2")] // superscript two: NFKC
    public void Normalize_OtherDigits_BecomeAscii(string digit, string expected)
    {
        Assert.Equal(expected, Match(digit));
    }

    [Fact]
    public void Normalize_ArabicDecimalSeparator_SeparatesDigits()
    {
        Assert.Equal("3 5", Match(Chars.Of(ArabicIndicDigitThree, DecimalSeparator, '\u0665')));
    }

    // (G) Lower case and Latin letters NFKC does not decompose.
    [Theory]
    [InlineData("HELLO World", "hello world")]
    [InlineData("\u041F\u0420\u0418\u0412\u0415\u0422", "\u043F\u0440\u0438\u0432\u0435\u0442")] // Cyrillic
    [InlineData("\u0391\u0398\u0397\u039D\u0391", "\u03B1\u03B8\u03B7\u03BD\u03B1")] // Greek
    [InlineData("\u0153uvre \u0152UVRE", "oeuvre oeuvre")]
    [InlineData("\u00E6on \u00C6ON", "aeon aeon")]
    [InlineData("Stra\u00DFe STRA\u1E9EE", "strasse strasse")]
    [InlineData("\uFB01le", "file")] // fi ligature: NFKC
    [InlineData("\U0001D41A\U0001D41B", "ab")] // mathematical bold a, b: NFKC
    public void Normalize_LatinCyrillicGreek_LowerCasedAndSpelledOut(string text, string expected)
    {
        Assert.Equal(expected, Match(text));
    }

    // (F) Punctuation, symbols and emoji become separators.
    [Theory]
    [InlineData(Comma)]
    [InlineData('\u060D')] // date separator
    [InlineData(Semicolon)]
    [InlineData('\u061E')] // triple dot
    [InlineData(QuestionMark)]
    [InlineData(PercentSign)]
    [InlineData(DecimalSeparator)]
    [InlineData('\u066C')] // thousands separator
    [InlineData('\u066D')] // five-pointed star
    [InlineData(FullStop)]
    [InlineData('\u00AB')] // guillemets
    [InlineData('\u00BB')]
    [InlineData('.')]
    [InlineData('-')]
    [InlineData('$')]
    [InlineData('\u2764')] // heavy black heart (So)
    public void Normalize_PunctuationOrSymbolInsideWord_BecomesSeparator(char separator)
    {
        Assert.Equal(s_kataba + " " + s_kataba, Match(s_kataba + separator + s_kataba));
        Assert.Equal(s_kataba + " " + s_kataba, Match(s_kataba + " " + separator + separator + " " + s_kataba));
    }

    [Theory]
    [InlineData("\U0001F600")] // grinning face: surrogate pair
    [InlineData("\U0001F1F8\U0001F1E6")] // flag: two regional indicators
    [InlineData("\U0001F468\u200D\U0001F469\u200D\U0001F467")] // family: ZWJ sequence
    [InlineData("\u2764\uFE0F")] // heart with emoji presentation selector
    [InlineData("\U0001F44D\U0001F3FD")] // thumbs up with skin tone modifier
    public void Normalize_EmojiInsideWord_BecomesSeparator(string emoji)
    {
        Assert.Equal(s_kataba + " " + s_kataba, Match(s_kataba + emoji + s_kataba));
    }

    [Fact]
    public void Normalize_KeycapEmoji_KeepsOnlyTheDigit()
    {
        // 1 + VS16 + COMBINING ENCLOSING KEYCAP: the selector (Mn) and the keycap (Me) are marks.
        Assert.Equal(s_kataba + "1" + s_kataba, Match(s_kataba + "1\uFE0F\u20E3" + s_kataba));
    }

    [Fact]
    public void Normalize_LoneSurrogate_BecomesSeparator()
    {
        Assert.Equal("a b c", Match("a\uD83Db\uDE00c"));
    }

    // Whitespace.
    [Theory]
    [InlineData("\t")]
    [InlineData("\r\n")]
    [InlineData("\u00A0")] // no-break space
    [InlineData("\u202F")] // narrow no-break space
    [InlineData("\u2003")] // em space
    [InlineData("\u3000")] // ideographic space
    [InlineData("\u2028")] // line separator
    [InlineData(" \t \n ")]
    public void Normalize_Whitespace_CollapsesToOneSpace(string whitespace)
    {
        Assert.Equal(s_kataba + " " + s_kataba, Match(whitespace + s_kataba + whitespace + s_kataba + whitespace));
    }

    [Fact]
    public void Normalize_OtherControlCharacters_AreDeleted()
    {
        Assert.Equal("ab", Match("a\u0001\u007F\u0090b"));
    }
}
