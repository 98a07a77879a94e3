using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Mizan.Benchmarks.Text.Evaluation;

/// <summary>Prints an <see cref="EvaluationReport"/> as a table or as JSON.</summary>
internal static class ReportWriter
{
    private static readonly JsonSerializerOptions s_json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // keep Arabic readable; the output is not HTML
        Converters = { new JsonStringEnumConverter() },
    };

    public static void WriteJson(EvaluationReport report, TextWriter output)
    {
        output.WriteLine(JsonSerializer.Serialize(report, s_json));
    }

    public static void WriteTable(EvaluationReport report, TextWriter output)
    {
        IFormatProvider inv = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(
            inv,
            $"Text matching evaluation: seed {report.Seed}, {report.Variants} variants per randomised edit, thresholds similarity ≥ {report.MinSimilarity} or containment ≥ {report.MinContainment}, quotations masked: {report.Background}"));
        output.WriteLine("Known items:  " + Describe(report.KnownItems));
        output.WriteLine("Negatives:    " + Describe(report.NegativeSets));
        output.WriteLine("Mappings:     " + Describe(report.Mappings) + " (letters covered)");
        if (report.NotIndexed.Count > 0)
        {
            output.WriteLine("Not indexed:  " + string.Join(", ", report.NotIndexed));
        }

        output.WriteLine();
        int nameWidth = Math.Max(6, report.Rows.Max(r => r.Name.Length));
        string header = string.Create(
            inv,
            $"{"tactic".PadRight(nameWidth)}  {"group",-11} {"scope",-6} {"n+",5} {"recall",7} {"target",6} {"plain",6} {"short",6} {"light",6} {"heavy",6} {"misses (cause)",-22} {"channel",-14} {"n-",6} {"false",5} {"stray",5}");
        output.WriteLine(header);
        output.WriteLine(new string('-', header.Length));
        foreach (RowResult row in report.Rows)
        {
            string recall = row.Recall is { } r ? r.ToString("0.000", inv) : "-";
            string target = row.Target is { } t ? t.ToString("0.00", inv) : "-";
            string plain = Format(row.RecallOf(KnownItem.Plain));
            string shortItems = Format(row.RecallOf(KnownItem.Short));
            string light = Format(row.RecallOf(KnownItem.LightQuoting));
            string heavy = Format(row.RecallOf(KnownItem.HeavyQuoting));
            string mark = row.MissesTarget ? " <" : string.Empty;
            string causes = row.MissCauses.Count == 0
                ? "-"
                : string.Join(" ", row.MissCauses.Select(c => string.Create(inv, $"{c.Key} {c.Value}")));
            output.WriteLine(string.Create(
                inv,
                $"{row.Name.PadRight(nameWidth)}  {row.Group,-11} {row.Scope,-6} {row.Positives,5} {recall,7} {target,6} {plain,6} {shortItems,6} {light,6} {heavy,6} {causes,-22} {row.TopChannel,-14} {row.Negatives,6} {row.FalseMatches,5} {row.StrayMatches,5}{mark}"));
        }

        output.WriteLine();
        output.WriteLine("misses (cause): lsh = exact verification would pass, banding gave no candidate; threshold = no channel reaches");
        output.WriteLine("the thresholds after normalisation. false = negatives that matched; stray = positives that also matched an");
        output.WriteLine("unrelated known item. channel = the channel found positives matched in most often. plain / short / light /");
        output.WriteLine("heavy = recall on items without quoted Quran verses / of 16-39 words / with verses of fewer words than the prose / with verses of 2-4");
        output.WriteLine("times as many words (an edit of the whole item also edits its verses, which then may no longer be recognised");
        output.WriteLine("as quotations and masked in the query).");

        bool anyDetail = false;
        foreach (RowResult row in report.Rows)
        {
            if (row.Misses.Count == 0 && row.FalseExamples.Count == 0)
            {
                continue;
            }

            if (!anyDetail)
            {
                output.WriteLine();
                output.WriteLine("Details (scores: exact similarity/containment of the known item per channel, M Match, S Skeleton,");
                output.WriteLine("L Spaceless, W WordSet):");
                anyDetail = true;
            }

            output.WriteLine(string.Create(inv, $"  {row.Name}:"));
            foreach (MissExample miss in row.Misses)
            {
                output.WriteLine(string.Create(inv, $"    missed {miss.Key} ({miss.Words} words, {miss.Cause}): {miss.Scores}"));
            }

            foreach (FalseMatchExample example in row.FalseExamples)
            {
                output.WriteLine(string.Create(
                    inv,
                    $"    false  {example.QueryKey} -> {example.KnownKey} ({example.Channel} {example.Similarity:0.00}/{example.Containment:0.00}): {example.Excerpt}"));
            }
        }

        output.WriteLine();
        output.WriteLine(string.Create(inv, $"Elapsed {report.ElapsedSeconds:0.0} s"));
        output.WriteLine(report.Verdict);
    }

    private static string Format(double? value) =>
        value is { } v ? v.ToString("0.000", CultureInfo.InvariantCulture) : "-";

    private static string Describe(SortedDictionary<string, int> counts) =>
        string.Join(", ", counts.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Key} {c.Value}")));
}
