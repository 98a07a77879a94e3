using System.Text;

namespace Mizan.Benchmarks.Text.Evaluation;

internal sealed partial class EvasionGenerator
{
    /// <summary>Replaces a share of the letters that have one by their isolated presentation form (U+FB50–U+FEFF).</summary>
    public string PresentationForms(string text, double strength, Random random)
    {
        CheckStrength(strength);
        var builder = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            builder.Append(_tables.TryGetIsolatedForm(c, out char form) && Chance(random, strength) ? form : c);
        }

        return builder.ToString();
    }

    /// <summary>Replaces a share of the letters that have one by an Arabic mathematical letter (U+1EE00–U+1EEFF) of a
    /// randomly chosen style.</summary>
    public string MathLetters(string text, double strength, Random random)
    {
        CheckStrength(strength);
        var builder = new StringBuilder(text.Length * 2);
        foreach (char c in text)
        {
            if (_tables.TryGetMathLetters(c, out string[] forms) && Chance(random, strength))
            {
                builder.Append(forms[random.Next(forms.Length)]);
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>Writes a share of YEH, KAF, HEH and TEH MARBUTA in their Persian/Urdu forms (FARSI YEH U+06CC, KEHEH
    /// U+06A9, HEH GOAL U+06C1, TEH MARBUTA GOAL U+06C3).</summary>
    public static string PersianSwap(string text, double strength, Random random)
    {
        CheckStrength(strength);
        var builder = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            char swapped = c switch
            {
                EvasionChars.Yeh => EvasionChars.FarsiYeh,
                EvasionChars.Kaf => EvasionChars.Keheh,
                EvasionChars.Heh => EvasionChars.HehGoal,
                EvasionChars.TehMarbuta => EvasionChars.TehMarbutaGoal,
                _ => c,
            };
            builder.Append(swapped != c && Chance(random, strength) ? swapped : c);
        }

        return builder.ToString();
    }

    /// <summary>Replaces a share of the letters that have look-alikes by a random extended letter derived from them
    /// ("ARABIC LETTER X WITH …").</summary>
    public string LookAlikes(string text, double strength, Random random)
    {
        CheckStrength(strength);
        var builder = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            builder.Append(_tables.TryGetLookAlikes(c, out char[] variants) && Chance(random, strength)
                ? variants[random.Next(variants.Length)]
                : c);
        }

        return builder.ToString();
    }

    /// <summary>
    /// Writes a share of the letters without dots: each letter becomes the representative of its rasm class, the
    /// NOON, YEH and QAF classes taking their non-final shape unless the letter ends its word (strength 1: fully
    /// dotless text).
    /// </summary>
    public string Dotless(string text, double strength, Random random)
    {
        CheckStrength(strength);
        var builder = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (!_tables.TryGetRasm(c, out RasmShape shape) || !Chance(random, strength))
            {
                builder.Append(c);
                continue;
            }

            builder.Append(EndsWord(text, i) ? shape.Final : shape.NonFinal);
        }

        return builder.ToString();
    }

    /// <summary>True when no Arabic letter (or tatweel) follows the letter at <paramref name="index"/> in its word,
    /// skipping combining marks.</summary>
    private static bool EndsWord(string text, int index)
    {
        for (int j = index + 1; j < text.Length; j++)
        {
            char next = text[j];
            if (IsMark(next))
            {
                continue;
            }

            return !(EvasionTables.IsArabicLetter(next) || next == EvasionChars.Tatweel);
        }

        return true;
    }
}
