namespace Mizan.Data.Banks;

/// <summary>One signal of an entry to add.</summary>
/// <param name="Type">A <see cref="SignalTypes"/> name.</param>
/// <param name="Value">Canonical hex.</param>
/// <param name="Quality">PDQ quality when known.</param>
/// <param name="Text">The known text of a text signal (its <paramref name="Value"/> is the text's SHA-256).</param>
/// <param name="Scope">How a URL signal matches: exact, domain or path_prefix.</param>
public sealed record SignalValue(string Type, string Value, int? Quality = null, string? Text = null, string? Scope = null);

/// <summary>An entry to add to a bank: the client's id, one or more signals, labels and a source.</summary>
public sealed record EntryInput(string ExternalId, IReadOnlyList<SignalValue> Signals, IReadOnlyList<string> Labels, string? Source);
