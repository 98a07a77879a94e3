namespace Mizan.Benchmarks.Text.Evaluation;

/// <summary>A text of the evaluation corpus that is not a known item (a negative, or filler for edits).</summary>
/// <param name="Key">Where it comes from, e.g. <c>udhr/arb/11-12</c> or <c>news/arb/weather-heat</c>.</param>
/// <param name="Language">ISO 639-3 code (<see cref="Languages"/>).</param>
/// <param name="Text">The text.</param>
internal sealed record CorpusDocument(string Key, string Language, string Text)
{
    /// <summary>True for Arabic, Persian and Urdu.</summary>
    public bool IsArabicScript => Languages.IsArabicScript(Language);
}
