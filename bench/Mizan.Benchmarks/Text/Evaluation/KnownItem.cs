namespace Mizan.Benchmarks.Text.Evaluation;

/// <summary>A known item indexed by the evaluation.</summary>
/// <param name="Id">Its id in the index.</param>
/// <param name="Key">Where it comes from, e.g. <c>udhr/eng/preamble-1</c>.</param>
/// <param name="Source">The key of the prose it is made of: items with the same source are the same text (a
/// scripture item and the news item whose prose it quotes), so a query of one may rightly match the other.</param>
/// <param name="Language">ISO 639-3 code (<see cref="Languages"/>).</param>
/// <param name="Text">The text as indexed.</param>
internal sealed record KnownItem(long Id, string Key, string Source, string Language, string Text)
{
    /// <summary>True for Arabic, Persian and Urdu.</summary>
    public bool IsArabicScript => Languages.IsArabicScript(Language);

    /// <summary>The key prefix of scripture items (prose with quoted verses), followed by the kind.</summary>
    public const string ScripturePrefix = "scripture/";

    /// <summary>Kind of an item without quoted verses.</summary>
    public const string Plain = "plain";

    public const string Short = "short";

    public const string ShortPrefix = "short/";

    /// <summary>Kind of a scripture item whose verses have fewer words than its prose.</summary>
    public const string LightQuoting = "light";

    /// <summary>Kind of a scripture item whose verses have several times as many words as its prose.</summary>
    public const string HeavyQuoting = "heavy";

    /// <summary>True for a scripture item (prose with quoted verses).</summary>
    public bool QuotesScripture => Key.StartsWith(ScripturePrefix, StringComparison.Ordinal);

    /// <summary><see cref="Plain"/>, <see cref="LightQuoting"/> or <see cref="HeavyQuoting"/>.</summary>
    public string Kind => QuotesScripture ? Key.Split('/')[1] : IsShort ? Short : Plain;

    /// <summary>A short item (fewer than <see cref="EvaluationCorpus.MinKnownWords"/> words): the opening of a chunk.</summary>
    public bool IsShort => Key.StartsWith(ShortPrefix, StringComparison.Ordinal);
}
