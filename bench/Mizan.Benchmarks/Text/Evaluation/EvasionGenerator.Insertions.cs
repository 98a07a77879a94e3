using System.Text;

namespace Mizan.Benchmarks.Text.Evaluation;

internal sealed partial class EvasionGenerator
{
    /// <summary>Puts a random haraka (U+064B–U+0652; a shadda with a vowel) after a share of the Arabic letters.</summary>
    public static string Harakat(string text, double strength, Random random)
    {
        CheckStrength(strength);
        var builder = new StringBuilder(text.Length * 2);
        foreach (char c in text)
        {
            builder.Append(c);
            if (EvasionTables.IsArabicLetter(c) && Chance(random, strength))
            {
                char haraka = (char)random.Next(EvasionChars.FirstHaraka, EvasionChars.LastHaraka + 1);
                builder.Append(haraka);
                if (haraka == EvasionChars.Shadda)
                {
                    builder.Append((char)random.Next(EvasionChars.FirstHaraka, EvasionChars.Shadda));
                }
            }
        }

        return builder.ToString();
    }

    /// <summary>Inserts a tatweel between a share of the pairs of letters that join (the first is dual-joining).</summary>
    public string Tatweel(string text, double strength, Random random)
    {
        CheckStrength(strength);
        var builder = new StringBuilder(text.Length * 2);
        bool previousJoins = false;
        foreach (char c in text)
        {
            if (EvasionTables.IsArabicLetter(c))
            {
                if (previousJoins && Chance(random, strength))
                {
                    builder.Append(EvasionChars.Tatweel);
                }

                previousJoins = _tables.IsDualJoining(c);
            }
            else if (!IsMark(c))
            {
                previousJoins = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>Inserts a zero-width character (ZWSP, ZWNJ, ZWJ, WJ or BOM) after a share of the characters inside
    /// words.</summary>
    public static string ZeroWidth(string text, double strength, Random random)
    {
        CheckStrength(strength);
        return InsideWords(text, strength, random, static r => EvasionChars.ZeroWidth[r.Next(EvasionChars.ZeroWidth.Length)].ToString(), perGap: true);
    }

    /// <summary>Wraps a share of the words in bidi controls (embeddings, overrides, isolates or marks).</summary>
    public static string BidiControls(string text, double strength, Random random)
    {
        CheckStrength(strength);
        string[] words = Words(text);
        var builder = new StringBuilder(text.Length + (words.Length * 2));
        for (int w = 0; w < words.Length; w++)
        {
            if (w > 0)
            {
                builder.Append(' ');
            }

            if (Chance(random, strength))
            {
                (char open, char close) = EvasionChars.BidiPairs[random.Next(EvasionChars.BidiPairs.Length)];
                builder.Append(open).Append(words[w]).Append(close);
            }
            else
            {
                builder.Append(words[w]);
            }
        }

        return builder.ToString();
    }

    /// <summary>Inserts a space at a random place inside a share of the words (words that can be split).</summary>
    public static string SpacesInsideWords(string text, double strength, Random random)
    {
        CheckStrength(strength);
        return InsideWords(text, strength, random, static _ => " ", perGap: false);
    }

    /// <summary>Inserts punctuation or an emoji at a random place inside a share of the words.</summary>
    public static string PunctuationInsideWords(string text, double strength, Random random)
    {
        CheckStrength(strength);
        return InsideWords(
            text,
            strength,
            random,
            static r => r.Next(2) == 0
                ? EvasionChars.Punctuation[r.Next(EvasionChars.Punctuation.Length)]
                : EvasionChars.Emoji[r.Next(EvasionChars.Emoji.Length)],
            perGap: false);
    }

    /// <summary>
    /// Inserts <paramref name="insert"/> inside words: with <paramref name="perGap"/>, at each place between two
    /// characters of a word with probability <paramref name="strength"/>; otherwise once, at a random place, in a
    /// share <paramref name="strength"/> of the words.
    /// </summary>
    private static string InsideWords(string text, double strength, Random random, Func<Random, string> insert, bool perGap)
    {
        string[] words = Words(text);
        var builder = new StringBuilder(text.Length * 2);
        for (int w = 0; w < words.Length; w++)
        {
            if (w > 0)
            {
                builder.Append(' ');
            }

            string word = words[w];
            if (perGap)
            {
                for (int i = 0; i < word.Length; i++)
                {
                    if (CanSplitBefore(word, i) && Chance(random, strength))
                    {
                        builder.Append(insert(random));
                    }

                    builder.Append(word[i]);
                }

                continue;
            }

            int places = 0;
            for (int i = 1; i < word.Length; i++)
            {
                places += CanSplitBefore(word, i) ? 1 : 0;
            }

            if (places == 0 || !Chance(random, strength))
            {
                builder.Append(word);
                continue;
            }

            int place = random.Next(places);
            for (int i = 0; i < word.Length; i++)
            {
                if (CanSplitBefore(word, i) && place-- == 0)
                {
                    builder.Append(insert(random));
                }

                builder.Append(word[i]);
            }
        }

        return builder.ToString();
    }
}
