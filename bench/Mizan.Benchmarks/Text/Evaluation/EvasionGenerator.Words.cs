namespace Mizan.Benchmarks.Text.Evaluation;

internal sealed partial class EvasionGenerator
{
    /// <summary>Shuffles the words within consecutive windows of <paramref name="window"/> words (0: the whole text).</summary>
    public static string ShuffleWords(string text, int window, Random random)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(window);
        string[] words = Words(text);
        int size = window == 0 ? words.Length : window;
        for (int start = 0; start < words.Length; start += size)
        {
            int end = Math.Min(words.Length, start + size);
            for (int i = end - 1; i > start; i--)
            {
                int j = random.Next(start, i + 1);
                (words[i], words[j]) = (words[j], words[i]);
            }
        }

        return string.Join(' ', words);
    }

    /// <summary>Replaces a share of the words (rounded, at distinct places) by words drawn from
    /// <paramref name="vocabulary"/> (words of other documents).</summary>
    public static string ReplaceWords(string text, double share, IReadOnlyList<string> vocabulary, Random random)
    {
        CheckStrength(share);
        ArgumentNullException.ThrowIfNull(vocabulary);
        if (vocabulary.Count == 0)
        {
            throw new ArgumentException("The vocabulary is empty.", nameof(vocabulary));
        }

        string[] words = Words(text);
        int[] order = new int[words.Length];
        for (int i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        random.Shuffle(order);
        int replace = (int)Math.Round(words.Length * share, MidpointRounding.AwayFromZero);
        for (int k = 0; k < replace; k++)
        {
            string original = words[order[k]];
            string replacement = vocabulary[random.Next(vocabulary.Count)];
            for (int attempt = 0; attempt < 8 && string.Equals(replacement, original, StringComparison.Ordinal); attempt++)
            {
                replacement = vocabulary[random.Next(vocabulary.Count)];
            }

            words[order[k]] = replacement;
        }

        return string.Join(' ', words);
    }

    /// <summary>
    /// Puts the text inside unrelated text: <paramref name="factor"/> times its word count of words taken in order
    /// from documents of <paramref name="filler"/> (in random order), split at a random place before and after it.
    /// Factor 3 is ARABIC.md's "3× unrelated text added around it"; factor 4 makes a post five times longer.
    /// </summary>
    public static string Surround(string text, double factor, IReadOnlyList<string> filler, Random random)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(factor);
        ArgumentNullException.ThrowIfNull(filler);
        string[] words = Words(text);
        int needed = (int)Math.Round(words.Length * factor, MidpointRounding.AwayFromZero);
        List<string> extra = TakeFiller(text, needed, filler, random);
        int split = random.Next(extra.Count + 1);
        var post = new List<string>(extra.Count + words.Length);
        post.AddRange(extra.GetRange(0, split));
        post.AddRange(words);
        post.AddRange(extra.GetRange(split, extra.Count - split));
        return string.Join(' ', post);
    }

    /// <summary>A contiguous share of the words of the text starting at a random word.</summary>
    public static string Excerpt(string text, double share, Random random)
    {
        CheckStrength(share);
        string[] words = Words(text);
        int length = Math.Max(1, (int)Math.Round(words.Length * share, MidpointRounding.AwayFromZero));
        int start = random.Next(words.Length - length + 1);
        return string.Join(' ', words, start, length);
    }

    /// <summary><paramref name="count"/> words from the filler documents (never the text itself), whole documents
    /// in random order, the last one cut; documents are reused when there are too few.</summary>
    private static List<string> TakeFiller(string text, int count, IReadOnlyList<string> filler, Random random)
    {
        var taken = new List<string>(count);
        if (count == 0)
        {
            return taken;
        }

        int[] order = new int[filler.Count];
        for (int i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        bool any = false;
        while (taken.Count < count)
        {
            random.Shuffle(order);
            foreach (int d in order)
            {
                if (string.Equals(filler[d], text, StringComparison.Ordinal))
                {
                    continue;
                }

                any = true;
                foreach (string word in Words(filler[d]))
                {
                    if (taken.Count == count)
                    {
                        return taken;
                    }

                    taken.Add(word);
                }
            }

            if (!any)
            {
                throw new ArgumentException("No filler document differs from the text.", nameof(filler));
            }
        }

        return taken;
    }
}
