using System.Globalization;
using System.Text;

namespace Mizan.Core.Text.Normalization;

/// <summary>
/// Checks that the runtime's Unicode normalisation works. With invariant globalization .NET's
/// <see cref="string.Normalize(NormalizationForm)"/> returns Arabic text unchanged without any error (ARABIC.md,
/// ".NET pitfall"), which would silently disable most of the fold table; this turns that into a loud failure.
/// </summary>
internal static class UnicodeSelfTest
{
    /// <summary>Runs the checks against <paramref name="normalize"/> (the runtime's normaliser in production;
    /// tests pass a fake to prove a no-op is detected).</summary>
    /// <exception cref="InvalidOperationException">A check failed.</exception>
    public static void Verify(Func<string, NormalizationForm, string> normalize)
    {
        ArgumentNullException.ThrowIfNull(normalize);

        // UAX #15: compatibility decomposition of a presentation-form ligature (lam-alef, Presentation Forms-B).
        Check(normalize, ArabicLetters.LigatureLamWithAlefIsolatedForm.ToString(), NormalizationForm.FormKC,
            new string([ArabicLetters.Lam, ArabicLetters.Alef]));

        // Canonical decomposition of a hamza carrier, which the match fold relies on to reach the bare letter.
        Check(normalize, ArabicLetters.AlefWithHamzaAbove.ToString(), NormalizationForm.FormD,
            new string([ArabicLetters.Alef, ArabicLetters.HamzaAbove]));

        // Canonical composition, the inverse.
        Check(normalize, new string([ArabicLetters.Alef, ArabicLetters.HamzaAbove]), NormalizationForm.FormC,
            ArabicLetters.AlefWithHamzaAbove.ToString());

        // Supplementary plane: Arabic Mathematical Alphabetic Symbols are an evasion vector if NFKC is skipped.
        Check(normalize, char.ConvertFromUtf32(ArabicLetters.MathematicalAlef), NormalizationForm.FormKC,
            ArabicLetters.Alef.ToString());

        // A Latin check, so a normaliser that only knows some scripts is caught too: fullwidth A and e + acute.
        Check(normalize, "\uFF21e\u0301", NormalizationForm.FormKC, "A\u00E9");
    }

    private static void Check(
        Func<string, NormalizationForm, string> normalize, string input, NormalizationForm form, string expected)
    {
        string actual;
        try
        {
            actual = normalize(input, form);
        }
        catch (Exception e) when (e is ArgumentException or PlatformNotSupportedException)
        {
            throw new InvalidOperationException(Message(input, form, expected, $"an exception ({e.Message})"), e);
        }

        if (!string.Equals(actual, expected, StringComparison.Ordinal))
        {
            throw new InvalidOperationException(Message(input, form, expected, CodePoints(actual)));
        }
    }

    private static string Message(string input, NormalizationForm form, string expected, string actual) =>
        $"Unicode normalisation does not work in this runtime: {form} of {CodePoints(input)} gave {actual}, " +
        $"expected {CodePoints(expected)}. Arabic text matching needs ICU: run with InvariantGlobalization=false " +
        "(and DOTNET_SYSTEM_GLOBALIZATION_INVARIANT unset) on a machine with the ICU library installed " +
        "(e.g. Debian libicu72).";

    private static string CodePoints(string text)
    {
        var builder = new StringBuilder();
        foreach (Rune rune in text.EnumerateRunes())
        {
            if (builder.Length > 0)
            {
                builder.Append(' ');
            }

            builder.Append("U+").Append(rune.Value.ToString("X4", CultureInfo.InvariantCulture));
        }

        return builder.Length == 0 ? "(empty)" : builder.ToString();
    }
}
