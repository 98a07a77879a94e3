namespace Mizan.Core.Urls;

/// <summary>A bank entry in a <see cref="UrlIndex"/> that a searched URL matched.</summary>
/// <param name="Id">The entry's id, as given to <see cref="UrlIndex.Add"/>.</param>
/// <param name="Scope">The entry's scope, which says how it matched.</param>
public readonly record struct UrlMatch(long Id, UrlMatchScope Scope);
