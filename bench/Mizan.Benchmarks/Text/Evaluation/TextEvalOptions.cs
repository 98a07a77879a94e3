using System.Globalization;

namespace Mizan.Benchmarks.Text.Evaluation;

/// <summary>Options of <c>text-eval</c>: the seed, the sample sizes, the output format.</summary>
internal sealed class TextEvalOptions
{
    public const string Usage = """
        Usage: dotnet run -c Release --project bench/Mizan.Benchmarks -- text-eval [options]

        Measures text matching against the evasion tactics of ARABIC.md: recall of known items per tactic and false
        matches on negatives, at the recommended thresholds (similarity 0.5, containment 0.7). Exit code 0 unless
        it crashes (2 on a usage error); the last line says TARGETS MET or TARGETS NOT MET.

        Options:
          --seed N                 random seed for edits and samples (default 20261128)
          --variants N             edited copies of each known item per randomised tactic (default 2)
          --scripture N            known items made of prose and quoted verses (default 20)
          --scripture-negatives N  posts per scripture item quoting the same verses in other prose (default 3)
          --quran-verses N         single Quran verses run as negatives, 0 for none (default: all 6,236)
          --quran-passages N       runs of consecutive verses run as negatives (default 300)
          --composite N            long unrelated posts made of several negatives (default 100)
          --background quran|none  quotations masked before fingerprinting: the built-in Quran (default) or none,
                                   to see what masking buys
          --row-negatives N        at most N negatives per tactic row, 0 for all (default 0)
          --filter TEXT            only tactics whose name contains TEXT (case-insensitive)
          --show N                 misses and false matches printed per row (default 5)
          --data DIR               the data folder (default: TestData/Text beside the program)
          --json                   print the report as JSON instead of a table
          --samples                print each edit applied to one Arabic and one English known item, and stop
          -h, --help               print this help
        """;

    public int Seed { get; private set; } = 20261128;

    public int Variants { get; private set; } = 2;

    public int ScriptureItems { get; private set; } = 20;

    public int ScriptureNegatives { get; private set; } = 3;

    public int QuranVerses { get; private set; } = -1;

    public int QuranPassages { get; private set; } = 300;

    public int CompositePosts { get; private set; } = 100;

    public int RowNegatives { get; private set; }

    /// <summary>True (the default) to mask Quran quotations (<c>BackgroundCorpus.BuiltIn</c>); false for none.</summary>
    public bool MaskQuran { get; private set; } = true;

    public string? Filter { get; private set; }

    public int Show { get; private set; } = 5;

    public string DataDirectory { get; private set; } = Path.Combine(AppContext.BaseDirectory, "TestData", "Text");

    public bool Json { get; private set; }

    public bool Samples { get; private set; }

    public bool Help { get; private set; }

    /// <summary>Parses the arguments after <c>text-eval</c>.</summary>
    /// <exception cref="FormatException">An option is unknown or its value is missing or invalid.</exception>
    public static TextEvalOptions Parse(IReadOnlyList<string> args)
    {
        var options = new TextEvalOptions();
        for (int i = 0; i < args.Count; i++)
        {
            string arg = args[i];
            switch (arg)
            {
                case "--seed": options.Seed = Int(args, ref i, int.MinValue); break;
                case "--variants": options.Variants = Int(args, ref i, 1); break;
                case "--scripture": options.ScriptureItems = Int(args, ref i, 0); break;
                case "--scripture-negatives": options.ScriptureNegatives = Int(args, ref i, 0); break;
                case "--quran-verses": options.QuranVerses = Int(args, ref i, 0); break;
                case "--quran-passages": options.QuranPassages = Int(args, ref i, 0); break;
                case "--composite": options.CompositePosts = Int(args, ref i, 0); break;
                case "--row-negatives": options.RowNegatives = Int(args, ref i, 0); break;
                case "--filter": options.Filter = Value(args, ref i); break;
                case "--background":
                    options.MaskQuran = Value(args, ref i) switch
                    {
                        "quran" => true,
                        "none" => false,
                        string other => throw new FormatException($"--background is 'quran' or 'none', not '{other}'."),
                    };
                    break;
                case "--show": options.Show = Int(args, ref i, 0); break;
                case "--data": options.DataDirectory = Path.GetFullPath(Value(args, ref i)); break;
                case "--json": options.Json = true; break;
                case "--samples": options.Samples = true; break;
                case "-h" or "--help": options.Help = true; break;
                default: throw new FormatException($"Unknown option '{arg}'.");
            }
        }

        return options;
    }

    private static string Value(IReadOnlyList<string> args, ref int i)
    {
        if (i + 1 >= args.Count)
        {
            throw new FormatException($"Option '{args[i]}' needs a value.");
        }

        return args[++i];
    }

    private static int Int(IReadOnlyList<string> args, ref int i, int min)
    {
        string name = args[i];
        string value = Value(args, ref i);
        if (!int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out int result) || result < min)
        {
            throw new FormatException($"Option '{name}' needs an integer of at least {min}, not '{value}'.");
        }

        return result;
    }
}
