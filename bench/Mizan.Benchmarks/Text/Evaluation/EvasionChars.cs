namespace Mizan.Benchmarks.Text.Evaluation;

/// <summary>
/// The characters the evasion generator inserts or substitutes, named after their Unicode names so that no bare
/// Arabic literal appears in code (STYLE.md). Larger mappings (presentation forms, mathematical letters, look-alike
/// letters, rasm classes) are derived from Unicode data by <see cref="EvasionTables"/>, not typed here.
/// </summary>
internal static class EvasionChars
{
    // Arabic letters the Persian/Urdu swap and the rasm representatives name.
    public const char TehMarbuta = '\u0629';
    public const char Kaf = '\u0643';
    public const char Heh = '\u0647';
    public const char Yeh = '\u064A';
    public const char AlefMaksura = '\u0649';
    public const char Alef = '\u0627';
    public const char Hah = '\u062D';
    public const char Dal = '\u062F';
    public const char Reh = '\u0631';
    public const char Seen = '\u0633';
    public const char Sad = '\u0635';
    public const char Tah = '\u0637';
    public const char Ain = '\u0639';
    public const char Lam = '\u0644';
    public const char Meem = '\u0645';
    public const char Waw = '\u0648';
    public const char DotlessBeh = '\u066E';
    public const char DotlessQaf = '\u066F';
    public const char Keheh = '\u06A9';
    public const char DotlessFeh = '\u06A1';
    public const char NoonGhunna = '\u06BA';
    public const char HehGoal = '\u06C1';
    public const char TehMarbutaGoal = '\u06C3';
    public const char FarsiYeh = '\u06CC';

    /// <summary>ARABIC TATWEEL (kashida), general category Lm.</summary>
    public const char Tatweel = '\u0640';

    /// <summary>First and last of the basic harakat: FATHATAN … SUKUN (U+064B–U+0652).</summary>
    public const char FirstHaraka = '\u064B';

    /// <summary>ARABIC SUKUN, the last of the basic harakat.</summary>
    public const char LastHaraka = '\u0652';

    /// <summary>ARABIC SHADDA, which is written together with a vowel sign.</summary>
    public const char Shadda = '\u0651';

    // Invisible characters (general category Cf).
    public const char ZeroWidthSpace = '\u200B';
    public const char ZeroWidthNonJoiner = '\u200C';
    public const char ZeroWidthJoiner = '\u200D';
    public const char WordJoiner = '\u2060';
    public const char ZeroWidthNoBreakSpace = '\uFEFF';

    // Bidirectional controls.
    public const char LeftToRightMark = '\u200E';
    public const char RightToLeftMark = '\u200F';
    public const char ArabicLetterMark = '\u061C';
    public const char LeftToRightEmbedding = '\u202A';
    public const char RightToLeftEmbedding = '\u202B';
    public const char PopDirectionalFormatting = '\u202C';
    public const char LeftToRightOverride = '\u202D';
    public const char RightToLeftOverride = '\u202E';
    public const char LeftToRightIsolate = '\u2066';
    public const char RightToLeftIsolate = '\u2067';
    public const char FirstStrongIsolate = '\u2068';
    public const char PopDirectionalIsolate = '\u2069';

    /// <summary>Emoji inserted inside words (U+1F525 fire, U+2764 U+FE0F heart, U+1F44D thumbs up, U+2B50 star,
    /// U+1F319 crescent moon, U+2728 sparkles, U+1F4A5 collision), as UTF-16 strings.</summary>
    public static readonly string[] Emoji =
    [
        "\U0001F525", "\u2764\uFE0F", "\U0001F44D", "\u2B50", "\U0001F319", "\u2728", "\U0001F4A5",
    ];

    /// <summary>Punctuation inserted inside words (U+00B7 middle dot, U+2022 bullet, U+060C Arabic comma, U+061B
    /// Arabic semicolon and ASCII).</summary>
    public static readonly string[] Punctuation =
    [
        ".", "-", "_", "*", "/", "|", "~", "'", "\u00B7", "\u2022", "\u060C", "\u061B",
    ];

    /// <summary>The zero-width characters of ARABIC.md's channel table (ZWSP, ZWNJ, ZWJ, WJ, BOM).</summary>
    public static readonly char[] ZeroWidth =
    [
        ZeroWidthSpace, ZeroWidthNonJoiner, ZeroWidthJoiner, WordJoiner, ZeroWidthNoBreakSpace,
    ];

    /// <summary>Bidi controls put around a word: an opening control and the control that closes it.</summary>
    public static readonly (char Open, char Close)[] BidiPairs =
    [
        (RightToLeftEmbedding, PopDirectionalFormatting),
        (LeftToRightEmbedding, PopDirectionalFormatting),
        (RightToLeftOverride, PopDirectionalFormatting),
        (LeftToRightOverride, PopDirectionalFormatting),
        (RightToLeftIsolate, PopDirectionalIsolate),
        (LeftToRightIsolate, PopDirectionalIsolate),
        (FirstStrongIsolate, PopDirectionalIsolate),
        (RightToLeftMark, RightToLeftMark),
        (LeftToRightMark, LeftToRightMark),
        (ArabicLetterMark, ArabicLetterMark),
    ];
}
