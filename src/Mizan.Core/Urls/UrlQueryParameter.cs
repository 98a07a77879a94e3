namespace Mizan.Core.Urls;

/// <summary>One normalised query parameter, "name=value" or "name", while the query is being sorted.</summary>
/// <param name="Text">The normalised parameter.</param>
/// <param name="NameLength">How many leading characters of <paramref name="Text"/> are the name.</param>
/// <param name="Position">Its position among the kept parameters, which keeps the sort stable.</param>
internal readonly record struct UrlQueryParameter(string Text, int NameLength, int Position)
{
    public ReadOnlySpan<char> Name => Text.AsSpan(0, NameLength);
}
