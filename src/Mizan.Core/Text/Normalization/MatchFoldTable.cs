using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace Mizan.Core.Text.Normalization;

/// <summary>
/// The match-level fold (ARABIC.md, "Complete fold table for matching") as one precomputed entry per code point,
/// so that normalising is a table look-up per character.
/// </summary>
/// <remarks>
/// <para>Each entry is the fold table applied, in ARABIC.md's order of operations, to that code point alone: NFKC,
/// explicit compatibility fixes (U+FDFD), NFD, then (A) delete format controls, (B) delete combining marks, (C)
/// delete tatweel and decorations, (D) letter folds, (E) digits to ASCII, (G) lower case and Latin ligatures,
/// (F) punctuation and symbols to a space; whitespace becomes a space, collapsed when the text is written. Entries
/// are closed under themselves, so a normalised text normalises to itself.</para>
/// <para>Folding code point by code point is exact for this pipeline except in one respect: UAX #15 normalises
/// combining sequences as a whole, so a string's NFD can order a run of combining marks differently from the
/// per-character decompositions. Every such mark (Mn) is deleted by rule B, so the approximation only affects the
/// order of the rare spacing marks (Mc) with a non-zero combining class. NFD(NFKC(x)) equals NFKD(x); the table is
/// built with one NFKC and one NFD call over all code points, separated by U+0001, which blocks composition and
/// reordering across code points.</para>
/// <para>Consequences of following the table literally, for other scripts: lower case is the invariant simple
/// case mapping (no final-sigma or Turkish rules); all Mn marks go, so Indic vowel signs that are Mn are deleted
/// and Mc ones kept; NFD splits Hangul syllables into jamo. Controls other than whitespace (Cc) are deleted like
/// format characters; a lone surrogate becomes a separator; private-use and unassigned code points stay as they
/// are.</para>
/// <para>The table is built from the runtime's Unicode data (ICU for normalisation) on first use, after
/// <see cref="UnicodeSelfTest"/>: without working normalisation, building it throws.</para>
/// </remarks>
internal sealed class MatchFoldTable
{
    private const char Separator = '\u0001';

    private static readonly Lazy<MatchFoldTable> s_instance =
        new(() => Build(static (text, form) => text.Normalize(form)), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly FoldEntry[] _bmp;
    private readonly FrozenDictionary<int, FoldEntry> _supplementary;
    private readonly char[] _expansions;
    private readonly int _maxLength;

    private MatchFoldTable(
        FoldEntry[] bmp, FrozenDictionary<int, FoldEntry> supplementary, char[] expansions, int maxLength)
    {
        _bmp = bmp;
        _supplementary = supplementary;
        _expansions = expansions;
        _maxLength = maxLength;
    }

    /// <summary>The table built from the runtime's normaliser.</summary>
    /// <exception cref="InvalidOperationException">Unicode normalisation does not work in this runtime.</exception>
    public static MatchFoldTable Instance => s_instance.Value;

    /// <summary>How many code points have an entry other than <see cref="FoldKind.Identity"/>.</summary>
    public int ChangedCount { get; private init; }

    /// <summary>Whether the fold deletes <paramref name="c"/> (a BMP character; e.g. a mark or a format control).</summary>
    public bool Deletes(char c) => _bmp[c].Kind == FoldKind.Delete;

    /// <summary>Folds <paramref name="text"/> into <paramref name="output"/>, mapping each written character to
    /// the original code point (one or two UTF-16 units) it came from.</summary>
    public void Fold(ReadOnlySpan<char> text, ref FoldBuffer output)
    {
        // Room for the longest fold of one code point, so the loop checks capacity once per code point.
        int room = _maxLength + 2;
        int n = output.Length;
        output.EnsureCapacity(n + text.Length + room);
        char[] chars = output.CharArray;
        int[] starts = output.StartArray;
        int[] ends = output.EndArray;
        int limit = chars.Length - room;
        FoldEntry[] bmp = _bmp;
        char[] pool = _expansions;

        for (int i = 0; i < text.Length; i++)
        {
            if (n > limit)
            {
                output.SetLength(n);
                output.EnsureCapacity(n + (text.Length - i) + room);
                chars = output.CharArray;
                starts = output.StartArray;
                ends = output.EndArray;
                limit = chars.Length - room;
            }

            char c = text[i];
            FoldEntry entry = bmp[c];
            FoldKind kind = entry.Kind;
            if (kind == FoldKind.Identity)
            {
                chars[n] = c;
                starts[n] = i;
                ends[n] = i + 1;
                n++;
                continue;
            }

            if (kind == FoldKind.Delete)
            {
                continue;
            }

            int start = i;
            if (kind == FoldKind.HighSurrogate)
            {
                if (i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    i++;
                    if (!_supplementary.TryGetValue(char.ConvertToUtf32(c, text[i]), out entry))
                    {
                        chars[n] = c;
                        starts[n] = start;
                        ends[n] = i + 1;
                        chars[n + 1] = text[i];
                        starts[n + 1] = start;
                        ends[n + 1] = i + 1;
                        n += 2;
                        continue;
                    }

                    kind = entry.Kind;
                }
                else
                {
                    kind = FoldKind.Space; // a lone surrogate
                }
            }

            switch (kind)
            {
                case FoldKind.Space:
                    if (n > 0 && chars[n - 1] != ' ')
                    {
                        chars[n] = ' ';
                        starts[n] = start;
                        ends[n] = i + 1;
                        n++;
                    }

                    break;
                case FoldKind.Single:
                    chars[n] = (char)entry.Value;
                    starts[n] = start;
                    ends[n] = i + 1;
                    n++;
                    break;
                case FoldKind.Expansion:
                    foreach (char e in pool.AsSpan(entry.Value, entry.Length))
                    {
                        if (e != ' ' || (n > 0 && chars[n - 1] != ' '))
                        {
                            chars[n] = e;
                            starts[n] = start;
                            ends[n] = i + 1;
                            n++;
                        }
                    }

                    break;
                default: // Delete (a supplementary code point)
                    break;
            }
        }

        if (n > 0 && chars[n - 1] == ' ')
        {
            n--;
        }

        output.SetLength(n);
    }

    /// <summary>Builds the table with <paramref name="normalize"/> standing for <see cref="string.Normalize(NormalizationForm)"/>.</summary>
    internal static MatchFoldTable Build(Func<string, NormalizationForm, string> normalize)
    {
        UnicodeSelfTest.Verify(normalize);

        List<int> codePoints = CodePointsToFold();
        string[] decompositions = Decompose(codePoints, normalize);
        var letterFolds = new Dictionary<char, char>();
        ReadOnlySpan<char> pairs = GeneratedFoldData.LetterFolds;
        for (int i = 0; i < pairs.Length; i += 2)
        {
            letterFolds.Add(pairs[i], pairs[i + 1]);
        }

        // Only code points that change are kept; any other folds to itself.
        var folded = new Dictionary<int, string>();
        var builder = new StringBuilder();
        Span<char> original = stackalloc char[2];
        for (int i = 0; i < codePoints.Count; i++)
        {
            builder.Clear();
            foreach (Rune rune in decompositions[i].EnumerateRunes())
            {
                AppendFolded(rune, letterFolds, builder);
            }

            int length = new Rune(codePoints[i]).EncodeToUtf16(original);
            if (!builder.Equals(original[..length]) || codePoints[i] == ' ')
            {
                folded.Add(codePoints[i], builder.ToString());
            }
        }

        CloseUnderItself(folded, builder);
        return Encode(folded);
    }

    /// <summary>The BMP (without surrogates), plane 1 and the supplementary ranges that have decompositions or
    /// format characters (CJK compatibility ideographs, tags, variation selectors). Left out, as code points that
    /// no rule changes: unassigned code points, noncharacters, private use, CJK unified ideographs and the rest of
    /// the supplementary planes (CJK extensions, private use).</summary>
    private static List<int> CodePointsToFold()
    {
        var codePoints = new List<int>(0x20000);
        AddRange(codePoints, 0x0000, 0xD7FF);
        AddRange(codePoints, 0xE000, 0x1FFFF);
        AddRange(codePoints, 0x2F800, 0x2FA1F);
        AddRange(codePoints, 0xE0000, 0xE01EF);
        return codePoints;

        static void AddRange(List<int> list, int first, int last)
        {
            for (int cp = first; cp <= last; cp++)
            {
                bool nonCharacter = (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE;
                bool cjkIdeograph = (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF);
                UnicodeCategory category = CharUnicodeInfo.GetUnicodeCategory(cp);
                if (!nonCharacter && !cjkIdeograph
                    && category is not (UnicodeCategory.OtherNotAssigned or UnicodeCategory.PrivateUse))
                {
                    list.Add(cp);
                }
            }
        }
    }

    /// <summary>NFKC, compatibility fixes, then NFD of each code point on its own.</summary>
    private static string[] Decompose(List<int> codePoints, Func<string, NormalizationForm, string> normalize)
    {
        string[] texts = new string[codePoints.Count];
        for (int i = 0; i < texts.Length; i++)
        {
            texts[i] = char.ConvertFromUtf32(codePoints[i]);
        }

        texts = NormalizeEach(texts, NormalizationForm.FormKC, normalize);
        for (int i = 0; i < texts.Length; i++)
        {
            texts[i] = CompatibilityFix(codePoints[i]) ?? texts[i];
        }

        return NormalizeEach(texts, NormalizationForm.FormD, normalize);
    }

    /// <summary>Normalises each text on its own, in one call: the texts are joined with U+0001, a starter without
    /// decomposition that composition and reordering do not cross. U+0001 itself is left out (it is unchanged).</summary>
    private static string[] NormalizeEach(
        string[] texts, NormalizationForm form, Func<string, NormalizationForm, string> normalize)
    {
        var joined = new StringBuilder(texts.Length * 3);
        int joinedCount = 0;
        foreach (string text in texts)
        {
            if (!text.Contains(Separator, StringComparison.Ordinal))
            {
                joined.Append(Separator).Append(text);
                joinedCount++;
            }
        }

        string[] normalized = normalize(joined.ToString(), form).Split(Separator);
        if (normalized.Length != joinedCount + 1)
        {
            throw new InvalidOperationException("Unicode normalisation changed the code point separators.");
        }

        string[] result = new string[texts.Length];
        int next = 1;
        for (int i = 0; i < texts.Length; i++)
        {
            result[i] = texts[i].Contains(Separator, StringComparison.Ordinal) ? texts[i] : normalized[next++];
        }

        return result;
    }

    /// <summary>Explicit fixes after NFKC (ARABIC.md table C): characters NFKC leaves alone that spell words.</summary>
    private static string? CompatibilityFix(int codePoint) => codePoint switch
    {
        // U+FDFD has no compatibility decomposition; spell it out as CAMeL Tools does.
        ArabicLetters.LigatureBismillahArRahmanArRaheem => Bismillah,
        _ => null,
    };

    private static string Bismillah { get; } = new(
    [
        ArabicLetters.Beh, ArabicLetters.Seen, ArabicLetters.Meem, ' ',
        ArabicLetters.Alef, ArabicLetters.Lam, ArabicLetters.Lam, ArabicLetters.Heh, ' ',
        ArabicLetters.Alef, ArabicLetters.Lam, ArabicLetters.Reh, ArabicLetters.Hah, ArabicLetters.Meem, ArabicLetters.Noon, ' ',
        ArabicLetters.Alef, ArabicLetters.Lam, ArabicLetters.Reh, ArabicLetters.Hah, ArabicLetters.Yeh, ArabicLetters.Meem,
    ]);

    /// <summary>Rules A-G for one code point of a decomposition.</summary>
    private static void AppendFolded(Rune rune, Dictionary<char, char> letterFolds, StringBuilder output)
    {
        UnicodeCategory category = Rune.GetUnicodeCategory(rune);
        int value = rune.Value;

        // (A) format and bidi controls, (B) combining marks, (C) tatweel and decorations.
        if (category is UnicodeCategory.Format or UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark
            || IsDecoration(value))
        {
            return;
        }

        // (D) letter folds.
        if (value <= char.MaxValue && letterFolds.TryGetValue((char)value, out char letter))
        {
            output.Append(letter);
            return;
        }

        // (E) every decimal digit to ASCII.
        if (category == UnicodeCategory.DecimalDigitNumber)
        {
            output.Append((char)('0' + (int)Rune.GetNumericValue(rune)));
            return;
        }

        // (F) punctuation and symbols, and (G) whitespace: a word separator. Other controls are invisible: deleted.
        switch (category)
        {
            case UnicodeCategory.ConnectorPunctuation or UnicodeCategory.DashPunctuation
                or UnicodeCategory.OpenPunctuation or UnicodeCategory.ClosePunctuation
                or UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.FinalQuotePunctuation
                or UnicodeCategory.OtherPunctuation or UnicodeCategory.MathSymbol or UnicodeCategory.CurrencySymbol
                or UnicodeCategory.ModifierSymbol or UnicodeCategory.OtherSymbol
                or UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator
                or UnicodeCategory.ParagraphSeparator:
                output.Append(' ');
                return;
            case UnicodeCategory.Control:
                if (Rune.IsWhiteSpace(rune))
                {
                    output.Append(' ');
                }

                return;
        }

        // (G) lower case (invariant), then the Latin letters NFKC does not decompose.
        Rune lower = Rune.ToLowerInvariant(rune);
        switch (lower.Value)
        {
            case 0x00E6: // æ
                output.Append("ae");
                break;
            case 0x0153: // œ
                output.Append("oe");
                break;
            case 0x00DF: // ß (and ẞ through lower case)
                output.Append("ss");
                break;
            default:
                Span<char> units = stackalloc char[2];
                output.Append(units[..lower.EncodeToUtf16(units)]);
                break;
        }
    }

    /// <summary>(C) Arabic non-mark decorations, plus U+0674 HIGH HAMZA.</summary>
    /// <remarks>U+0674 is what NFKC leaves of the hamza of U+0675-U+0678 (e.g. U+0675 becomes ALEF + U+0674); table
    /// D folds those letters to the bare letter, so the spacing hamza is deleted like the combining one.</remarks>
    private static bool IsDecoration(int codePoint) => codePoint switch
    {
        ArabicLetters.Tatweel or ArabicLetters.SmallWaw or ArabicLetters.SmallYeh or ArabicLetters.TailFragment
            or ArabicLetters.HighHamza => true,
        _ => false,
    };

    /// <summary>Re-folds every result through the table until nothing changes, so that the fold of a folded text
    /// is itself (e.g. U+1E9E lower-cases to ß, which then becomes "ss").</summary>
    private static void CloseUnderItself(Dictionary<int, string> folded, StringBuilder builder)
    {
        Span<char> units = stackalloc char[2];
        for (int round = 0; ; round++)
        {
            if (round == 8)
            {
                throw new InvalidOperationException("The fold table does not reach a fixed point.");
            }

            bool changed = false;
            foreach (int codePoint in folded.Keys.ToArray())
            {
                string current = folded[codePoint];
                builder.Clear();
                foreach (Rune rune in current.EnumerateRunes())
                {
                    if (folded.TryGetValue(rune.Value, out string? again))
                    {
                        builder.Append(again);
                    }
                    else
                    {
                        builder.Append(units[..rune.EncodeToUtf16(units)]);
                    }
                }

                string refolded = CollapseSpaces(builder);
                if (!string.Equals(refolded, current, StringComparison.Ordinal))
                {
                    folded[codePoint] = refolded;
                    changed = true;
                }
            }

            if (!changed)
            {
                return;
            }
        }
    }

    private static string CollapseSpaces(StringBuilder builder)
    {
        for (int i = builder.Length - 1; i > 0; i--)
        {
            if (builder[i] == ' ' && builder[i - 1] == ' ')
            {
                builder.Remove(i, 1);
            }
        }

        return builder.ToString();
    }

    private static MatchFoldTable Encode(Dictionary<int, string> folded)
    {
        var bmp = new FoldEntry[char.MaxValue + 1];
        var supplementary = new Dictionary<int, FoldEntry>();
        var expansions = new StringBuilder();
        var pooled = new Dictionary<string, int>(StringComparer.Ordinal);
        int changed = 0;
        int maxLength = 2; // an unchanged supplementary code point

        for (int cp = 0xD800; cp <= 0xDFFF; cp++)
        {
            bmp[cp] = FoldEntry.Of(cp <= 0xDBFF ? FoldKind.HighSurrogate : FoldKind.Space);
        }

        foreach ((int cp, string result) in folded)
        {
            FoldEntry entry;
            if (result is " ")
            {
                // Also U+0020 itself, so that every separator goes through the collapsing append.
                entry = FoldEntry.Of(FoldKind.Space);
            }
            else if (string.Equals(result, char.ConvertFromUtf32(cp), StringComparison.Ordinal))
            {
                continue;
            }
            else if (result.Length == 0)
            {
                entry = FoldEntry.Of(FoldKind.Delete);
            }
            else if (result.Length == 1)
            {
                entry = FoldEntry.Single(result[0]);
            }
            else
            {
                if (!pooled.TryGetValue(result, out int offset))
                {
                    offset = expansions.Length;
                    pooled.Add(result, offset);
                    expansions.Append(result);
                }

                entry = FoldEntry.Expansion(offset, result.Length);
                maxLength = Math.Max(maxLength, result.Length);
            }

            changed++;
            if (cp <= char.MaxValue)
            {
                bmp[cp] = entry;
            }
            else
            {
                supplementary.Add(cp, entry);
            }
        }

        char[] pool = new char[expansions.Length];
        expansions.CopyTo(0, pool, pool.Length);
        return new MatchFoldTable(bmp, supplementary.ToFrozenDictionary(), pool, maxLength) { ChangedCount = changed };
    }
}
