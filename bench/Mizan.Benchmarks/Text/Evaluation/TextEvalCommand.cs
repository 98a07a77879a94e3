using System.Diagnostics;
using Mizan.Core.Text;
using Mizan.Core.Text.Matching;

namespace Mizan.Benchmarks.Text.Evaluation;

/// <summary>
/// <c>text-eval</c>: the evaluation of text matching against evasion (see <see cref="TextEvalOptions.Usage"/>). A
/// measurement, not a gate: the exit code is 0 whether or not the targets are met (2 on a usage error).
/// </summary>
internal static class TextEvalCommand
{
    public const string Name = "text-eval";

    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        TextEvalOptions options;
        try
        {
            options = TextEvalOptions.Parse(args);
        }
        catch (FormatException e)
        {
            error.WriteLine(e.Message);
            error.WriteLine(TextEvalOptions.Usage);
            return 2;
        }

        if (options.Help)
        {
            output.WriteLine(TextEvalOptions.Usage);
            return 0;
        }

        TextNormalizer.VerifyUnicodeSupport();
        var clock = Stopwatch.StartNew();
        var tables = EvasionTables.Load(options.DataDirectory);
        var corpus = EvaluationCorpus.Build(options.DataDirectory, options, EvaluationCorpus.LoadQuran());
        if (options.Samples)
        {
            SamplePrinter.Write(corpus, new EvasionGenerator(tables), options, TacticCatalog.All, output);
            return 0;
        }

        var evaluator = new TextEvaluator(corpus, new EvasionGenerator(tables), options);
        List<RowResult> rows = evaluator.Run(TacticCatalog.All);
        var report = new EvaluationReport
        {
            Seed = options.Seed,
            Variants = options.Variants,
            Background = options.MaskQuran ? "quran" : "none",
            MinSimilarity = TextMatchOptions.RecommendedMinSimilarity,
            MinContainment = TextMatchOptions.RecommendedMinContainment,
            KnownItems = Count(corpus.Known.Select(k => $"{k.Key.Split('/')[0]}/{k.Language}")),
            NegativeSets = new SortedDictionary<string, int>(StringComparer.Ordinal)
            {
                ["unrelated"] = corpus.Unrelated.Count,
                ["long posts"] = corpus.Composite.Count,
                ["quran verses"] = corpus.QuranVerses.Count,
                ["quran passages"] = corpus.QuranPassages.Count,
                ["scripture posts"] = corpus.Scripture.Sum(s => s.NegativePosts.Count),
            },
            Mappings = new SortedDictionary<string, int>(StringComparer.Ordinal)
            {
                ["presentation forms"] = tables.IsolatedFormCount,
                ["math letters"] = tables.MathLetterCount,
                ["look-alikes"] = tables.LookAlikeCount,
                ["rasm"] = tables.RasmCount,
            },
            NotIndexed = evaluator.NotIndexed,
            Rows = rows,
            ElapsedSeconds = clock.Elapsed.TotalSeconds,
        };

        if (options.Json)
        {
            ReportWriter.WriteJson(report, output);
        }
        else
        {
            ReportWriter.WriteTable(report, output);
        }

        return 0;
    }

    private static SortedDictionary<string, int> Count(IEnumerable<string> keys)
    {
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (string key in keys)
        {
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }

        return counts;
    }
}
