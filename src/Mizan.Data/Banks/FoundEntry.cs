namespace Mizan.Data.Banks;

/// <summary>A stored signal found by its value, with the bank that holds it.</summary>
public sealed record FoundEntry(string Bank, EntryView Entry);
