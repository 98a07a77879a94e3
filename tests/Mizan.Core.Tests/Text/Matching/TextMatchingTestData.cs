using System.Runtime.CompilerServices;
using System.Text;

namespace Mizan.Core.Tests.Text.Matching;

/// <summary>
/// Benign pseudo-text for text-matching tests: words drawn from <c>NeutralWords.txt</c> (everyday Arabic and English
/// vocabulary, read from beside this source file) with a skewed frequency, like real prose, and the edits the
/// matcher must survive.
/// </summary>
internal static class TextMatchingTestData
{
    private static readonly Lazy<string[]> s_words = new(() => LoadWords());
    private static readonly Lazy<string[]> s_arabicWords = new(() => Array.FindAll(Words, w => w[0] is >= '\u0600' and <= '\u06FF'));

    public static string[] Words => s_words.Value;

    public static string[] ArabicWords => s_arabicWords.Value;

    /// <summary>A text of <paramref name="count"/> Arabic words from the list.</summary>
    public static string GenerateArabic(Random random, int count)
    {
        string[] words = ArabicWords;
        var builder = new StringBuilder(count * 7);
        for (int i = 0; i < count; i++)
        {
            if (i > 0)
            {
                builder.Append(' ');
            }

            double u = random.NextDouble();
            builder.Append(words[(int)(u * u * words.Length)]);
        }

        return builder.ToString();
    }

    /// <summary>A text of <paramref name="count"/> words; common words (early in the list) come up more often.</summary>
    public static string Generate(Random random, int count)
    {
        string[] words = Words;
        var builder = new StringBuilder(count * 7);
        for (int i = 0; i < count; i++)
        {
            if (i > 0)
            {
                builder.Append(' ');
            }

            double u = random.NextDouble();
            builder.Append(words[(int)(u * u * words.Length)]);
        }

        return builder.ToString();
    }

    public static string[] Split(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Replaces a share of the words with random other words.</summary>
    public static string ReplaceWords(string text, double share, Random random)
    {
        string[] words = Split(text);
        int replace = (int)Math.Round(words.Length * share);
        int[] order = Enumerable.Range(0, words.Length).OrderBy(_ => random.Next()).ToArray();
        for (int i = 0; i < replace; i++)
        {
            words[order[i]] = Words[random.Next(Words.Length)];
        }

        return string.Join(' ', words);
    }

    /// <summary>Shuffles the words within consecutive windows of <paramref name="window"/> words.</summary>
    public static string ShuffleWithinWindows(string text, int window, Random random)
    {
        string[] words = Split(text);
        for (int start = 0; start < words.Length; start += window)
        {
            int end = Math.Min(words.Length, start + window);
            for (int i = end - 1; i > start; i--)
            {
                int j = random.Next(start, i + 1);
                (words[i], words[j]) = (words[j], words[i]);
            }
        }

        return string.Join(' ', words);
    }

    /// <summary>Inserts a space (or <paramref name="insert"/>) inside a share of the words longer than two letters.</summary>
    public static string BreakWords(string text, double share, Random random, string insert = " ")
    {
        string[] words = Split(text);
        for (int i = 0; i < words.Length; i++)
        {
            if (words[i].Length > 2 && random.NextDouble() < share)
            {
                int at = random.Next(1, words[i].Length);
                words[i] = string.Concat(words[i].AsSpan(0, at), insert, words[i].AsSpan(at));
            }
        }

        return string.Join(' ', words);
    }

    private static string[] LoadWords([CallerFilePath] string source = "")
    {
        string path = Path.Combine(Path.GetDirectoryName(source)!, "NeutralWords.txt");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var words = new List<string>();
        foreach (string line in File.ReadLines(path))
        {
            string word = line.Trim();
            if (word.Length > 0 && !word.StartsWith('#') && seen.Add(word))
            {
                words.Add(word);
            }
        }

        return [.. words];
    }
}
