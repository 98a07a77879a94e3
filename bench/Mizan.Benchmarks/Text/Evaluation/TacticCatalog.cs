namespace Mizan.Benchmarks.Text.Evaluation;

/// <summary>
/// The tactics evaluated: each row of ARABIC.md's channel table at its strength, combinations, word replacement and
/// longer posts (the targets), and other strengths and stacked structural tactics (measured without a target).
/// </summary>
/// <remarks>In combinations, letter substitutions come first, then word order, then inserted marks and invisible
/// characters, then breaks inside words, then surrounding text, so that no step undoes another.</remarks>
internal static class TacticCatalog
{
    public const double SingleTarget = 0.99;
    public const double CombinationTarget = 0.95;
    public const double ReplacementTarget = 0.95;
    public const double LongPostTarget = 0.9;

    // Strengths of ARABIC.md's channel table.
    private const double HarakatShare = 0.4;
    private const double TatweelShare = 0.3;
    private const double ZeroWidthShare = 0.3;
    private const double BidiShare = 0.3;
    private const double LookAlikeShare = 0.3;
    private const double SpacesShare = 0.3;
    private const double PunctuationShare = 0.3;
    private const int ShuffleWindow = 8;
    private const double UnrelatedFactor = 3;

    // The targets of the evaluation brief.
    private const double ReplacedShare = 0.1;
    private const double LongPostFactor = 4; // the item plus four times its length: a post five times longer

    public static IReadOnlyList<Tactic> All { get; } = Build();

    /// <summary>ARABIC.md's combination row: harakat 40%, tatweel 30%, zero-width 30%, look-alikes 30%, Persian swap.</summary>
    public static string ArabicMdCombination(string text, TransformContext c)
    {
        EvasionGenerator g = c.Generator;
        Random r = c.Random;
        text = EvasionGenerator.PersianSwap(text, 1, r);
        text = g.LookAlikes(text, LookAlikeShare, r);
        text = EvasionGenerator.Harakat(text, HarakatShare, r);
        text = g.Tatweel(text, TatweelShare, r);
        return EvasionGenerator.ZeroWidth(text, ZeroWidthShare, r);
    }

    private static List<Tactic> Build()
    {
        const TacticScope Arabic = TacticScope.ArabicScript;
        const TacticScope Any = TacticScope.AnyScript;
        var tactics = new List<Tactic>();

        void Add(
            string name, TacticGroup group, TacticScope scope, Func<string, TransformContext, string> apply, bool randomized = true, double? target = null)
        {
            target ??= group switch
            {
                TacticGroup.Single => SingleTarget,
                TacticGroup.Combination => CombinationTarget,
                _ => null,
            };
            tactics.Add(new Tactic(name, group, scope, target, randomized, apply));
        }

        // ARABIC.md channel table, one tactic at a time.
        Add("harakat on 40% of letters", TacticGroup.Single, Arabic, (t, c) => EvasionGenerator.Harakat(t, HarakatShare, c.Random));
        Add("tatweel 30%", TacticGroup.Single, Arabic, (t, c) => c.Generator.Tatweel(t, TatweelShare, c.Random));
        Add("zero-width chars 30%", TacticGroup.Single, Any, (t, c) => EvasionGenerator.ZeroWidth(t, ZeroWidthShare, c.Random));
        Add("bidi controls around 30% of words", TacticGroup.Single, Any, (t, c) => EvasionGenerator.BidiControls(t, BidiShare, c.Random));
        Add("isolated presentation forms", TacticGroup.Single, Arabic, (t, c) => c.Generator.PresentationForms(t, 1, c.Random), randomized: false);
        Add("Arabic math alphanumerics (U+1EExx)", TacticGroup.Single, Arabic, (t, c) => c.Generator.MathLetters(t, 1, c.Random));
        Add("Persian/Urdu letter swap", TacticGroup.Single, Arabic, (t, c) => EvasionGenerator.PersianSwap(t, 1, c.Random), randomized: false);
        Add("look-alike extended letters 30%", TacticGroup.Single, Arabic, (t, c) => c.Generator.LookAlikes(t, LookAlikeShare, c.Random));
        Add("fully dotless (rasm)", TacticGroup.Single, Arabic, (t, c) => c.Generator.Dotless(t, 1, c.Random), randomized: false);
        Add("spaces inside 30% of words", TacticGroup.Single, Any, (t, c) => EvasionGenerator.SpacesInsideWords(t, SpacesShare, c.Random));
        Add("punctuation/emoji inside 30% of words", TacticGroup.Single, Any, (t, c) => EvasionGenerator.PunctuationInsideWords(t, PunctuationShare, c.Random));
        Add("word order shuffled within 8-word windows", TacticGroup.Single, Any, (t, c) => EvasionGenerator.ShuffleWords(t, ShuffleWindow, c.Random));
        Add("3x unrelated text around it", TacticGroup.Single, Any, (t, c) => EvasionGenerator.Surround(t, UnrelatedFactor, c.Filler, c.Random));

        // Combinations.
        Add("ARABIC.md combination (harakat+tatweel+ZW+look-alikes+Persian swap)", TacticGroup.Combination, Arabic, ArabicMdCombination);
        Add("presentation forms + ZW 30% + bidi 30%", TacticGroup.Combination, Arabic, (t, c) =>
            EvasionGenerator.BidiControls(EvasionGenerator.ZeroWidth(c.Generator.PresentationForms(t, 1, c.Random), ZeroWidthShare, c.Random), BidiShare, c.Random));
        Add("harakat 40% + math alphanumerics", TacticGroup.Combination, Arabic, (t, c) =>
            c.Generator.MathLetters(EvasionGenerator.Harakat(t, HarakatShare, c.Random), 1, c.Random));
        Add("dotless + harakat 40% + tatweel 30%", TacticGroup.Combination, Arabic, (t, c) =>
            c.Generator.Tatweel(EvasionGenerator.Harakat(c.Generator.Dotless(t, 1, c.Random), HarakatShare, c.Random), TatweelShare, c.Random));
        Add("harakat 40% + ZW 30% + spaces 30%", TacticGroup.Combination, Arabic, (t, c) =>
            EvasionGenerator.SpacesInsideWords(EvasionGenerator.ZeroWidth(EvasionGenerator.Harakat(t, HarakatShare, c.Random), ZeroWidthShare, c.Random), SpacesShare, c.Random));
        Add("Persian swap + look-alikes 30% + punctuation/emoji 30%", TacticGroup.Combination, Arabic, (t, c) =>
            EvasionGenerator.PunctuationInsideWords(c.Generator.LookAlikes(EvasionGenerator.PersianSwap(t, 1, c.Random), LookAlikeShare, c.Random), PunctuationShare, c.Random));
        Add("look-alikes 30% + shuffle 8 + harakat 40%", TacticGroup.Combination, Arabic, (t, c) =>
            EvasionGenerator.Harakat(EvasionGenerator.ShuffleWords(c.Generator.LookAlikes(t, LookAlikeShare, c.Random), ShuffleWindow, c.Random), HarakatShare, c.Random));
        Add("ARABIC.md combination inside 3x unrelated text", TacticGroup.Combination, Arabic, (t, c) =>
            EvasionGenerator.Surround(ArabicMdCombination(t, c), UnrelatedFactor, c.Filler, c.Random));
        Add("ZW 30% + bidi 30% + punctuation/emoji 30%", TacticGroup.Combination, Any, (t, c) =>
            EvasionGenerator.PunctuationInsideWords(EvasionGenerator.BidiControls(EvasionGenerator.ZeroWidth(t, ZeroWidthShare, c.Random), BidiShare, c.Random), PunctuationShare, c.Random));

        // The edit targets.
        Add("10% of words replaced", TacticGroup.Edit, Any, (t, c) => EvasionGenerator.ReplaceWords(t, ReplacedShare, c.Vocabulary, c.Random), target: ReplacementTarget);
        Add("inside a post 5x longer", TacticGroup.Edit, Any, (t, c) => EvasionGenerator.Surround(t, LongPostFactor, c.Filler, c.Random), target: LongPostTarget);

        // Other strengths: measured, no target.
        Add("harakat on every letter", TacticGroup.Sweep, Arabic, (t, c) => EvasionGenerator.Harakat(t, 1, c.Random));
        Add("tatweel 100%", TacticGroup.Sweep, Arabic, (t, c) => c.Generator.Tatweel(t, 1, c.Random), randomized: false);
        Add("zero-width chars 100%", TacticGroup.Sweep, Any, (t, c) => EvasionGenerator.ZeroWidth(t, 1, c.Random));
        Add("bidi controls around every word", TacticGroup.Sweep, Any, (t, c) => EvasionGenerator.BidiControls(t, 1, c.Random));
        Add("presentation forms 30%", TacticGroup.Sweep, Arabic, (t, c) => c.Generator.PresentationForms(t, 0.3, c.Random));
        Add("math alphanumerics 30%", TacticGroup.Sweep, Arabic, (t, c) => c.Generator.MathLetters(t, 0.3, c.Random));
        Add("look-alike letters 60%", TacticGroup.Sweep, Arabic, (t, c) => c.Generator.LookAlikes(t, 0.6, c.Random));
        Add("look-alike letters 100%", TacticGroup.Sweep, Arabic, (t, c) => c.Generator.LookAlikes(t, 1, c.Random));
        Add("dotless 50% of letters", TacticGroup.Sweep, Arabic, (t, c) => c.Generator.Dotless(t, 0.5, c.Random));
        Add("spaces inside 10% of words", TacticGroup.Sweep, Any, (t, c) => EvasionGenerator.SpacesInsideWords(t, 0.1, c.Random));
        Add("spaces inside 60% of words", TacticGroup.Sweep, Any, (t, c) => EvasionGenerator.SpacesInsideWords(t, 0.6, c.Random));
        Add("spaces inside every word", TacticGroup.Sweep, Any, (t, c) => EvasionGenerator.SpacesInsideWords(t, 1, c.Random));
        Add("punctuation/emoji inside 60% of words", TacticGroup.Sweep, Any, (t, c) => EvasionGenerator.PunctuationInsideWords(t, 0.6, c.Random));
        Add("punctuation/emoji inside every word", TacticGroup.Sweep, Any, (t, c) => EvasionGenerator.PunctuationInsideWords(t, 1, c.Random));
        Add("shuffle within 4-word windows", TacticGroup.Sweep, Any, (t, c) => EvasionGenerator.ShuffleWords(t, 4, c.Random));
        Add("shuffle within 16-word windows", TacticGroup.Sweep, Any, (t, c) => EvasionGenerator.ShuffleWords(t, 16, c.Random));
        Add("shuffle the whole text", TacticGroup.Sweep, Any, (t, c) => EvasionGenerator.ShuffleWords(t, 0, c.Random));
        Add("1x unrelated text around it", TacticGroup.Sweep, Any, (t, c) => EvasionGenerator.Surround(t, 1, c.Filler, c.Random));
        Add("inside a post 10x longer", TacticGroup.Sweep, Any, (t, c) => EvasionGenerator.Surround(t, 9, c.Filler, c.Random));
        Add("2% of words replaced", TacticGroup.Sweep, Any, (t, c) => EvasionGenerator.ReplaceWords(t, 0.02, c.Vocabulary, c.Random));
        Add("5% of words replaced", TacticGroup.Sweep, Any, (t, c) => EvasionGenerator.ReplaceWords(t, 0.05, c.Vocabulary, c.Random));
        Add("20% of words replaced", TacticGroup.Sweep, Any, (t, c) => EvasionGenerator.ReplaceWords(t, 0.2, c.Vocabulary, c.Random));
        Add("30% of words replaced", TacticGroup.Sweep, Any, (t, c) => EvasionGenerator.ReplaceWords(t, 0.3, c.Vocabulary, c.Random));
        Add("half of the item inside 3x unrelated text", TacticGroup.Sweep, Any, (t, c) =>
            EvasionGenerator.Surround(EvasionGenerator.Excerpt(t, 0.5, c.Random), UnrelatedFactor, c.Filler, c.Random));

        // Two structural tactics at once: no single channel undoes both.
        Add("dotless + spaces 30%", TacticGroup.Stacked, Arabic, (t, c) =>
            EvasionGenerator.SpacesInsideWords(c.Generator.Dotless(t, 1, c.Random), SpacesShare, c.Random));
        Add("dotless + shuffle 8", TacticGroup.Stacked, Arabic, (t, c) =>
            EvasionGenerator.ShuffleWords(c.Generator.Dotless(t, 1, c.Random), ShuffleWindow, c.Random));
        Add("shuffle 8 + spaces 30%", TacticGroup.Stacked, Any, (t, c) =>
            EvasionGenerator.SpacesInsideWords(EvasionGenerator.ShuffleWords(t, ShuffleWindow, c.Random), SpacesShare, c.Random));
        Add("dotless + 10% of words replaced", TacticGroup.Stacked, Arabic, (t, c) =>
            c.Generator.Dotless(EvasionGenerator.ReplaceWords(t, ReplacedShare, c.Vocabulary, c.Random), 1, c.Random));
        Add("spaces 30% + inside a post 5x longer", TacticGroup.Stacked, Any, (t, c) =>
            EvasionGenerator.Surround(EvasionGenerator.SpacesInsideWords(t, SpacesShare, c.Random), LongPostFactor, c.Filler, c.Random));
        Add("shuffle 8 + inside a post 5x longer", TacticGroup.Stacked, Any, (t, c) =>
            EvasionGenerator.Surround(EvasionGenerator.ShuffleWords(t, ShuffleWindow, c.Random), LongPostFactor, c.Filler, c.Random));

        return tactics;
    }
}
