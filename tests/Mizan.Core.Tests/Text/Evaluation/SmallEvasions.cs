using System.Globalization;
using System.Text;

namespace Mizan.Core.Tests.Text.Evaluation;

/// <summary>
/// A few of the evasion tactics of ARABIC.md's channel table at its strengths, kept small for a fast regression
/// test; the full generator (every tactic, derived mappings, several strengths) is the <c>text-eval</c> command of
/// Mizan.Benchmarks.
/// </summary>
internal static class SmallEvasions
{
    private const char Tatweel = '\u0640';
    private const char FirstHaraka = '\u064B'; // FATHATAN
    private const char LastHaraka = '\u0652'; // SUKUN
    private const char Yeh = '\u064A';
    private const char FarsiYeh = '\u06CC';
    private const char Kaf = '\u0643';
    private const char Keheh = '\u06A9';
    private const char Heh = '\u0647';
    private const char HehGoal = '\u06C1';
    private const char TehMarbuta = '\u0629';
    private const char TehMarbutaGoal = '\u06C3';
    private const char RightToLeftIsolate = '\u2067';
    private const char PopDirectionalIsolate = '\u2069';

    // ZWSP, ZWNJ, ZWJ, WORD JOINER, ZWNBSP (BOM).
    private static readonly char[] s_zeroWidth = ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF'];

    /// <summary>The tactics by name, each an edit of a text with a seeded random source and filler documents.</summary>
    public static readonly IReadOnlyDictionary<string, Func<string, Random, IReadOnlyList<string>, string>> All =
        new Dictionary<string, Func<string, Random, IReadOnlyList<string>, string>>(StringComparer.Ordinal)
        {
            ["verbatim"] = (t, _, _) => t,
            ["harakat 40%"] = (t, r, _) => Harakat(t, 0.4, r),
            ["tatweel 30%"] = (t, r, _) => Tatweel30(t, r),
            ["zero-width 30%"] = (t, r, _) => ZeroWidth(t, 0.3, r),
            ["bidi isolates around 30% of words"] = (t, r, _) => Bidi(t, 0.3, r),
            ["Persian/Urdu swap"] = (t, _, _) => PersianSwap(t),
            ["isolated presentation forms"] = (t, _, _) => PresentationForms(t),
            ["spaces inside 30% of words"] = (t, r, _) => SpacesInsideWords(t, 0.3, r),
            ["3x unrelated text around"] = (t, r, f) => Surround(t, 3, f, r),
            ["10% of words replaced"] = (t, r, f) => ReplaceWords(t, 0.1, f, r),
            ["combination"] = (t, r, _) => ZeroWidth(Tatweel30(Harakat(PersianSwap(t), 0.4, r), r), 0.3, r),
        };

    private static readonly Lazy<Dictionary<char, char>> s_isolatedForms = new(ScanIsolatedForms);

    public static string[] Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static bool IsArabicLetter(char c) =>
        c is >= '\u0620' and <= '\u06FF' && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.OtherLetter;

    private static string Harakat(string text, double share, Random random)
    {
        var builder = new StringBuilder(text.Length * 2);
        foreach (char c in text)
        {
            builder.Append(c);
            if (IsArabicLetter(c) && random.NextDouble() < share)
            {
                builder.Append((char)random.Next(FirstHaraka, LastHaraka + 1));
            }
        }

        return builder.ToString();
    }

    /// <summary>Tatweel between 30% of the pairs of adjacent Arabic letters (the fold deletes it wherever it is).</summary>
    private static string Tatweel30(string text, Random random)
    {
        var builder = new StringBuilder(text.Length * 2);
        for (int i = 0; i < text.Length; i++)
        {
            builder.Append(text[i]);
            if (i + 1 < text.Length && IsArabicLetter(text[i]) && IsArabicLetter(text[i + 1]) && random.NextDouble() < 0.3)
            {
                builder.Append(Tatweel);
            }
        }

        return builder.ToString();
    }

    private static string ZeroWidth(string text, double share, Random random)
    {
        var builder = new StringBuilder(text.Length * 2);
        for (int i = 0; i < text.Length; i++)
        {
            builder.Append(text[i]);
            if (i + 1 < text.Length && text[i] != ' ' && text[i + 1] != ' ' && !char.IsHighSurrogate(text[i])
                && random.NextDouble() < share)
            {
                builder.Append(s_zeroWidth[random.Next(s_zeroWidth.Length)]);
            }
        }

        return builder.ToString();
    }

    private static string Bidi(string text, double share, Random random) =>
        string.Join(' ', Words(text).Select(w => random.NextDouble() < share ? $"{RightToLeftIsolate}{w}{PopDirectionalIsolate}" : w));

    private static string PersianSwap(string text)
    {
        var builder = new StringBuilder(text);
        builder.Replace(Yeh, FarsiYeh).Replace(Kaf, Keheh).Replace(Heh, HehGoal).Replace(TehMarbuta, TehMarbutaGoal);
        return builder.ToString();
    }

    private static string PresentationForms(string text)
    {
        Dictionary<char, char> forms = s_isolatedForms.Value;
        var builder = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            builder.Append(forms.TryGetValue(c, out char form) ? form : c);
        }

        return builder.ToString();
    }

    /// <summary>The first code point of each run in U+FE70–U+FEFC whose NFKC form is one Arabic letter is that
    /// letter's isolated form (runs go isolated, final, initial, medial).</summary>
    private static Dictionary<char, char> ScanIsolatedForms()
    {
        var forms = new Dictionary<char, char>();
        for (char c = '\uFE70'; c <= '\uFEFC'; c++)
        {
            string normalized = c.ToString().Normalize(NormalizationForm.FormKC);
            if (normalized.Length == 1 && IsArabicLetter(normalized[0]))
            {
                forms.TryAdd(normalized[0], c);
            }
        }

        return forms;
    }

    private static string SpacesInsideWords(string text, double share, Random random) =>
        string.Join(' ', Words(text).Select(w =>
        {
            if (w.Length < 2 || random.NextDouble() >= share)
            {
                return w;
            }

            int at = random.Next(1, w.Length);
            return char.IsLowSurrogate(w[at]) ? w : w[..at] + " " + w[at..];
        }));

    private static string Surround(string text, int factor, IReadOnlyList<string> filler, Random random)
    {
        string[] words = Words(text);
        List<string> extra = filler.OrderBy(_ => random.Next()).SelectMany(Words).Take(words.Length * factor).ToList();
        int split = random.Next(extra.Count + 1);
        return string.Join(' ', extra.Take(split).Concat(words).Concat(extra.Skip(split)));
    }

    private static string ReplaceWords(string text, double share, IReadOnlyList<string> filler, Random random)
    {
        string[] vocabulary = filler.SelectMany(Words).Distinct(StringComparer.Ordinal).ToArray();
        string[] words = Words(text);
        int[] order = Enumerable.Range(0, words.Length).OrderBy(_ => random.Next()).ToArray();
        for (int k = 0; k < (int)Math.Round(words.Length * share); k++)
        {
            words[order[k]] = vocabulary[random.Next(vocabulary.Length)];
        }

        return string.Join(' ', words);
    }
}
