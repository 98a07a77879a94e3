using System.Globalization;
using System.Text;

namespace Mizan.Benchmarks.Text.Evaluation;

/// <summary>
/// The letter mappings the evasion generator uses, derived from Unicode rather than typed: isolated presentation
/// forms and Arabic mathematical letters by scanning their blocks for code points whose NFKC form is a single
/// Arabic letter; look-alike extended letters from <c>unicode/arabic_letter_base_fold.tsv</c> (letters named
/// "ARABIC LETTER X WITH …", Unicode 15); rasm (dotless) classes from <c>unicode/arabic_joining_groups.tsv</c>
/// (Joining_Group of ArabicShaping.txt) with the representatives of ARABIC.md, "Skeleton (rasm) channel".
/// </summary>
internal sealed class EvasionTables
{
    private const int PresentationFormsFirst = 0xFB50;
    private const int PresentationFormsLast = 0xFEFE; // U+FEFF is the BOM, not a letter form
    private const int MathLettersFirst = 0x1EE00;
    private const int MathLettersLast = 0x1EEFF;
    private const char BasicLettersFirst = '\u0621';
    private const char BasicLettersLast = '\u064A';

    private readonly Dictionary<char, char> _isolatedForms;
    private readonly HashSet<char> _dualJoining;
    private readonly Dictionary<char, string[]> _mathLetters;
    private readonly Dictionary<char, char[]> _lookAlikes;
    private readonly Dictionary<char, RasmShape> _rasm;

    private EvasionTables(
        Dictionary<char, char> isolatedForms,
        HashSet<char> dualJoining,
        Dictionary<char, string[]> mathLetters,
        Dictionary<char, char[]> lookAlikes,
        Dictionary<char, RasmShape> rasm)
    {
        _isolatedForms = isolatedForms;
        _dualJoining = dualJoining;
        _mathLetters = mathLetters;
        _lookAlikes = lookAlikes;
        _rasm = rasm;
    }

    /// <summary>Letters with an isolated presentation form.</summary>
    public int IsolatedFormCount => _isolatedForms.Count;

    /// <summary>Letters with at least one mathematical look-alike.</summary>
    public int MathLetterCount => _mathLetters.Count;

    /// <summary>Letters with at least one look-alike extended letter.</summary>
    public int LookAlikeCount => _lookAlikes.Count;

    /// <summary>Letters with a rasm class.</summary>
    public int RasmCount => _rasm.Count;

    /// <summary>Loads the tables; <paramref name="dataDirectory"/> holds the <c>unicode/</c> folder.</summary>
    /// <exception cref="InvalidOperationException">Unicode normalisation does not work in this runtime.</exception>
    public static EvasionTables Load(string dataDirectory)
    {
        // With invariant globalization NFKC is a silent no-op and every scan below would come back empty.
        if (!string.Equals("\uFEFB".Normalize(NormalizationForm.FormKC), "\u0644\u0627", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("Unicode normalisation does not work (invariant globalization?).");
        }

        (Dictionary<char, char> isolated, HashSet<char> dualJoining) = ScanPresentationForms();
        Dictionary<char, string[]> math = ScanMathLetters();
        Dictionary<char, char[]> lookAlikes = ReadLookAlikes(Path.Combine(dataDirectory, "unicode", "arabic_letter_base_fold.tsv"));
        Dictionary<char, RasmShape> rasm = ReadRasm(Path.Combine(dataDirectory, "unicode", "arabic_joining_groups.tsv"));
        return new EvasionTables(isolated, dualJoining, math, lookAlikes, rasm);
    }

    /// <summary>True for an Arabic-script letter (general category Lo in the Arabic blocks; tatweel is Lm).</summary>
    public static bool IsArabicLetter(char c) =>
        (c is (>= '\u0600' and <= '\u06FF') or (>= '\u0750' and <= '\u077F') or (>= '\u0870' and <= '\u08FF'))
        && char.GetUnicodeCategory(c) == UnicodeCategory.OtherLetter;

    public bool TryGetIsolatedForm(char letter, out char form) => _isolatedForms.TryGetValue(letter, out form);

    /// <summary>True when the letter joins on both sides (it has initial and medial presentation forms).</summary>
    public bool IsDualJoining(char letter) => _dualJoining.Contains(letter);

    public bool TryGetMathLetters(char letter, out string[] forms) => _mathLetters.TryGetValue(letter, out forms!);

    public bool TryGetLookAlikes(char letter, out char[] variants) => _lookAlikes.TryGetValue(letter, out variants!);

    public bool TryGetRasm(char letter, out RasmShape shape) => _rasm.TryGetValue(letter, out shape);

    /// <summary>
    /// Each letter's presentation forms come as a run of consecutive code points in the order isolated, final,
    /// initial, medial (Unicode chapter 9.2, Arabic Presentation Forms-A and -B), so the first code point of a run
    /// that NFKC-normalises to one letter is its isolated form, and a run of four marks a dual-joining letter.
    /// Ligatures (NFKC to several letters) and the spacing harakat forms (NFKC to a space and a mark) are skipped.
    /// </summary>
    private static (Dictionary<char, char> Isolated, HashSet<char> DualJoining) ScanPresentationForms()
    {
        var isolated = new Dictionary<char, char>();
        var dualJoining = new HashSet<char>();
        char runLetter = '\0';
        int runLength = 0;
        for (int cp = PresentationFormsFirst; cp <= PresentationFormsLast + 1; cp++)
        {
            char letter = '\0';
            if (cp <= PresentationFormsLast)
            {
                string normalized = ((char)cp).ToString().Normalize(NormalizationForm.FormKC);
                if (normalized.Length == 1 && normalized[0] != (char)cp && IsArabicLetter(normalized[0]))
                {
                    letter = normalized[0];
                }
            }

            if (letter != '\0' && letter == runLetter)
            {
                runLength++;
                continue;
            }

            if (runLength >= 4)
            {
                dualJoining.Add(runLetter);
            }

            runLetter = letter;
            runLength = letter == '\0' ? 0 : 1;
            if (letter != '\0')
            {
                isolated.TryAdd(letter, (char)cp);
            }
        }

        return (isolated, dualJoining);
    }

    /// <summary>Arabic Mathematical Alphabetic Symbols (U+1EE00–U+1EEFF): every style (plain, initial, tailed,
    /// stretched, looped, double-struck) whose NFKC form is a single Arabic letter.</summary>
    private static Dictionary<char, string[]> ScanMathLetters()
    {
        var found = new Dictionary<char, List<string>>();
        for (int cp = MathLettersFirst; cp <= MathLettersLast; cp++)
        {
            string symbol = char.ConvertFromUtf32(cp);
            string normalized = symbol.Normalize(NormalizationForm.FormKC);
            if (normalized.Length == 1 && IsArabicLetter(normalized[0]))
            {
                if (!found.TryGetValue(normalized[0], out List<string>? list))
                {
                    found[normalized[0]] = list = [];
                }

                list.Add(symbol);
            }
        }

        var result = new Dictionary<char, string[]>(found.Count);
        foreach ((char letter, List<string> symbols) in found)
        {
            result[letter] = [.. symbols];
        }

        return result;
    }

    /// <summary>
    /// Look-alikes of a letter: the extended letters the table derives from it ("X WITH …"), leaving out the basic
    /// Arabic letters (U+0621–U+064A, e.g. alef with hamza: a spelling variant, not a look-alike). The Persian and
    /// Urdu forms of YEH, KAF and HEH count as the same letter, so their derived letters are look-alikes too.
    /// </summary>
    private static Dictionary<char, char[]> ReadLookAlikes(string path)
    {
        var byBase = new Dictionary<char, List<char>>();
        foreach (string line in File.ReadLines(path))
        {
            if (line.Length == 0 || line.StartsWith('#') || line.StartsWith("cp\t", StringComparison.Ordinal))
            {
                continue;
            }

            string[] fields = line.Split('\t');
            char variant = ParseCodePoint(fields[0]);
            char letter = ParseCodePoint(fields[2]);
            if (variant is >= BasicLettersFirst and <= BasicLettersLast)
            {
                continue;
            }

            if (!byBase.TryGetValue(letter, out List<char>? list))
            {
                byBase[letter] = list = [];
            }

            list.Add(variant);
        }

        (char Arabic, char Persian)[] sameLetter =
        [
            (EvasionChars.Yeh, EvasionChars.FarsiYeh),
            (EvasionChars.Kaf, EvasionChars.Keheh),
            (EvasionChars.Heh, EvasionChars.HehGoal),
        ];
        foreach ((char arabic, char persian) in sameLetter)
        {
            if (!byBase.TryGetValue(arabic, out List<char>? list))
            {
                byBase[arabic] = list = [];
            }

            if (byBase.TryGetValue(persian, out List<char>? persianList))
            {
                list.AddRange(persianList);
            }
        }

        var result = new Dictionary<char, char[]>();
        foreach ((char letter, List<char> variants) in byBase)
        {
            if (variants.Count > 0)
            {
                result[letter] = [.. variants.Distinct()];
            }
        }

        return result;
    }

    private static Dictionary<char, RasmShape> ReadRasm(string path)
    {
        // Representatives: ARABIC.md, "Skeleton (rasm) channel" (the conventions of rasmify and arabic_undotting).
        var representatives = new Dictionary<string, RasmShape>(StringComparer.Ordinal)
        {
            ["ALEF"] = new(EvasionChars.Alef, EvasionChars.Alef),
            ["BEH"] = new(EvasionChars.DotlessBeh, EvasionChars.DotlessBeh),
            ["HAH"] = new(EvasionChars.Hah, EvasionChars.Hah),
            ["DAL"] = new(EvasionChars.Dal, EvasionChars.Dal),
            ["REH"] = new(EvasionChars.Reh, EvasionChars.Reh),
            ["SEEN"] = new(EvasionChars.Seen, EvasionChars.Seen),
            ["SAD"] = new(EvasionChars.Sad, EvasionChars.Sad),
            ["TAH"] = new(EvasionChars.Tah, EvasionChars.Tah),
            ["AIN"] = new(EvasionChars.Ain, EvasionChars.Ain),
            ["FEH"] = new(EvasionChars.DotlessFeh, EvasionChars.DotlessFeh),
            ["QAF"] = new(EvasionChars.DotlessQaf, EvasionChars.DotlessFeh),
            ["KAF"] = new(EvasionChars.Kaf, EvasionChars.Kaf),
            ["GAF"] = new(EvasionChars.Kaf, EvasionChars.Kaf),
            ["SWASH KAF"] = new(EvasionChars.Kaf, EvasionChars.Kaf),
            ["LAM"] = new(EvasionChars.Lam, EvasionChars.Lam),
            ["MEEM"] = new(EvasionChars.Meem, EvasionChars.Meem),
            ["NOON"] = new(EvasionChars.NoonGhunna, EvasionChars.DotlessBeh),
            ["YEH"] = new(EvasionChars.AlefMaksura, EvasionChars.DotlessBeh),
            ["FARSI YEH"] = new(EvasionChars.AlefMaksura, EvasionChars.DotlessBeh),
            ["YEH BARREE"] = new(EvasionChars.AlefMaksura, EvasionChars.DotlessBeh),
            ["HEH"] = new(EvasionChars.Heh, EvasionChars.Heh),
            ["TEH MARBUTA"] = new(EvasionChars.Heh, EvasionChars.Heh),
            ["TEH MARBUTA GOAL"] = new(EvasionChars.Heh, EvasionChars.Heh),
            ["HEH GOAL"] = new(EvasionChars.Heh, EvasionChars.Heh),
            ["KNOTTED HEH"] = new(EvasionChars.Heh, EvasionChars.Heh),
            ["WAW"] = new(EvasionChars.Waw, EvasionChars.Waw),
        };

        var result = new Dictionary<char, RasmShape>();
        foreach (string line in File.ReadLines(path))
        {
            if (line.Length == 0 || line.StartsWith('#') || line.StartsWith("joining_group\t", StringComparison.Ordinal))
            {
                continue;
            }

            string[] fields = line.Split('\t');
            if (!representatives.TryGetValue(fields[0], out RasmShape shape))
            {
                continue; // rare groups (African, Burushaski, Rohingya...) keep their letters
            }

            foreach (string member in fields[2].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                result[ParseCodePoint(member)] = shape;
            }
        }

        return result;
    }

    private static char ParseCodePoint(string field)
    {
        if (!field.StartsWith("U+", StringComparison.Ordinal))
        {
            throw new FormatException($"Not a code point: '{field}'.");
        }

        int value = int.Parse(field.AsSpan(2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        return value <= char.MaxValue
            ? (char)value
            : throw new FormatException($"Code point {field} is outside the BMP.");
    }
}
