namespace Mizan.Core.Text.Normalization;

/// <summary>
/// Arabic-script characters named by the fold table (ARABIC.md), so that code never carries bare Arabic literals
/// that an editor may reshape or reorder (STYLE.md). Names follow the Unicode character names.
/// </summary>
internal static class ArabicLetters
{
    // Arabic block letters, U+0620-U+064A.
    public const char KashmiriYeh = '\u0620';
    public const char Hamza = '\u0621';
    public const char AlefWithMaddaAbove = '\u0622';
    public const char AlefWithHamzaAbove = '\u0623';
    public const char WawWithHamzaAbove = '\u0624';
    public const char AlefWithHamzaBelow = '\u0625';
    public const char YehWithHamzaAbove = '\u0626';
    public const char Alef = '\u0627';
    public const char Beh = '\u0628';
    public const char TehMarbuta = '\u0629';
    public const char Teh = '\u062A';
    public const char Theh = '\u062B';
    public const char Jeem = '\u062C';
    public const char Hah = '\u062D';
    public const char Khah = '\u062E';
    public const char Dal = '\u062F';
    public const char Thal = '\u0630';
    public const char Reh = '\u0631';
    public const char Zain = '\u0632';
    public const char Seen = '\u0633';
    public const char Sheen = '\u0634';
    public const char Sad = '\u0635';
    public const char Dad = '\u0636';
    public const char Tah = '\u0637';
    public const char Zah = '\u0638';
    public const char Ain = '\u0639';
    public const char Ghain = '\u063A';
    public const char KehehWithTwoDotsAbove = '\u063B';
    public const char FarsiYehWithInvertedV = '\u063D';
    public const char Tatweel = '\u0640';
    public const char Feh = '\u0641';
    public const char Qaf = '\u0642';
    public const char Kaf = '\u0643';
    public const char Lam = '\u0644';
    public const char Meem = '\u0645';
    public const char Noon = '\u0646';
    public const char Heh = '\u0647';
    public const char Waw = '\u0648';
    public const char AlefMaksura = '\u0649';
    public const char Yeh = '\u064A';

    // Combining marks (harakat and Quranic annotation), general category Mn.
    public const char Fathatan = '\u064B';
    public const char Dammatan = '\u064C';
    public const char Kasratan = '\u064D';
    public const char Fatha = '\u064E';
    public const char Damma = '\u064F';
    public const char Kasra = '\u0650';
    public const char Shadda = '\u0651';
    public const char Sukun = '\u0652';
    public const char MaddahAbove = '\u0653';
    public const char HamzaAbove = '\u0654';
    public const char HamzaBelow = '\u0655';
    public const char SuperscriptAlef = '\u0670';
    public const char SignSallallahou = '\u0610';
    public const char SmallHighLigatureSadWithLamWithAlefMaksura = '\u06D6';
    public const char SmallHighYeh = '\u06E7';
    public const char EmptyCentreLowStop = '\u06EA';
    public const char OpenFathatan = '\u08F0';

    // Letters of the Arabic block extension (Persian, Urdu, Pashto, Sindhi, Kurdish, Maghrebi...).
    public const char DotlessBeh = '\u066E';
    public const char DotlessQaf = '\u066F';
    public const char AlefWasla = '\u0671';
    public const char AlefWithWavyHamzaAbove = '\u0672';
    public const char HighHamza = '\u0674';
    public const char HighHamzaAlef = '\u0675';
    public const char HighHamzaWaw = '\u0676';
    public const char Tteh = '\u0679';
    public const char Beeh = '\u067B';
    public const char TehWithRing = '\u067C';
    public const char Peh = '\u067E';
    public const char Beheh = '\u0680';
    public const char Tcheh = '\u0686';
    public const char Ddal = '\u0688';
    public const char DalWithRing = '\u0689';
    public const char Rreh = '\u0691';
    public const char Jeh = '\u0698';
    public const char DotlessFeh = '\u06A1';
    public const char Veh = '\u06A4';
    public const char QafWithThreeDotsAbove = '\u06A8';
    public const char Keheh = '\u06A9';
    public const char SwashKaf = '\u06AA';
    public const char Ng = '\u06AD';
    public const char Gaf = '\u06AF';
    public const char LamWithSmallV = '\u06B5';
    public const char NoonWithDotBelow = '\u06B9';
    public const char NoonGhunna = '\u06BA';
    public const char Rnoon = '\u06BB';
    public const char HehDoachashmee = '\u06BE';
    public const char HehWithYehAbove = '\u06C0';
    public const char HehGoal = '\u06C1';
    public const char HehGoalWithHamzaAbove = '\u06C2';
    public const char TehMarbutaGoal = '\u06C3';
    public const char WawWithRing = '\u06C4';
    public const char U = '\u06C7';
    public const char Ve = '\u06CB';
    public const char FarsiYeh = '\u06CC';
    public const char YehWithTail = '\u06CD';
    public const char E = '\u06D0';
    public const char YehBarree = '\u06D2';
    public const char YehBarreeWithHamzaAbove = '\u06D3';
    public const char Ae = '\u06D5';
    public const char SmallWaw = '\u06E5';
    public const char SmallYeh = '\u06E6';
    public const char HehWithInvertedV = '\u06FF';

    // Arabic Supplement, Extended-A and Extended-B samples (base-fold table rows across its range).
    public const char BehWithThreeDotsHorizontallyBelow = '\u0750';
    public const char DalWithInvertedSmallVBelow = '\u075A';
    public const char SeenWithFourDotsAbove = '\u075C';
    public const char SeenWithTwoDotsVerticallyAbove = '\u076D';
    public const char KafWithTwoDotsAbove = '\u077F';
    public const char AlefWithAttachedFatha = '\u0870';
    public const char NoonWithInvertedSmallV = '\u0889';
    public const char BehWithSmallVBelow = '\u08A0';
    public const char YehWithTwoDotsBelowAndHamzaAbove = '\u08A8';
    public const char LamWithSmallArabicLetterTahAbove = '\u08C7';

    // Format characters (general category Cf).
    public const char NumberSign = '\u0600';
    public const char ArabicLetterMark = '\u061C';
    public const char EndOfAyah = '\u06DD';

    // Digits.
    public const char ArabicIndicDigitZero = '\u0660';
    public const char ArabicIndicDigitThree = '\u0663';
    public const char ArabicIndicDigitNine = '\u0669';
    public const char ExtendedArabicIndicDigitZero = '\u06F0';
    public const char ExtendedArabicIndicDigitFour = '\u06F4';
    public const char ExtendedArabicIndicDigitNine = '\u06F9';

    // Punctuation and symbols.
    public const char Comma = '\u060C';
    public const char Semicolon = '\u061B';
    public const char QuestionMark = '\u061F';
    public const char PercentSign = '\u066A';
    public const char DecimalSeparator = '\u066B';
    public const char FullStop = '\u06D4';
    public const char StartOfRubElHizb = '\u06DE';
    public const char PlaceOfSajdah = '\u06E9';
    public const char OrnateLeftParenthesis = '\uFD3E';
    public const char OrnateRightParenthesis = '\uFD3F';

    // Presentation forms (Arabic Presentation Forms-A and -B).
    public const char BehIsolatedForm = '\uFE8F';
    public const char BehInitialForm = '\uFE91';
    public const char AlefIsolatedForm = '\uFE8D';
    public const char TailFragment = '\uFE73';
    public const char LigatureLamWithAlefIsolatedForm = '\uFEFB';
    public const char LigatureLamWithAlefWithMaddaAboveIsolatedForm = '\uFEF5';
    public const char LigatureAllahIsolatedForm = '\uFDF2';
    public const char LigatureSallallahouAlayheWasallam = '\uFDFA';
    public const char LigatureJallajalalouhou = '\uFDFB';
    public const char RialSign = '\uFDFC';
    public const char LigatureBismillahArRahmanArRaheem = '\uFDFD';
    public const char SymbolDotAbove = '\uFBB2';

    // Arabic Mathematical Alphabetic Symbols (supplementary plane), as code points.
    public const int MathematicalAlef = 0x1EE00;
    public const int MathematicalBeh = 0x1EE01;
    public const int MathematicalDotlessBeh = 0x1EE1C;
    public const int MathematicalDotlessNoon = 0x1EE1D;
    public const int MathematicalDotlessFeh = 0x1EE1E;
    public const int MathematicalDotlessQaf = 0x1EE1F;
    public const int MathematicalInitialBeh = 0x1EE21;
    public const int MathematicalLoopedAlef = 0x1EE80;
}
