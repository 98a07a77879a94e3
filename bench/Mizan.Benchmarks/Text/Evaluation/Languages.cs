namespace Mizan.Benchmarks.Text.Evaluation;

/// <summary>The languages of the evaluation corpus, by ISO 639-3 code.</summary>
internal static class Languages
{
    public const string Arabic = "arb";
    public const string Persian = "pes";
    public const string Urdu = "urd";
    public const string English = "eng";
    public const string French = "fra";

    /// <summary>All languages, Arabic script first.</summary>
    public static readonly string[] All = [Arabic, Persian, Urdu, English, French];

    /// <summary>True for Arabic, Persian and Urdu.</summary>
    public static bool IsArabicScript(string language) =>
        string.Equals(language, Arabic, StringComparison.Ordinal)
        || string.Equals(language, Persian, StringComparison.Ordinal)
        || string.Equals(language, Urdu, StringComparison.Ordinal);
}
