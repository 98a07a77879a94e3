using System.Globalization;
using System.Text.Json;

namespace Mizan.Data.Moderation.Statements;

/// <summary>
/// The texts of statements of reasons, written per language (not machine-translated), from the embedded
/// statement-texts.json. A language without texts falls back to English.
/// </summary>
public static class StatementTexts
{
    /// <summary>The language used when the user's is not available.</summary>
    public const string Fallback = "en";

    private static readonly Dictionary<string, Dictionary<string, string>> s_texts = Load();

    /// <summary>Languages with texts (ISO 639-1, lower case).</summary>
    public static IReadOnlyCollection<string> Languages => s_texts.Keys;

    /// <summary>The language to write in: the first of the candidates that has texts, else English.</summary>
    public static string Choose(params string?[] candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        foreach (string? candidate in candidates)
        {
            if (candidate is { Length: > 0 } && s_texts.ContainsKey(candidate.ToLowerInvariant()))
            {
                return candidate.ToLowerInvariant();
            }
        }

        return Fallback;
    }

    /// <summary>The text <paramref name="key"/> in <paramref name="language"/>, formatted with <paramref name="args"/>.</summary>
    public static string Get(string language, string key, params object?[] args)
    {
        string template = s_texts.TryGetValue(language, out var texts) && texts.TryGetValue(key, out string? t)
            ? t
            : s_texts[Fallback][key];
        return args.Length == 0 ? template : string.Format(CultureInfo.InvariantCulture, template, args);
    }

    private static Dictionary<string, Dictionary<string, string>> Load()
    {
        using var stream = typeof(StatementTexts).Assembly.GetManifestResourceStream("Mizan.Data.Moderation.Statements.statement-texts.json")
            ?? throw new InvalidOperationException("The statement texts resource is missing from the assembly.");
        var texts = JsonSerializer.Deserialize<Dictionary<string, Dictionary<string, string>>>(stream)
            ?? throw new InvalidOperationException("The statement texts resource is empty.");
        var english = texts[Fallback];
        foreach (var (language, map) in texts)
        {
            foreach (string key in english.Keys)
            {
                if (!map.ContainsKey(key))
                {
                    throw new InvalidOperationException($"Statement texts: '{language}' lacks '{key}'.");
                }
            }
        }

        return texts;
    }
}
