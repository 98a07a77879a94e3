using Mizan.Core.Signals;

namespace Mizan.Data.Moderation.Items;

/// <summary>A file submitted with an item: its signals, declared media type, and the bytes if small enough to keep.</summary>
public sealed record ItemFile(FileSignals Signals, string? MediaType, byte[]? Bytes);
