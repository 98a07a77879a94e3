using System.Text;

namespace Mizan.Benchmarks.Text;

/// <summary>Zipf-distributed pseudo-words of Arabic letters (U+0627–U+064A), some with harakat (U+064E–U+0650).</summary>
internal sealed class PseudoArabic
{
    private const int Vocabulary = 20_000;

    private static readonly string[] s_words = CreateWords();
    private static readonly double[] s_cumulative = CreateCumulative();
    private readonly Random _random;

    public PseudoArabic(int seed) => _random = new Random(seed);

    public string Text(int words)
    {
        var builder = new StringBuilder(words * 6);
        for (int i = 0; i < words; i++)
        {
            if (i > 0)
            {
                builder.Append(' ');
            }

            builder.Append(Word());
        }

        return builder.ToString();
    }

    public string ReplaceWords(string text, double share)
    {
        string[] words = text.Split(' ');
        for (int i = 0; i < words.Length; i++)
        {
            if (_random.NextDouble() < share)
            {
                words[i] = Word();
            }
        }

        return string.Join(' ', words);
    }

    private string Word()
    {
        int index = Array.BinarySearch(s_cumulative, _random.NextDouble());
        return s_words[index < 0 ? Math.Min(~index, s_words.Length - 1) : index];
    }

    private static string[] CreateWords()
    {
        var random = new Random(20_000);
        var words = new string[Vocabulary];
        var builder = new StringBuilder();
        for (int w = 0; w < words.Length; w++)
        {
            builder.Clear();
            int length = 2 + (int)(6 * random.NextDouble() * random.NextDouble()) + (w > 100 ? 1 : 0);
            for (int i = 0; i < length; i++)
            {
                char letter;
                do
                {
                    letter = (char)random.Next(0x0627, 0x064B);
                }
                while (letter is >= '\u063B' and <= '\u0640');

                builder.Append(letter);
                if (random.Next(8) == 0)
                {
                    builder.Append((char)random.Next(0x064E, 0x0651));
                }
            }

            words[w] = builder.ToString();
        }

        return words;
    }

    private static double[] CreateCumulative()
    {
        var cumulative = new double[Vocabulary];
        double sum = 0;
        for (int r = 0; r < Vocabulary; r++)
        {
            sum += 1.0 / (r + 1);
            cumulative[r] = sum;
        }

        for (int r = 0; r < Vocabulary; r++)
        {
            cumulative[r] /= sum;
        }

        return cumulative;
    }
}
