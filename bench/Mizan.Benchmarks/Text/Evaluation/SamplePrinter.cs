using System.Globalization;
using System.Text;

namespace Mizan.Benchmarks.Text.Evaluation;

/// <summary>Prints what each edit does to the start of one Arabic and one English known item (<c>--samples</c>),
/// with invisible characters, bidi controls and marks shown as code points, for review of the generator.</summary>
internal static class SamplePrinter
{
    private const int SampleWords = 14;

    public static void Write(
        EvaluationCorpus corpus, EvasionGenerator generator, TextEvalOptions options, IReadOnlyList<Tactic> tactics, TextWriter output)
    {
        KnownItem[] items =
        [
            corpus.Known.First(k => string.Equals(k.Language, Languages.Arabic, StringComparison.Ordinal) && !k.QuotesScripture),
            corpus.Known.First(k => string.Equals(k.Language, Languages.English, StringComparison.Ordinal)),
        ];
        foreach (KnownItem item in items)
        {
            string text = string.Join(' ', EvasionGenerator.Words(item.Text).Take(SampleWords));
            output.WriteLine($"{item.Key}: {text}");
            foreach (Tactic tactic in tactics)
            {
                if (tactic.Scope == TacticScope.ArabicScript && !item.IsArabicScript)
                {
                    continue;
                }

                var context = new TransformContext(
                    generator, new Random(options.Seed), corpus.Filler(item.Language), corpus.Vocabulary(item.Language));
                string edited = tactic.Apply(text, context);
                output.WriteLine($"  {tactic.Name}:");
                output.WriteLine($"    {Show(edited)}");
            }

            output.WriteLine();
        }
    }

    /// <summary>The text with format characters (Cf) and combining marks (Mn) written as &lt;U+XXXX&gt;.</summary>
    private static string Show(string text)
    {
        var builder = new StringBuilder(text.Length * 2);
        foreach (char c in text)
        {
            UnicodeCategory category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.Format or UnicodeCategory.NonSpacingMark)
            {
                builder.Append(CultureInfo.InvariantCulture, $"<U+{(int)c:X4}>");
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
