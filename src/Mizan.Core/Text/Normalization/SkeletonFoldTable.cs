namespace Mizan.Core.Text.Normalization;

/// <summary>
/// The skeleton fold, applied to match-level text: each Arabic letter to its rasm (dotless shape) class and each
/// Latin, Cyrillic or Greek look-alike to its UTS #39 confusable skeleton (ARABIC.md, "Skeleton (rasm) channel").
/// </summary>
/// <remarks>
/// Rasm classes come from the Joining_Group property of Unicode's ArabicShaping.txt, with ARABIC.md's
/// representative per group. Position rule: a NOON- or YEH-class letter that joins the next letter shows the BEH
/// tooth (U+066E), and a joined QAF-class letter the FEH loop (U+06A1). "Joins the next letter" is read as "is followed by a
/// letter that has a joining group", i.e. not word-final and not before a non-joining letter such as hamza; every
/// letter with such a class is dual-joining. Confusables are UTS #39 confusables.txt mappings of single lower-case
/// BMP letters, lower-cased and closed under themselves (tools/text-tables/generate-fold-data.mjs).
/// </remarks>
internal sealed class SkeletonFoldTable
{
    private const int ArabicFirst = 0x0600;
    private const int ArabicLast = 0x08FF;

    private readonly FoldEntry[] _entries;
    private readonly bool[] _joins;
    private readonly char[] _nonFinal;
    private readonly char[] _expansions;
    private readonly int _maxLength;

    private SkeletonFoldTable(FoldEntry[] entries, bool[] joins, char[] nonFinal, char[] expansions, int maxLength)
    {
        _maxLength = maxLength;
        _entries = entries;
        _joins = joins;
        _nonFinal = nonFinal;
        _expansions = expansions;
    }

    public static SkeletonFoldTable Instance { get; } = Build();

    /// <summary>Folds match-level text into <paramref name="output"/>, keeping each character's source span.</summary>
    public void Fold(in FoldBuffer match, ref FoldBuffer output)
    {
        ReadOnlySpan<char> text = match.Chars;
        ReadOnlySpan<int> sourceStarts = match.StartArray.AsSpan(0, text.Length);
        ReadOnlySpan<int> sourceEnds = match.EndArray.AsSpan(0, text.Length);
        int room = _maxLength;
        int n = output.Length;
        output.EnsureCapacity(n + text.Length + room);
        char[] chars = output.CharArray;
        int[] starts = output.StartArray;
        int[] ends = output.EndArray;
        int limit = chars.Length - room;
        FoldEntry[] entries = _entries;

        for (int i = 0; i < text.Length; i++)
        {
            if (n > limit)
            {
                output.SetLength(n);
                output.EnsureCapacity(n + (text.Length - i) + room);
                chars = output.CharArray;
                starts = output.StartArray;
                ends = output.EndArray;
                limit = chars.Length - room;
            }

            char c = text[i];
            FoldEntry entry = entries[c];
            switch (entry.Kind)
            {
                case FoldKind.Single:
                    char shape = (char)entry.Value;
                    if (IsArabic(c) && _nonFinal[c - ArabicFirst] != '\0' && i + 1 < text.Length && Joins(text[i + 1]))
                    {
                        shape = _nonFinal[c - ArabicFirst];
                    }

                    chars[n] = shape;
                    starts[n] = sourceStarts[i];
                    ends[n] = sourceEnds[i];
                    n++;
                    break;
                case FoldKind.Expansion:
                    foreach (char e in _expansions.AsSpan(entry.Value, entry.Length))
                    {
                        chars[n] = e;
                        starts[n] = sourceStarts[i];
                        ends[n] = sourceEnds[i];
                        n++;
                    }

                    break;
                default:
                    chars[n] = c;
                    starts[n] = sourceStarts[i];
                    ends[n] = sourceEnds[i];
                    n++;
                    break;
            }
        }

        output.SetLength(n);
    }

    private static bool IsArabic(char c) => (uint)(c - ArabicFirst) <= ArabicLast - ArabicFirst;

    private bool Joins(char next) => IsArabic(next) && _joins[next - ArabicFirst];

    private static SkeletonFoldTable Build()
    {
        var entries = new FoldEntry[char.MaxValue + 1];
        bool[] joins = new bool[ArabicLast - ArabicFirst + 1];
        char[] nonFinal = new char[ArabicLast - ArabicFirst + 1];
        var expansions = new List<char>();
        int maxLength = 1;

        ReadOnlySpan<char> classes = GeneratedFoldData.RasmClasses;
        ReadOnlySpan<char> shapes = GeneratedFoldData.NonFinalShapes;
        for (int i = 0; i < classes.Length; i += 2)
        {
            char letter = classes[i];
            char representative = classes[i + 1];
            if (letter != representative)
            {
                entries[letter] = FoldEntry.Single(representative);
            }

            for (int j = 0; j < shapes.Length; j += 2)
            {
                if (shapes[j] == representative)
                {
                    nonFinal[letter - ArabicFirst] = shapes[j + 1];
                    if (letter == representative)
                    {
                        entries[letter] = FoldEntry.Single(representative);
                    }
                }
            }
        }

        foreach (char letter in GeneratedFoldData.JoiningLetters)
        {
            joins[letter - ArabicFirst] = true;
        }

        ReadOnlySpan<char> confusables = GeneratedFoldData.Confusables;
        for (int i = 0; i < confusables.Length;)
        {
            char source = confusables[i];
            int length = confusables[i + 1];
            maxLength = Math.Max(maxLength, length);
            ReadOnlySpan<char> target = confusables.Slice(i + 2, length);
            if (length == 1)
            {
                entries[source] = FoldEntry.Single(target[0]);
            }
            else
            {
                entries[source] = FoldEntry.Expansion(expansions.Count, length);
                expansions.AddRange(target);
            }

            i += 2 + length;
        }

        return new SkeletonFoldTable(entries, joins, nonFinal, [.. expansions], maxLength);
    }
}
