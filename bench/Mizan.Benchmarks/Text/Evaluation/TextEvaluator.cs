using System.Globalization;
using Mizan.Core.Text;
using Mizan.Core.Text.Matching;

namespace Mizan.Benchmarks.Text.Evaluation;

/// <summary>
/// Indexes every known item in one <see cref="TextIndex"/> and runs each row: edited known items (positives), for
/// which the intended id must be found at the recommended thresholds, and negatives (edited the same way), which
/// must match nothing. A missed positive is diagnosed by exact comparison in every channel, so the report says
/// whether banded LSH or the normalisation and thresholds lost it.
/// </summary>
internal sealed class TextEvaluator
{
    private const double MinSimilarity = TextMatchOptions.RecommendedMinSimilarity;
    private const double MinContainment = TextMatchOptions.RecommendedMinContainment;
    private const int QuranPassagesPerRow = 50;
    private const int ExcerptLength = 80;

    private readonly EvaluationCorpus _corpus;
    private readonly EvasionGenerator _generator;
    private readonly TextEvalOptions _options;
    private readonly TextFingerprinter _fingerprinter;
    private readonly TextIndex _index;
    private readonly Dictionary<long, KnownItem> _known = [];
    private readonly Dictionary<long, TextFingerprint> _knownPrints = [];

    public TextEvaluator(EvaluationCorpus corpus, EvasionGenerator generator, TextEvalOptions options)
    {
        _corpus = corpus;
        _generator = generator;
        _options = options;
        _fingerprinter = new TextFingerprinter(TextMatchOptions.Default, options.MaskQuran ? BackgroundCorpus.BuiltIn : BackgroundCorpus.Empty);
        _index = new TextIndex(TextMatchOptions.Default);
        var notIndexed = new List<string>();
        foreach (KnownItem item in corpus.Known)
        {
            TextFingerprint print = _fingerprinter.Compute(item.Text);
            _known[item.Id] = item;
            _knownPrints[item.Id] = print;
            _index.Add(item.Id, print);
            if (print.TooShort)
            {
                notIndexed.Add(item.Key);
            }
        }

        NotIndexed = notIndexed;
    }

    /// <summary>Known items too short after masking quotations to be indexed (they can never be found).</summary>
    public IReadOnlyList<string> NotIndexed { get; }

    /// <summary>Runs the baseline, every tactic (or those matching the filter), the scripture row and the
    /// Quran rows.</summary>
    public List<RowResult> Run(IReadOnlyList<Tactic> tactics)
    {
        var rows = new List<RowResult>();
        List<CorpusDocument> plainNegatives = [.. _corpus.Unrelated, .. _corpus.Composite];
        if (Selected("verbatim"))
        {
            rows.Add(RunRow(
                "verbatim / unrelated text",
                TacticGroup.Baseline,
                "any",
                null,
                _corpus.Known.Select(k => new EvalQuery(k.Key, k.Text, k.Id, k.Source)).ToList(),
                plainNegatives.Select(d => new EvalQuery(d.Key, d.Text, null, null)).ToList()));
        }

        foreach (Tactic tactic in tactics)
        {
            if (Selected(tactic.Name))
            {
                rows.Add(RunTactic(tactic));
            }
        }

        if (Selected("scripture"))
        {
            rows.Add(RunRow(
                "shares only scripture / repost without verses",
                TacticGroup.Scripture,
                "arb",
                TacticCatalog.SingleTarget,
                _corpus.Scripture.Select(s => new EvalQuery($"repost/{s.Key}", s.Repost, s.KnownId, _known[s.KnownId].Source)).ToList(),
                _corpus.Scripture.SelectMany(s => s.NegativePosts).Select(d => new EvalQuery(d.Key, d.Text, null, null)).ToList()));
        }

        if (Selected("quran"))
        {
            rows.Add(RunRow(
                "Quran verses", TacticGroup.Negatives, "arb", null, [], _corpus.QuranVerses.Select(d => new EvalQuery(d.Key, d.Text, null, null)).ToList()));
            rows.Add(RunRow(
                "Quran passages", TacticGroup.Negatives, "arb", null, [], _corpus.QuranPassages.Select(d => new EvalQuery(d.Key, d.Text, null, null)).ToList()));
            rows.Add(RunRow(
                "Quran passages, harakat removed",
                TacticGroup.Negatives,
                "arb",
                null,
                [],
                _corpus.QuranPassages.Select(d => new EvalQuery(d.Key + "/bare", RemoveHarakat(d.Text), null, null)).ToList()));
        }

        return rows;
    }

    private bool Selected(string name) =>
        _options.Filter is null || name.Contains(_options.Filter, StringComparison.OrdinalIgnoreCase);

    private RowResult RunTactic(Tactic tactic)
    {
        bool arabicOnly = tactic.Scope == TacticScope.ArabicScript;
        int variants = tactic.Randomized ? _options.Variants : 1;
        var positives = new List<EvalQuery>();
        foreach (KnownItem item in _corpus.Known)
        {
            if (arabicOnly && !item.IsArabicScript)
            {
                continue;
            }

            for (int v = 0; v < variants; v++)
            {
                string key = string.Create(CultureInfo.InvariantCulture, $"{item.Key}#{v}");
                positives.Add(new EvalQuery(key, Transform(tactic, key, item.Text, item.Language), item.Id, item.Source));
            }
        }

        var negativeDocuments = new List<CorpusDocument>();
        negativeDocuments.AddRange(_corpus.Unrelated);
        negativeDocuments.AddRange(_corpus.Composite);
        negativeDocuments.AddRange(_corpus.QuranPassages.Take(QuranPassagesPerRow));
        negativeDocuments.AddRange(_corpus.Scripture.SelectMany(s => s.NegativePosts));
        if (arabicOnly)
        {
            negativeDocuments.RemoveAll(d => !d.IsArabicScript);
        }

        if (_options.RowNegatives > 0 && negativeDocuments.Count > _options.RowNegatives)
        {
            CorpusDocument[] sample = [.. negativeDocuments];
            new Random(Seed(_options.Seed, tactic.Name, "negatives")).Shuffle(sample);
            negativeDocuments = [.. sample.Take(_options.RowNegatives)];
        }

        List<EvalQuery> negatives = negativeDocuments
            .Select(d => new EvalQuery(d.Key, Transform(tactic, d.Key, d.Text, d.Language), null, null))
            .ToList();
        return RunRow(tactic.Name, tactic.Group, arabicOnly ? "arabic" : "any", tactic.MinRecall, positives, negatives);
    }

    private string Transform(Tactic tactic, string key, string text, string language)
    {
        var random = new Random(Seed(_options.Seed, tactic.Name, key));
        return tactic.Apply(text, new TransformContext(_generator, random, _corpus.Filler(language), _corpus.Vocabulary(language)));
    }

    private RowResult RunRow(
        string name, TacticGroup group, string scope, double? target, IReadOnlyList<EvalQuery> positives, IReadOnlyList<EvalQuery> negatives)
    {
        var row = new RowResult { Name = name, Group = group, Scope = scope, Target = target };
        var positiveOutcomes = new QueryOutcome[positives.Count];
        var negativeOutcomes = new QueryOutcome[negatives.Count];
        Parallel.For(0, positives.Count, i => positiveOutcomes[i] = Evaluate(positives[i]));
        Parallel.For(0, negatives.Count, i => negativeOutcomes[i] = Evaluate(negatives[i]));

        row.Positives = positives.Count;
        for (int i = 0; i < positives.Count; i++)
        {
            QueryOutcome outcome = positiveOutcomes[i];
            string kind = _known[positives[i].Intended!.Value].Kind;
            row.PositivesByKind[kind] = row.PositivesByKind.GetValueOrDefault(kind) + 1;
            if (outcome.Channel is { } channel)
            {
                row.Found++;
                row.FoundByKind[kind] = row.FoundByKind.GetValueOrDefault(kind) + 1;
                row.Channels[channel.ToString()] = row.Channels.GetValueOrDefault(channel.ToString()) + 1;
            }
            else if (outcome.Miss is { } miss)
            {
                row.MissCauses[miss.Cause] = row.MissCauses.GetValueOrDefault(miss.Cause) + 1;
                if (row.Misses.Count < _options.Show)
                {
                    row.Misses.Add(miss);
                }
            }

            if (outcome.Unexpected.Count > 0)
            {
                row.StrayMatches++;
                AddFalseExamples(row, outcome.Unexpected);
            }
        }

        row.Negatives = negatives.Count;
        foreach (QueryOutcome outcome in negativeOutcomes)
        {
            if (outcome.Unexpected.Count > 0)
            {
                row.FalseMatches++;
                AddFalseExamples(row, outcome.Unexpected);
            }
        }

        return row;
    }

    private void AddFalseExamples(RowResult row, List<FalseMatchExample> examples)
    {
        foreach (FalseMatchExample example in examples)
        {
            if (row.FalseExamples.Count < _options.Show)
            {
                row.FalseExamples.Add(example);
            }
        }
    }

    private QueryOutcome Evaluate(EvalQuery query)
    {
        TextFingerprint print = _fingerprinter.Compute(query.Text);
        var matches = new List<TextMatch>();
        _index.Search(print, MinSimilarity, MinContainment, matches);
        TextChannel? found = null;
        var unexpected = new List<FalseMatchExample>();
        foreach (TextMatch match in matches)
        {
            bool passes = match.Similarity >= MinSimilarity
                || (match.Channel != TextChannel.WordSet && match.Containment >= MinContainment);
            if (!passes)
            {
                continue;
            }

            KnownItem item = _known[match.Id];
            if (query.Intended == match.Id)
            {
                found = match.Channel;
            }
            else if (query.Source is null || !string.Equals(item.Source, query.Source, StringComparison.Ordinal))
            {
                unexpected.Add(new FalseMatchExample(
                    query.Key, item.Key, match.Channel.ToString(), match.Similarity, match.Containment, Excerpt(query.Text, match.Span)));
            }
        }

        MissExample? miss = query.Intended is { } id && found is null ? Diagnose(query, print, id) : null;
        return new QueryOutcome(found, unexpected, miss);
    }

    /// <summary>Why a positive was missed: exact similarity and containment in every channel, as the index's
    /// verification computes them.</summary>
    private MissExample Diagnose(EvalQuery query, TextFingerprint print, long id)
    {
        TextFingerprint known = _knownPrints[id];
        int words = EvasionGenerator.Words(query.Text).Length;
        if (known.TooShort)
        {
            return new MissExample(query.Key, words, "not-indexed", "-");
        }

        if (print.TooShort)
        {
            return new MissExample(query.Key, words, "query-too-short", "-");
        }

        bool sameSize = known[TextChannel.Match].ShingleSize == print[TextChannel.Match].ShingleSize;
        bool passes = false;
        var scores = new List<string>();
        foreach (TextChannel channel in TextFingerprint.Channels)
        {
            bool wordSet = channel == TextChannel.WordSet;
            string label = channel switch
            {
                TextChannel.Match => "M",
                TextChannel.Skeleton => "S",
                TextChannel.Spaceless => "L",
                _ => "W",
            };
            if (!wordSet && !sameSize)
            {
                scores.Add(label + " n/a");
                continue;
            }

            (double similarity, double containment) = Compare(known[channel].Shingles, print[channel].Shingles);
            double estimate = Agreement(known[channel].WholeSignature, print[channel].WholeSignature);
            passes |= similarity >= MinSimilarity || (!wordSet && containment >= MinContainment);
            scores.Add(string.Create(CultureInfo.InvariantCulture, $"{label} {similarity:0.00}/{containment:0.00}~{estimate:0.00}"));
        }

        return new MissExample(query.Key, words, passes ? "lsh" : "threshold", string.Join("  ", scores));
    }

    /// <summary>Exact Jaccard similarity and containment (|K ∩ Q| / |K|) of two sorted distinct shingle sets.</summary>
    private static (double Similarity, double Containment) Compare(ReadOnlySpan<uint> known, ReadOnlySpan<uint> query)
    {
        int i = 0;
        int j = 0;
        int common = 0;
        while (i < known.Length && j < query.Length)
        {
            if (known[i] == query[j])
            {
                common++;
                i++;
                j++;
            }
            else if (known[i] < query[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        int union = known.Length + query.Length - common;
        return (union == 0 ? 0 : (double)common / union, known.Length == 0 ? 0 : (double)common / known.Length);
    }

    /// <summary>Share of equal slots of two whole-text MinHash signatures: the index's estimate of the similarity.</summary>
    private static double Agreement(ReadOnlySpan<uint> a, ReadOnlySpan<uint> b)
    {
        if (a.Length == 0 || a.Length != b.Length)
        {
            return 0;
        }

        int equal = 0;
        for (int i = 0; i < a.Length; i++)
        {
            equal += a[i] == b[i] ? 1 : 0;
        }

        return (double)equal / a.Length;
    }

    private static string Excerpt(string text, TextSpan span)
    {
        int start = Math.Clamp(span.Start, 0, text.Length);
        int end = Math.Clamp(span.End, start, text.Length);
        string excerpt = text[start..end];
        return excerpt.Length <= ExcerptLength ? excerpt : excerpt[..ExcerptLength] + "…";
    }

    /// <summary>The text without the basic harakat (U+064B–U+0652), as a verse copied and stripped of vowels.</summary>
    private static string RemoveHarakat(string text) =>
        string.Concat(text.Where(c => c is not (>= EvasionChars.FirstHaraka and <= EvasionChars.LastHaraka)));

    /// <summary>A seed from the run's seed and the names of a row and a text (FNV-1a; stable across runs and
    /// platforms, unlike <see cref="string.GetHashCode()"/>).</summary>
    private static int Seed(int seed, string row, string key)
    {
        ulong hash = 14695981039346656037UL ^ (uint)seed;
        foreach (string part in (ReadOnlySpan<string>)[row, "\u0001", key])
        {
            foreach (char c in part)
            {
                hash = (hash ^ c) * 1099511628211UL;
            }
        }

        return (int)(hash ^ (hash >> 32));
    }
}
