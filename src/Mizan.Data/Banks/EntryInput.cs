namespace Mizan.Data.Banks;

/// <summary>One signal of an entry to add.</summary>
/// <param name="Type">A <see cref="SignalTypes"/> name.</param>
/// <param name="Value">Canonical hex.</param>
/// <param name="Quality">PDQ quality when known.</param>
public sealed record SignalValue(string Type, string Value, int? Quality = null);

/// <summary>An entry to add to a bank: the client's id, one or more signals, labels and a source.</summary>
public sealed record EntryInput(string ExternalId, IReadOnlyList<SignalValue> Signals, IReadOnlyList<string> Labels, string? Source);
