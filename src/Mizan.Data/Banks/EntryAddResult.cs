using System.Text.Json.Serialization;

namespace Mizan.Data.Banks;

/// <summary>
/// The result of adding one entry: how many of its signals were new and how many were already stored with the
/// same value, or why it was refused (<see cref="ErrorCode"/> set, nothing stored for this entry).
/// </summary>
public sealed record EntryAddResult([property: JsonPropertyName("id")] string ExternalId, int Added, int Unchanged, string? ErrorCode = null, string? Error = null)
{
    /// <summary>Whether the entry was refused.</summary>
    [JsonIgnore]
    public bool Failed => ErrorCode is not null;
}
