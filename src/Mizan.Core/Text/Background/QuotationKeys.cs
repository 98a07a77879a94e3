using System.Globalization;
using Mizan.Core.Text.Normalization;

namespace Mizan.Core.Text.Background;

/// <summary>
/// How words are compared when looking for background quotations: match-level words, keyed so that the Quran's
/// Uthmani spelling meets the ordinary (imla'i) spelling people type.
/// </summary>
/// <remarks>
/// Uthmani orthography writes many long vowels as a superscript (dagger) alef, which the match fold deletes as a
/// mark, where ordinary spelling writes a full alef (e.g. al-kitab: Uthmani KAF TEH+dagger BEH, ordinary KAF TEH
/// ALEF BEH); it writes some alefs as WAW or ALEF MAKSURA carrying a dagger alef (as-salah, at-tawrah) and some
/// yehs as a small yeh (Ibrahim). So, on both sides: (1) before normalising, WAW + dagger alef and a non-final
/// ALEF MAKSURA + dagger alef become ALEF, and SMALL YEH / SMALL HIGH YEH become YEH (one character for one, so
/// offsets do not move); (2) a word's key ignores ALEF and HAMZA. Quotations whose words still differ in spelling
/// (e.g. the vocative ya joined to its noun in Uthmani script) break the run of matching 4-grams at that word.
/// </remarks>
internal static class QuotationKeys
{
    private const ulong FnvOffset = 14695981039346656037;
    private const ulong FnvPrime = 1099511628211;
    private const ulong GoldenGamma = 0x9E3779B97F4A7C15;
    private const ulong LetterBase = (0x100000001B3UL * 31) + 7;

    // Odd multipliers of the word 4-gram hash (the first three SplitMix64 outputs from state 0, made odd).
    private const ulong SecondWord = 0xE220A8397B1DCDAF;
    private const ulong ThirdWord = 0x6E789E6AA1B965F5;
    private const ulong FourthWord = 0x06C45D188009454F;

    /// <summary>Applies the Uthmani spelling rules; returns <paramref name="text"/> itself when none applies.
    /// The result has the same length, character for character.</summary>
    public static string PrepareUthmani(string text)
    {
        ReadOnlySpan<char> triggers = [ArabicLetters.SuperscriptAlef, ArabicLetters.SmallYeh, ArabicLetters.SmallHighYeh];
        int first = text.AsSpan().IndexOfAny(triggers);
        if (first < 0)
        {
            return text;
        }

        return string.Create(text.Length, (text, first), static (chars, state) =>
        {
            state.text.AsSpan().CopyTo(chars);
            for (int i = state.first; i < chars.Length; i++)
            {
                switch (chars[i])
                {
                    case ArabicLetters.SmallYeh or ArabicLetters.SmallHighYeh:
                        chars[i] = ArabicLetters.Yeh;
                        break;
                    case ArabicLetters.SuperscriptAlef when i > 0:
                        char carrier = chars[i - 1];
                        if (carrier == ArabicLetters.Waw
                            || (carrier == ArabicLetters.AlefMaksura && LetterFollows(chars, i + 1)))
                        {
                            chars[i - 1] = ArabicLetters.Alef;
                        }

                        break;
                }
            }
        });
    }

    /// <summary>The key of one match-level word: FNV-1a over its characters except ALEF and HAMZA, mixed.</summary>
    public static ulong WordHash(ReadOnlySpan<char> word)
    {
        ulong hash = FnvOffset;
        foreach (char c in word)
        {
            if (c is not (ArabicLetters.Alef or ArabicLetters.Hamza))
            {
                hash = (hash ^ c) * FnvPrime;
            }
        }

        return Mix(hash);
    }

    /// <summary>Whether a Spaceless character counts in a letter window: every character but ALEF and HAMZA,
    /// which Uthmani and ordinary spelling write differently (see <see cref="WordHash"/>).</summary>
    public static bool IsKeyLetter(char c) => c is not (ArabicLetters.Alef or ArabicLetters.Hamza or ' ');

    /// <summary>The hash of a run of key letters: the polynomial <see cref="LetterWindow"/> rolls, computed directly
    /// (equal to <see cref="LetterWindow.Hash"/> after the same letters are pushed).</summary>
    public static ulong LetterHash(ReadOnlySpan<char> letters)
    {
        ulong sum = 0;
        foreach (char c in letters)
        {
            sum = (sum * LetterBase) + c + 1;
        }

        return Mix(sum);
    }

    /// <summary>A polynomial rolling hash (Karp and Rabin, "Efficient randomized pattern-matching algorithms",
    /// IBM J. Res. Dev. 31(2), 1987) of the last <c>length</c> characters pushed, modulo 2⁶⁴, then mixed.</summary>
    public sealed class LetterWindow
    {
        private readonly char[] _ring;
        private readonly ulong _outFactor;
        private ulong _sum;
        private int _next;

        public LetterWindow(int length)
        {
            _ring = new char[length];
            ulong factor = 1;
            for (int i = 0; i < length; i++)
            {
                factor *= LetterBase;
            }

            _outFactor = factor;
        }

        /// <summary>The hash of the window (meaningful once the window is full).</summary>
        public ulong Hash => Mix(_sum);

        public void Push(char c)
        {
            char old = _ring[_next];
            _ring[_next] = c;
            _next = _next + 1 == _ring.Length ? 0 : _next + 1;
            _sum = (_sum * LetterBase) + c + 1 - (old == '\0' ? 0 : (old + 1UL) * _outFactor);
        }
    }

    /// <summary>An order-sensitive hash of four consecutive word keys: the keys are already mixed, so one mix of a
    /// weighted sum (odd weights, a different one per position) is enough, where a chain of four mixes cost three
    /// times as much on every word of every post.</summary>
    public static ulong GramHash(ulong first, ulong second, ulong third, ulong fourth) =>
        Mix(first + GoldenGamma + (second * SecondWord) + (third * ThirdWord) + (fourth * FourthWord));

    /// <summary>Whether a letter follows position <paramref name="index"/>, skipping marks and tatweel.</summary>
    private static bool LetterFollows(ReadOnlySpan<char> chars, int index)
    {
        for (; index < chars.Length; index++)
        {
            char c = chars[index];
            if (c == ArabicLetters.Tatweel || char.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            return char.IsLetter(c);
        }

        return false;
    }

    /// <summary>The SplitMix64 finaliser (Steele, Lea and Flood, "Fast splittable pseudorandom number
    /// generators", OOPSLA 2014).</summary>
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
        return z ^ (z >> 31);
    }
}
