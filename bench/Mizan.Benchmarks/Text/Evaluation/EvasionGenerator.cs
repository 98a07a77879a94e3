using System.Globalization;

namespace Mizan.Benchmarks.Text.Evaluation;

/// <summary>
/// Applies the evasion tactics of ARABIC.md ("What each channel buys") to a text: one method per tactic, each with a
/// strength and a seeded <see cref="Random"/>, so that every edited text can be reproduced from the seed. Methods
/// can be chained to combine tactics. Letter mappings come from <see cref="EvasionTables"/>.
/// </summary>
/// <remarks>Words are the runs between spaces. Insertions never split a surrogate pair, and insertions inside a word
/// are never put before a combining mark (which would move the mark off its letter).</remarks>
internal sealed partial class EvasionGenerator
{
    private readonly EvasionTables _tables;

    public EvasionGenerator(EvasionTables tables)
    {
        ArgumentNullException.ThrowIfNull(tables);
        _tables = tables;
    }

    public EvasionTables Tables => _tables;

    /// <summary>The words of a text (runs between spaces).</summary>
    public static string[] Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>True with probability <paramref name="strength"/> (always at 1, never at 0).</summary>
    private static bool Chance(Random random, double strength) =>
        strength >= 1 || (strength > 0 && random.NextDouble() < strength);

    private static void CheckStrength(double strength)
    {
        if (!(strength is >= 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(strength), strength, "Must be in [0, 1].");
        }
    }

    private static bool IsMark(char c) =>
        CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark;

    /// <summary>True when something may be inserted before <paramref name="word"/>[<paramref name="index"/>].</summary>
    private static bool CanSplitBefore(string word, int index) =>
        index > 0 && index < word.Length && !char.IsLowSurrogate(word[index]) && !IsMark(word[index]);
}
